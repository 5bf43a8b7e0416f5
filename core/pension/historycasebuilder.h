#pragma once

#include "common/error.h"
#include "history/contributionhistory.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "pensioncase.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace tongban::pension {

/// A pension case derived from a stored contribution history, with what was assumed.
struct HistoryCase
{
    PensionCase pensionCase;
    history::ContributionHistory history; ///< built up to the retirement month (or today, if earlier)
    QStringList assumptions;              ///< plain-language notes an expert reads out
};

/// Builds the pension case of a person from their records: average index over actual and
/// deemed months, months paid, the individual account reconstructed to the retirement month,
/// and the transitional parts the region defines (deemed service; Beijing's 1992-10…1998-06
/// period at its own index, 京劳社养发〔2007〕31号).
class HistoryCaseBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::HistoryCaseBuilder)

public:
    /// @p retirement: the month the pension starts; std::nullopt = the statutory month from
    /// the person's birth date and group. @p today: the current month; a retirement after it
    /// uses the balance as of @p today and says so (no projection of future contributions).
    /// @p calculationBase: the clerk's figure, else the region's published one at calculation.
    /// @p assumptions: figures assumed for unpublished years (projections); each one used is
    /// added to HistoryCase::assumptions.
    /// Errors: BadInput ("region", "retirement" before the last record is allowed but a
    /// retirement before the birth is not); MissingFigure when a year's average wage is missing
    /// (the field names the year).
    static Result<HistoryCase> build(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                     const policy::ParameterSet &parameters, std::optional<YearMonth> retirement,
                                     YearMonth today, std::optional<Money> calculationBase,
                                     const history::HistoryAssumptions &assumptions = {});
};

} // namespace tongban::pension
