#pragma once

#include "common/error.h"
#include "common/money.h"
#include "common/yearmonth.h"
#include "sourcedfigure.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tongban::policy {

/// A figure valid for retirements in a span of months (inclusive; open-ended when @c to is
/// invalid).
struct EffectiveFigure
{
    YearMonth from;
    YearMonth to;
    SourcedFigure figure;
};

/// A period of actual contributions that earns its own transitional-pension part at that
/// period's own average index (Beijing's G实 for 1992-10…1998-06).
struct TransitionalPeriodPart
{
    YearMonth from;
    YearMonth to;
    QString label;
    Provenance provenance;
};

/// A transitional coefficient that replaces the region's ordinary one when the actual
/// contribution exceeds a number of months (Jilin: 1.4 % above 20 years, else 1.2 %;
/// 吉政发〔1998〕28号).
struct CoefficientThreshold
{
    int actualMonthsAbove = 0; ///< strictly more actual months than this use @c figure
    SourcedFigure figure; ///< the coefficient as a fraction (0.014)
};

/// A regional add-on the region pays but whose formula is not in the data (Jilin's 长缴增发):
/// the clerk enters it from the sheet as a supplement; until then the result warns.
struct UnmodelledSupplement
{
    QString label; ///< as printed on the sheet ("长缴增发")
    Provenance provenance; ///< where it is known from; the note says what is missing
};

/// The pension conventions of one pooling region: how it rounds, which divisor it uses for
/// ages with months, and the shape of its transitional pension. Each setting carries its source.
struct PensionRules
{
    SourcedSetting yearsRounding; ///< "exact", "2dp", "4dp", "trunc-2dp", "ceil-0.1"
    SourcedSetting amountRounding; ///< "fen", "jiao", "ceil-jiao"
    SourcedSetting totalRounding; ///< "sum", "ceil-jiao"
    SourcedSetting indexedWageRounding; ///< "fen" or "none"
    SourcedSetting payoutMonthsRule; ///< "interpolate-0.1" or "whole-age"
    YearMonth payoutInterpolationFrom; ///< retirements before this month use the whole-age divisor
    /// Base of the indexed half of the basic pension: absent = the calculation base;
    /// "entered" = a second base the case must give (Jilin's province base, indexed_wage_base).
    std::optional<SourcedSetting> indexedWageBaseRule;
    SourcedFigure deemedIndex; ///< index of deemed months in the average index
    /// true when deemed_index is "entered": the region's figure is a table not in the data
    /// (Guangdong's 视同缴费指数), so each case gives its own; deemedIndex.value is then unused.
    bool deemedIndexEntered = false;
    std::optional<YearMonth> deemedUntil; ///< last month of deemed service, where known
    Provenance deemedUntilProvenance; ///< where deemedUntil comes from (empty when absent)
    SourcedFigure transitionalCoefficient; ///< 过渡系数, e.g. 0.012
    std::optional<CoefficientThreshold> transitionalCoefficientAbove; ///< Jilin's 1.4 % above 240 actual months
    /// Index of the deemed part: a decimal ("1.0"), "average" (the whole-career average index)
    /// or "entered" (the case gives transitional.deemed_index).
    SourcedSetting transitionalDeemedIndex;
    /// Shape of the transitional pension: absent or "parts" = one line per part (base × index ×
    /// years × coefficient each); "weighted-pre-account" = the parts merged into one index
    /// weighted by months, times the parts' total years (Guangdong).
    std::optional<SourcedSetting> transitionalVariant;
    std::optional<YearMonth> transitionalFrom; ///< the variant applies to pensions starting from this month
    /// Base of the transitional pension: absent or "calculation-base", or "indexed-wage-base"
    /// (Jilin: the province base).
    std::optional<SourcedSetting> transitionalBase;
    std::optional<SourcedFigure> notionalDivisor; ///< 虚账实记 divisor (Shanghai 120)
    QList<TransitionalPeriodPart> transitionalPeriodParts;
    QList<UnmodelledSupplement> unmodelledSupplements;
};

/// The policy figures of one pooling region (province level), as shipped in
/// resources/parameters/regions/<code>.json.
class RegionParameters
{
    Q_DECLARE_TR_FUNCTIONS(tongban::policy::RegionParameters)

public:
    QString code; ///< GB/T 2260, province level ("110000")
    QString name; ///< Chinese name ("北京市")
    QString nameEn; ///< English name ("Beijing")
    QList<EffectiveFigure> calculationBases; ///< 计发基数, CNY per month, by retirement month
    QString calculationBaseNote; ///< why the data has no base (or which base the region uses), shown in the error
    QMap<int, SourcedFigure> averageWages; ///< monthly average wage (CNY), by statistic year
    int averageWageLagYears = 1; ///< contributions of year Y divide by statistic year Y − lag (上年度)
    Provenance averageWageConvention;
    PensionRules pension;

    /// 计发基数 (CNY per month, exact) for a pension starting in @p retirement.
    /// Error (MissingFigure, field @p field) naming the region and month when no published
    /// figure covers that month; when the region has no figure at all (Guangdong, Jilin) the
    /// message says so and that the case must enter it, with calculationBaseNote.
    Result<SourcedFigure> calculationBaseFor(YearMonth retirement, const QString &field = QStringLiteral("calculation_base")) const;

    /// The monthly average wage (CNY, exact) that divides contribution bases paid in calendar
    /// @p contributionYear to give that year's contribution index: the figure of statistic
    /// year @p contributionYear − averageWageLagYears (上年度职工月平均工资). Error
    /// (MissingFigure, field "average_wage.<statistic year>") naming region and year when the
    /// data has no figure.
    Result<SourcedFigure> averageWageFor(int contributionYear) const;

    /// Region name for the screen: Chinese name when the UI language is Chinese, else English.
    QString displayName() const;
};

} // namespace tongban::policy
