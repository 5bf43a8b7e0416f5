#pragma once

#include "common/error.h"
#include "common/money.h"
#include "common/yearmonth.h"
#include "sourcedfigure.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

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

/// One tier of a supplement that depends on how long the person worked in the region (Tibet's
/// plateau subsidy: 5 % from 10 years, 10 % from 15, 15 % from 20).
struct SupplementTier
{
    int monthsFrom = 0; ///< the tier applies from this many months worked in the region
    Rational rate; ///< fraction of the indexed wage (0.10)
};

/// A regional add-on whose formula is published, computed when a case claims it
/// (PensionCase supplements with "rule": id) and shown as its own line. The kinds:
/// - "share-of-components": rate × the sum of named rounded components (one-child payments of
///   Guizhou 5 %, Chongqing 3 % of basic + account + transitional);
/// - "share-of-base": rate × a published figure chosen by the month the pension starts (Yunnan:
///   5 % of the previous year's provincial average enterprise pension);
/// - "indexed-wage-rate-years": indexed wage × rate × contribution years (Sichuan's 增发);
/// - "fixed-plus-index-years": fixed + average index × contribution years × factor (Zhejiang's
///   过渡调节金 480 + I × N × 3);
/// - "fixed": a fixed amount a month (Zhejiang's 150 subsidy);
/// - "indexed-wage-tiers": indexed wage × the rate of the tier of months worked in the region,
///   which the case gives (Tibet's plateau subsidy).
/// Each is rounded by the case's amount rule. Every number shares the entry's provenance.
struct ModelledSupplement
{
    QString id; ///< what a case names in "rule" ("one-child")
    QString label; ///< as printed on sheets ("独生子女父母加发")
    QString kind; ///< one of the kinds above
    Rational rate; ///< share or rate as a fraction (share-of-*, indexed-wage-rate-years)
    QStringList components; ///< share-of-components: "basic_pension", "individual_account_pension", "transitional_pension"
    QList<EffectiveFigure> bases; ///< share-of-base: CNY a month, by the month the pension starts
    Rational amount; ///< fixed: CNY a month; fixed-plus-index-years: the fixed part
    Rational factor; ///< fixed-plus-index-years: CNY per index-year (3)
    QList<SupplementTier> tiers; ///< indexed-wage-tiers, ascending by monthsFrom
    QString condition; ///< who is paid it, in words ("holders of the 独生子女父母光荣证"); may be empty
    QString conditionZh; ///< the same in Chinese; may be empty
    Provenance provenance; ///< overridable: a case may give its own rate (with a note)

    /// condition in the language of the screen.
    QString localizedCondition() const { return chineseScreen() && !conditionZh.isEmpty() ? conditionZh : condition; }
};

/// Months actually paid before the individual account started count in the transitional
/// pension together with the deemed months (建账前累计缴费年限: Hebei, Guangxi, Ningxia, Guizhou,
/// Yunnan, Hainan, Shandong, Zhejiang's pre-1998 years).
struct PreAccountRule
{
    YearMonth until; ///< last month before the account started (the region's deemed_until unless the key gives "until")
    Provenance provenance;
};

/// A region's practice for a pension starting in a month whose calculation base is not yet
/// published: it is paid provisionally (预发) on the latest published base and recomputed when
/// the new base comes out (多退少补).
struct ProvisionalBaseRule
{
    int months = 12; ///< how many months after the end of the latest published base this applies
    Provenance provenance;
};

/// The figures a city publishes apart from its province (GB/T 2260 code of a prefecture or
/// of a province-administered county): 沈阳 and 大连 in Liaoning, the tiers of Hubei, 深圳.
/// A city that has a series uses it alone; the province's applies only where the city has
/// none of that kind.
struct CityFigures
{
    QString code; ///< "210100"
    QString name; ///< "沈阳市"
    QString nameEn; ///< "Shenyang"; may be empty
    QList<EffectiveFigure> calculationBases; ///< the city's 计发基数 by retirement month; empty = the province's
    QString calculationBaseNote; ///< said in the error when the city's series covers no such month
    QString calculationBaseNoteZh;
    QMap<int, SourcedFigure> averageWages; ///< by statistic year; empty = the province's

