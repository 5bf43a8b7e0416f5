#pragma once

#include "common/error.h"
#include "pensioncase.h"
#include "pensionresult.h"
#include "policy/regionparameters.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tongban::pension {

/// What the supplements are computed from, settled by the calculator before them (CNY amounts
/// exact to the fen, the indexed wage as it entered the basic pension).
struct SupplementInputs
{
    YearMonth retirement; ///< month the pension starts
    Money basicPension; ///< 基础养老金, rounded
    Money individualAccountPension; ///< 个人账户养老金, rounded
    Money transitionalPension; ///< 过渡性养老金, rounded
    Rational indexedWage; ///< 指数化月平均缴费工资 as used in the basic pension (CNY, to the fen or exact)
    Rational averageIndex; ///< the case's average index
    Rational contributionYears; ///< N after the years rounding
    QString amountRule; ///< the amount rounding in force
    bool basicProvisional = false; ///< the basic pension rests on a provisional base (预发)
    bool transitionalProvisional = false;
    bool indexedWageProvisional = false;
};

/// The add-ons of one case and the lines that show them.
struct SupplementOutcome
{
    Money total; ///< CNY a month, the sum of the rounded add-ons
    QList<BreakdownLine> lines; ///< "supplement.1", "supplement.2", … in the case's order
    QStringList warnings;
    bool provisional = false; ///< an add-on rests on a provisional base
};

/// The regional add-ons of a pension (补贴, 加发, 增发): those the case enters as printed
/// (label and amount) and those it claims by the id of one of the region's modelled
/// supplements, whose published formula computes them (policy::ModelledSupplement: Guizhou's
/// and Chongqing's one-child payments as a share of the components, Yunnan's as a share of a
/// published average pension, Sichuan's 增发 indexed wage × rate × years, Zhejiang's 过渡调节金
/// 480 + I × N × 3 and 150 subsidy, Tibet's plateau subsidy by tiers of years worked there).
/// A claimed add-on is rounded by the case's amount rule. Add-ons the region pays without a
/// formula in the data (policy::UnmodelledSupplement, Jilin's 长缴增发) give a warning until
/// one with that label is entered or claimed.
class PensionSupplements
{
    // The strings share the calculator's translation context: they were the calculator's.
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::PensionCalculator)

public:
    /// The add-ons of @p c under @p region. Errors: BadInput naming the case field
    /// ("supplements[0].label" when empty, "supplements[0].amount" when negative,
    /// "supplements[0].rule" for an id the region does not have, "supplements[0].rate" for a
    /// rate the data does not let a case replace or outside 0…1, "supplements[0].months" when a
    /// rule by tiers of months lacks them or another rule is given them); MissingFigure
    /// "supplements[0].rule" when a share-of-base rule has no published figure for the month.
    static Result<SupplementOutcome> calculate(const PensionCase &c, const policy::RegionParameters &region, const SupplementInputs &in);
};

} // namespace tongban::pension
