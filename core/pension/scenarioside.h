#pragma once

#include "common/error.h"
#include "pensioncomparison.h"
#include "policy/parameterset.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace tongban::pension {

/// What one side of a comparison assumes about a stored person: when the pension starts and
/// whether contributions continue until then.
struct Scenario
{
    std::optional<YearMonth> retirement; ///< default: the statutory month
    std::optional<Money> keepPayingBase; ///< CNY a month paid until retirement (a projection)
    insured::ContributionKind kind = insured::ContributionKind::Employee; ///< how the projected months are paid
};

/// Builds a comparison side for a stored person under a scenario.
class ScenarioSide
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::ScenarioSide)

public:
    /// Without keepPayingBase: the case from the records as stored (HistoryCaseBuilder, the
    /// account as of @p today when retirement is later), at @p scenario's retirement month.
    /// With it: AccountProjection to that month. The label is the person's name, followed by
    /// the scenario when @p describe is set ("王建国, pension from 2027-03").
    /// @p assumptions receives what the side assumes (projection, statutory month, …).
    /// Errors: those of HistoryCaseBuilder, AccountProjection ("base" → "keep_paying") and
    /// PensionCalculator.
    static Result<ComparisonSide> build(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                        const std::shared_ptr<const policy::ParameterSet> &parameters, const Scenario &scenario,
                                        YearMonth today, bool describe, QStringList *assumptions = nullptr);
};

} // namespace tongban::pension