    /// name in the language of the screen.
    QString displayName() const { return chineseScreen() || nameEn.isEmpty() ? name : nameEn; }
};

/// The calculation base a pension uses, and how it was chosen.
struct CalculationBaseChoice
{
    SourcedFigure figure; ///< CNY per month, exact
    YearMonth from; ///< first retirement month the figure was published for
    YearMonth to; ///< last one (invalid: open-ended)
    QString cityCode; ///< the city whose figure it is; empty for the province's
    QString placeName; ///< the city's or the province's display name
    /// The retirement month has no published base: the latest published one is used, to be
    /// recomputed when the month's base comes out (预发, RegionParameters::provisionalBase).
    bool provisional = false;
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
    SourcedSetting yearsRounding; ///< "exact", "2dp", "4dp", "trunc-2dp", "ceil-0.1", "ceil-0.5", "ceil-2dp"
    SourcedSetting amountRounding; ///< "fen", "jiao", "ceil-jiao", "trunc-fen-then-ceil-jiao"
    SourcedSetting totalRounding; ///< "sum", "ceil-jiao", "round-yuan"
    SourcedSetting indexedWageRounding; ///< "fen" or "none"
    SourcedSetting payoutMonthsRule; ///< "interpolate-0.1" or "whole-age"
    YearMonth payoutInterpolationFrom; ///< retirements before this month use the whole-age divisor
    /// Base of the indexed half of the basic pension: absent = the calculation base;
    /// "entered" = a second base the case must give (Jilin's province base, indexed_wage_base).
    std::optional<SourcedSetting> indexedWageBaseRule;
    SourcedFigure deemedIndex; ///< index of deemed months in the average index
    /// Which months the average index is taken over: absent or "actual-and-deemed" (deemed
    /// months at deemedIndex), or "actual-only" (Tibet: deemed years left out; they still count
    /// in the years N and the transitional pension).
    std::optional<SourcedSetting> averageIndexBasis;
    /// true when deemed_index is "entered": the region's figure is a table not in the data
    /// (Guangdong's 视同缴费指数), so each case gives its own; deemedIndex.value is then unused.
    bool deemedIndexEntered = false;
    std::optional<YearMonth> deemedUntil; ///< last month of deemed service, where known
    Provenance deemedUntilProvenance; ///< where deemedUntil comes from (empty when absent)
    SourcedFigure transitionalCoefficient; ///< 过渡系数, e.g. 0.012
    std::optional<CoefficientThreshold> transitionalCoefficientAbove; ///< Jilin's 1.4 % above 240 actual months
    /// Index of the deemed part: a decimal ("1.0"), "average" (the whole-career average index),
    /// "half-one-plus-average" ((1 + I) / 2: Liaoning, Qinghai, Chongqing and Sichuan's
    /// (C + C × Q) / 2) or "entered" (the case gives transitional.deemed_index).
    SourcedSetting transitionalDeemedIndex;
    /// A floor on the index of the default transitional part (Inner Mongolia: at least 1.0);
    /// not applied to an index the case enters.
    std::optional<SourcedFigure> transitionalIndexFloor;
    /// The default part also counts the months actually paid before the account started.
    std::optional<PreAccountRule> preAccountActual;
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
    QList<ModelledSupplement> supplements; ///< add-ons with a published formula, by id

    /// The modelled supplement @p id, or nullptr.
    const ModelledSupplement *supplement(const QString &id) const
    {
        for (const ModelledSupplement &s : supplements) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    }
};

