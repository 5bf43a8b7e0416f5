#pragma once

#include "common/error.h"
#include "historycasebuilder.h"
#include "pensionresult.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace tongban::pension {

/// "If you keep paying at base X until retirement": the inputs of a projection.
struct ProjectionRequest
{
    Money base; ///< monthly contribution base to keep paying, CNY
    insured::ContributionKind kind = insured::ContributionKind::Employee;
    std::optional<YearMonth> retirement; ///< month the pension starts; default the statutory month
    YearMonth today; ///< the current month: projected months start here at the earliest
    std::optional<Rational> creditingRate; ///< 记账利率 assumed for unpublished years; default the latest published
    std::optional<Money> calculationBase; ///< 计发基数; default the region's figure, else the latest published one
};

/// A projected pension: the stored history continued with the projected months, the pension
/// computed from it, and every assumption in plain words.
struct Projection
{
    HistoryCase historyCase; ///< case and history including the projected months
    PensionResult result;
    YearMonth firstProjectedMonth; ///< invalid when nothing is left to project
    YearMonth lastProjectedMonth;
    int projectedMonths = 0;
    Money projectedCredits; ///< credited to the individual account by the projected months (before interest)
    QStringList assumptions; ///< what the projection assumes, one sentence each, in reading order
};

/// Figures assumed where the data has none yet, and the sentences that say so.
struct UnpublishedFigures
{
    history::HistoryAssumptions history; ///< crediting rate of unpublished years, latest wage held
    std::optional<Money> calculationBase; ///< the entered one, else the latest published when the month has none
    std::optional<int> latestRateYear; ///< the year of the rate assumed, when it is the latest published
    QStringList sentences;
};

/// Projects the individual account and the pension to a future retirement month, continuing a
/// person's stored contributions with a chosen monthly base.
///
/// The projected months run from the month after the last record (or @c today, if later) to
/// the month before the pension starts. Each is credited at the national account share
/// (8 % from 2006-01, 国发〔2005〕38号) and earns interest by the convention of
/// history::ContributionHistory. Figures not yet published are assumed, and each assumption is
/// listed: the crediting rate of unpublished years (the latest published rate unless the
/// request gives one, 人社部发〔2017〕31号 publishes them a year late); the average wage of
/// unpublished years (the latest published, i.e. no wage growth), which makes the projected
/// yearly index base ÷ that wage; the calculation base of a retirement month the data does not
/// cover (the latest published figure).
class AccountProjection
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::AccountProjection)

public:
    /// What a calculation for a pension starting @p retirement in @p region assumes where the data
    /// has no figure yet: the crediting rate of unpublished years (@p creditingRate, else the
    /// latest published one), the average wage of unpublished years (the latest published), the
    /// calculation base (@p calculationBase, else the region's figure for @p place — its city's
    /// where the data has one, the province when empty — including a provisional one (预发) the
    /// calculator marks, else the latest published, said in a sentence). Error (MissingFigure
    /// "calculation_base") when the region has no calculation base at all.
    static Result<UnpublishedFigures> assumeUnpublished(const policy::ParameterSet &parameters, const policy::RegionParameters &region,
                                                        YearMonth retirement, std::optional<Rational> creditingRate,
                                                        std::optional<Money> calculationBase, const QString &place = QString());

    /// The projection of @p person's @p records by @p request (amounts CNY, months YearMonth).
    /// Errors: BadInput "base" (not positive, or outside the contribution-base bounds — 60 %–300 %
    /// of the region's latest average wage, 国办发〔2019〕13号), "retirement" (not after today, or
    /// before the last record), "crediting_rate" (outside 0…0.2); the errors of HistoryCaseBuilder and
    /// PensionCalculator (a region without a figure the projection cannot assume, such as a
    /// region without any published calculation base).
    static Result<Projection> project(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                      const std::shared_ptr<const policy::ParameterSet> &parameters, const ProjectionRequest &request);
};

} // namespace tongban::pension
