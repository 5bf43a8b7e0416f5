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
};

/// The transitional pension of one case under its region's variant, from the policy data.
/// 国发〔2005〕38号 leaves the formula to the provinces; the variants the data selects:
///
/// - parts (every region): Σ base × index × years × coefficient, one line per part. The
///   default part is the deemed service at the region's deemed-part index: a decimal
///   (Beijing, Shanghai, Jiangsu, Anhui), the whole-career average index (Heilongjiang, Jilin)
///   or the case's transitional.deemed_index where the region's figure is a table not in the
///   data (Guangdong). Beijing's 1992-10…1998-06 part at its own index comes as a given part
///   (京劳社养发〔2007〕31号), from a sheet or HistoryCaseBuilder.
/// - plus 虚账实记 ÷ the region's divisor (Shanghai, 120).
/// - weighted-pre-account (Guangdong, pensions from 2021-01): the parts merged into one index
///   weighted by months (deemed months at the 视同缴费指数, 1994-01…1998-06 at their own
///   indices) × the parts' total years × 1.2 %, on the calculation base (provincial notice).
/// - coefficient threshold (Jilin, 吉政发〔1998〕28号): 1.4 % when the actual contribution is
///   more than 240 months, else 1.2 %; the base is the province base (indexed_wage_base).
///
/// Years are rounded by the case's years rule, each amount by its amount rule.
class TransitionalPension
{
    // The strings share the calculator's translation context: they were the
    // calculator's.
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::PensionCalculator)

public:
    /// Errors: BadInput naming the case field ("transitional.parts[0].index",
    /// "transitional.coefficient", "transitional.deemed_index",
    /// "transitional.notional_account") and what is allowed; MissingFigure
    /// "transitional.deemed_index" when the region's deemed index is a table not
    /// in the data and the case has deemed months without one,
    /// "indexed_wage_base" when the region's transitional base is a second base
    /// the case lacks, "transitional" for a pension before the region's variant
    /// applies without given parts.
    static Result<TransitionalOutcome> calculate(const PensionCase &c, const policy::RegionParameters &region,
                                                 const TransitionalSettings &settings);

    /// The index the deemed part of the region's default counts at: @p entered
    /// when given (the case's transitional.deemed_index), else the region's rule
    /// ("average" =
    /// @p averageIndex, a decimal). Error (MissingFigure, @p field) when the rule
    /// is "entered" and @p entered is absent.
    static Result<Rational> deemedPartIndex(const policy::RegionParameters &region, const Rational &averageIndex,
                                            const std::optional<Rational> &entered, int deemedMonths, const QString &field);
};

} // namespace tongban::pension