/// The policy figures of one pooling region (province level), as shipped in
/// resources/parameters/regions/<code>.json, or the national formula alone for a province whose
/// rule set is not shipped (hasRuleSet false, ParameterSet::rulesFor).
class RegionParameters
{
    Q_DECLARE_TR_FUNCTIONS(tongban::policy::RegionParameters)

public:
    QString code; ///< GB/T 2260, province level ("110000")
    QString name; ///< Chinese name ("北京市")
    QString nameEn; ///< English name ("Beijing")
    /// false for a province whose rule set is not in the data: only the national formula
    /// (国发〔2005〕38号) is known, every regional figure must come with the case.
    bool hasRuleSet = true;
    QList<EffectiveFigure> calculationBases; ///< 计发基数, CNY per month, by retirement month
    QString calculationBaseNote; ///< why the data has no base (or which base the region uses), shown in the error
    QString calculationBaseNoteZh; ///< calculation_base_note_zh; may be empty
    std::optional<ProvisionalBaseRule> provisionalBase; ///< calculation_base_provisional: 预发 on the latest base
    QMap<int, SourcedFigure> averageWages; ///< monthly average wage (CNY), by statistic year
    int averageWageLagYears = 1; ///< contributions of year Y divide by statistic year Y − lag (上年度)
    Provenance averageWageConvention;
    PensionRules pension;
    QMap<QString, CityFigures> cities; ///< figures of cities that publish their own, by code

    /// 计发基数 (CNY per month, exact) for a pension starting in @p retirement, from the
    /// province's series only, covering that month exactly (no provisional figure).
    /// Error (MissingFigure, field @p field) naming the region and month when no published
    /// figure covers that month; when the region has no figure at all (Guangdong, Jilin) the
    /// message says so and that the case must enter it, with calculationBaseNote.
    Result<SourcedFigure> calculationBaseFor(YearMonth retirement, const QString &field = QStringLiteral("calculation_base")) const;

    /// The calculation base for a pension of @p place (a GB/T 2260 code of the province, a city
    /// or a county) starting in @p retirement: the city's series where the city (cityFor)
    /// publishes one, else the province's — never another city's. When no figure of that series
    /// covers the month but the region pays provisionally (provisionalBase) and the month lies
    /// within its months after the end of the latest figure, that figure, marked provisional
    /// (预发). Error (MissingFigure, field @p field) as calculationBaseFor, naming the city where
    /// its series is used.
    Result<CalculationBaseChoice> calculationBaseAt(const QString &place, YearMonth retirement,
                                                    const QString &field = QStringLiteral("calculation_base")) const;

    /// The city figures @p place falls under: its own code's entry, else its prefecture's
    /// (first four digits + "00"); nullptr for the province itself or a city without figures.
    const CityFigures *cityFor(const QString &place) const;
    /// The calculation-base series @p place uses (the city's, else the province's).
    const QList<EffectiveFigure> &calculationBasesFor(const QString &place) const;
    /// The average-wage series @p place uses (the city's, else the province's), by statistic year.
    const QMap<int, SourcedFigure> &averageWagesFor(const QString &place) const;

    /// The monthly average wage (CNY, exact) that divides contribution bases paid in calendar
    /// @p contributionYear to give that year's contribution index: the figure of statistic
    /// year @p contributionYear − averageWageLagYears (上年度职工月平均工资). Error
    /// (MissingFigure, field "average_wage.<statistic year>") naming region and year when the
    /// data has no figure.
    Result<SourcedFigure> averageWageFor(int contributionYear) const;
    /// As above for @p place: the city's series where it has one (averageWagesFor), naming the
    /// city in the error.
    Result<SourcedFigure> averageWageFor(int contributionYear, const QString &place) const;

    /// Region name for the screen: Chinese name when the UI language is Chinese, else English.
    QString displayName() const;
    /// calculationBaseNote in the language of the screen.
    QString localizedCalculationBaseNote() const;
};

} // namespace tongban::policy
