#pragma once

#include "common/error.h"
#include "pensioncase.h"
#include "pensionresult.h"
#include "policy/regionparameters.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tongban::pension {

/// The transitional pension (过渡性养老金) with its breakdown lines.
struct TransitionalOutcome
{
    Money total; ///< 0 when the case earns none
    QList<BreakdownLine> lines; ///< empty when the case earns none
    QStringList warnings;
    bool provisional = false; ///< some part is computed on a provisional calculation base
};

/// What the transitional pension needs that the calculator settled before it
/// (CNY amounts exact to the fen; rules by their data names).
struct TransitionalSettings
{
    YearMonth retirement; ///< month the pension starts
    Money calculationBase; ///< 计发基数 used for the basic pension
    QString yearsRule; ///< the years rounding in force ("2dp", "ceil-0.1", …)
    QString amountRule; ///< the amount rounding in force ("fen", "jiao", …)
    QString regionName;
    /// The base of the indexed half of the basic pension (the case's indexed_wage_base, else
    /// the calculation base): Jilin's transitional pension is computed on it.
    Money indexedWageBase;
    bool provisional = false; ///< calculationBase is provisional (预发): lines computed on it are marked
};

/// The index of the region's default transitional part and, when a rule of the region made
/// it from the average index ((1 + I) / 2, a floor), the formula that shows how.
struct PartIndex
{
    Rational value;
    QString formula; ///< empty when the index is used as it is (a decimal, the average, an entered figure)
    QString source; ///< the document of the rule that made it; empty with formula
    QString confidence;
};

/// The transitional pension of one case under its region's variant, from the policy data.
/// 国发〔2005〕38号 leaves the formula to the provinces; the variants the data selects:
///
/// - parts (every region): Σ base × index × years × coefficient, one line per part. The
///   default part is the deemed service — plus, where the region counts them
///   (policy::PreAccountRule), the months actually paid before the individual account started
///   (transitional.pre_account_months: Hebei, Guangxi, Guizhou, …) — at the region's
///   deemed-part index: a decimal (Beijing, Shanghai, Jiangsu, Anhui), the whole-career
///   average index (Heilongjiang, Jilin), (1 + I) / 2 (Liaoning 1.4 %, Qinghai, and
///   Chongqing and Sichuan's (C + C × Q) / 2), the average index floored (Inner Mongolia: at
///   least 1.0), or the case's transitional.deemed_index where the region's figure is a table
///   not in the data (Guangdong). Beijing's 1992-10…1998-06 part at its own index comes as a
///   given part (京劳社养发〔2007〕31号), from a sheet or HistoryCaseBuilder.
/// - plus 虚账实记 ÷ the region's divisor (Shanghai, 120).
/// - weighted-pre-account (Guangdong, pensions from 2021-01): the parts merged into one index
///   weighted by months (deemed months at the 视同缴费指数, 1994-01…1998-06 at their own
///   indices) × the parts' total years × 1.2 %, on the calculation base (provincial notice).
/// - coefficient threshold (Jilin, 吉政发〔1998〕28号): 1.4 % when the actual contribution is
///   more than 240 months, else 1.2 %; the base is the province base (indexed_wage_base, the
///   calculation base where the case gives none).
///
/// A province without a rule set (policy::RegionParameters::hasRuleSet false) has no default:
/// the case gives its parts (or the default part's deemed_index), the coefficient, or the
/// approved amount.
/// Years are rounded by the case's years rule, each amount by its amount rule.
class TransitionalPension
{
    // The strings share the calculator's translation context: they were the
    // calculator's.
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::PensionCalculator)

public:
    /// Errors: BadInput naming the case field ("transitional.parts[0].index",
    /// "transitional.coefficient", "transitional.deemed_index",
    /// "transitional.notional_account", "transitional.pre_account_months" where the region
    /// counts deemed service only) and what is allowed; MissingFigure "transitional" or
    /// "transitional.coefficient" when a province without a rule set has deemed months but
    /// the case gives no transitional inputs or no coefficient; MissingFigure
    /// "transitional.deemed_index" when the region's deemed index is a table not
    /// in the data and the case has deemed months without one,
    /// "indexed_wage_base" when the region's transitional base is a second base
    /// the case lacks, "transitional" for a pension before the region's variant
    /// applies without given parts.
    static Result<TransitionalOutcome> calculate(const PensionCase &c, const policy::RegionParameters &region,
                                                 const TransitionalSettings &settings);

    /// The index the deemed part of the region's default counts at: @p entered
    /// when given (the case's transitional.deemed_index, used as it is), else the region's
    /// rule: a decimal, "average" = @p averageIndex, "half-one-plus-average" = (1 + @p
    /// averageIndex) / 2, each raised to the region's floor (transitionalIndexFloor) where it
    /// has one. Exact: no rounding (the sources print none). Errors: BadInput (@p field) for an
    /// entered index outside 0…3; MissingFigure (@p field) when the rule is "entered", or the
    /// region has no rule set, and @p entered is absent (@p deemedMonths is said).
    static Result<PartIndex> defaultPartIndex(const policy::RegionParameters &region, const Rational &averageIndex,
                                              const std::optional<Rational> &entered, int deemedMonths, const QString &field);
    /// defaultPartIndex()'s value alone.
    static Result<Rational> deemedPartIndex(const policy::RegionParameters &region, const Rational &averageIndex,
                                            const std::optional<Rational> &entered, int deemedMonths, const QString &field);
};

} // namespace tongban::pension
