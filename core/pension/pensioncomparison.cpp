#include "pensioncomparison.h"

#include "historycauses.h"
#include "sidefigures.h"

namespace tongban::pension {

namespace {

Money fen(const Rational &yuan)
{
    return Money::fromYuan(yuan, RoundingMode::HalfUp);
}

} // namespace

PensionComparison PensionComparer::compare(const ComparisonSide &a, const ComparisonSide &b)
{
    PensionComparison c;
    c.labelA = a.label;
    c.labelB = b.label;
    const SideFigures fa = SideFigures::of(a);
    const SideFigures fb = SideFigures::of(b);
    c.figures = comparedFigures(a, b, fa, fb);
    c.components = componentDifferences(a, b);
    c.difference = b.result.total - a.result.total;

    // In reading order: basic pension, the periods of the histories, account pension, the
    // other components, and last what the roundings leave.
    const bool byYears = a.history && b.history;
    c.causes << basicPensionCauses(a, b, fa, fb, byYears);
    if (byYears)
        c.causes << HistoryCauses(a, b, fb.basicPerIndex(), fb.payoutMonths).causes();
    c.causes << accountPensionCauses(a, b, fa, fb, byYears);
    c.causes << otherComponentCauses(a, b);
    if (const auto rounding = roundingCause(a, b, c.causes))
        c.causes << *rounding;
    return c;
}

namespace {

/// @p text of a difference with its sign: "+" before a positive one, a true minus sign (−) before
/// a negative one, none before zero.
QString signedText(const QString &magnitude, int sign)
{
    if (sign == 0)
        return magnitude;
    return (sign > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + magnitude;
}

QString signedRational(const Rational &difference, int decimals, bool shortForm)
{
    const Rational magnitude = difference.isNegative() ? -difference : difference;
    return signedText(shortForm ? magnitude.toShortString(decimals) : magnitude.toString(decimals),
                      difference.isZero() ? 0 : (difference.isNegative() ? -1 : 1));
}

QString signedMoney(Money difference)
{
    return signedText((difference < Money() ? -difference : difference).toDisplayString(),
                      difference.isZero() ? 0 : (difference < Money() ? -1 : 1));
}

QString signedCount(qint64 difference)
{
    return signedText(QString::number(difference < 0 ? -difference : difference), difference == 0 ? 0 : (difference < 0 ? -1 : 1));
}

} // namespace

QList<ComparedFigure> PensionComparer::comparedFigures(const ComparisonSide &a, const ComparisonSide &b, const SideFigures &fa,
                                                       const SideFigures &fb)
{
    const qint64 startMonths = qint64(b.result.retirement.year() - a.result.retirement.year()) * 12
        + (b.result.retirement.month() - a.result.retirement.month());
    return {
        ComparedFigure {QStringLiteral("retirement"), tr("Pension starts"), a.result.retirement.toString(), b.result.retirement.toString(),
                        startMonths == 0 ? QStringLiteral("0") : tr("%1 months").arg(signedCount(startMonths))},
        ComparedFigure {QStringLiteral("calculation_base"), tr("Calculation base (CNY/month)"), a.result.calculationBase.toDisplayString(),
                        b.result.calculationBase.toDisplayString(), signedMoney(b.result.calculationBase - a.result.calculationBase)},
        ComparedFigure {QStringLiteral("contribution_years"), tr("Contribution years"), fa.years.toShortString(4),
                        fb.years.toShortString(4), signedRational(fb.years - fa.years, 4, true)},
        ComparedFigure {QStringLiteral("actual_months"), tr("Months paid / deemed"),
                        QStringLiteral("%1 / %2").arg(a.pensionCase.actualMonths).arg(a.pensionCase.deemedMonths),
                        QStringLiteral("%1 / %2").arg(b.pensionCase.actualMonths).arg(b.pensionCase.deemedMonths),
                        QStringLiteral("%1 / %2").arg(signedCount(qint64(b.pensionCase.actualMonths) - a.pensionCase.actualMonths),
                                                      signedCount(qint64(b.pensionCase.deemedMonths) - a.pensionCase.deemedMonths))},
        ComparedFigure {QStringLiteral("average_index"), tr("Average contribution index"), fa.index.toString(4), fb.index.toString(4),
                        signedRational(fb.index.rounded(4, RoundingMode::HalfUp) - fa.index.rounded(4, RoundingMode::HalfUp), 4, false)},
        ComparedFigure {QStringLiteral("account_balance"), tr("Individual account balance (CNY)"),
                        a.pensionCase.accountBalance.toDisplayString(), b.pensionCase.accountBalance.toDisplayString(),
                        signedMoney(b.pensionCase.accountBalance - a.pensionCase.accountBalance)},
        ComparedFigure {QStringLiteral("payout_months"), tr("Payout months"), fa.payoutMonths.toShortString(1),
                        fb.payoutMonths.toShortString(1), signedRational(fb.payoutMonths - fa.payoutMonths, 1, true)},
    };
}

QList<ComponentDifference> PensionComparer::componentDifferences(const ComparisonSide &a, const ComparisonSide &b)
{
    return {
        ComponentDifference {QStringLiteral("basic_pension"), tr("Basic pension"), a.result.basicPension, b.result.basicPension},
        ComponentDifference {QStringLiteral("individual_account_pension"), tr("Individual account pension"),
                             a.result.individualAccountPension, b.result.individualAccountPension},
        ComponentDifference {QStringLiteral("transitional_pension"), tr("Transitional pension"), a.result.transitionalPension,
                             b.result.transitionalPension},
        ComponentDifference {QStringLiteral("supplements"), tr("Supplements"), a.result.supplements, b.result.supplements},
        ComponentDifference {QStringLiteral("total"), tr("Monthly pension"), a.result.total, b.result.total},
    };
}

QList<DifferenceCause> PensionComparer::basicPensionCauses(const ComparisonSide &a, const ComparisonSide &b, const SideFigures &fa,
                                                           const SideFigures &fb, bool byYears)
{
    // Base, then years (at a's index), then index (at b's base and years): the parts add up.
    const Rational baseEffect = SideFigures::basicExact(fb.base, fb.indexedBase, fa.index, fa.years)
        - SideFigures::basicExact(fa.base, fa.indexedBase, fa.index, fa.years);
    const Rational yearsEffect = SideFigures::basicExact(fb.base, fb.indexedBase, fa.index, fb.years)
        - SideFigures::basicExact(fb.base, fb.indexedBase, fa.index, fa.years);
    QList<DifferenceCause> causes;
    if (fa.base != fb.base || fa.indexedBase != fb.indexedBase) {
        causes << DifferenceCause {QStringLiteral("calculation_base"),
                                   tr("Calculation base"),
                                   tr("%1 against %2 CNY a month (the average wage of the year before each retirement)")
                                       .arg(a.result.calculationBase.toDisplayString(), b.result.calculationBase.toDisplayString()),
                                   std::nullopt,
                                   std::nullopt,
                                   fen(baseEffect),
                                   {},
                                   {},
                                   {},
                                   {}};
    }
    if (fa.years != fb.years) {
        causes << DifferenceCause {QStringLiteral("contribution_years"),
                                   tr("Contribution years"),
                                   tr("%1 against %2 years (%3 against %4 months paid, %5 against %6 deemed)")
                                       .arg(fa.years.toShortString(4), fb.years.toShortString(4))
                                       .arg(a.pensionCase.actualMonths)
                                       .arg(b.pensionCase.actualMonths)
                                       .arg(a.pensionCase.deemedMonths)
                                       .arg(b.pensionCase.deemedMonths),
                                   std::nullopt,
                                   std::nullopt,
                                   fen(yearsEffect),
                                   {},
                                   {},
                                   {},
                                   {}};
    }
    // With both histories the index is explained by the years that make it (HistoryCauses).
    if (!byYears && fa.index != fb.index) {
        causes << DifferenceCause {QStringLiteral("average_index"),
                                   tr("Average contribution index"),
                                   tr("%1 against %2").arg(fa.index.toShortString(4), fb.index.toShortString(4)),
                                   std::nullopt,
                                   std::nullopt,
                                   fen(fb.basicPerIndex() * (fb.index - fa.index)),
                                   {},
                                   {},
                                   {},
                                   {}};
    }
    return causes;
}

QList<DifferenceCause> PensionComparer::accountPensionCauses(const ComparisonSide &a, const ComparisonSide &b, const SideFigures &fa,
                                                             const SideFigures &fb, bool byYears)
{
    // Balance (at b's payout months), then payout months (at a's balance). With both
    // histories the balance is explained by the years whose credits built it (HistoryCauses).
    const Rational payoutEffect = fa.balance / fb.payoutMonths - fa.balance / fa.payoutMonths;
    QList<DifferenceCause> causes;
    if (!byYears && fa.balance != fb.balance) {
        causes << DifferenceCause {QStringLiteral("account_balance"),
                                   tr("Individual account balance"),
                                   tr("%1 against %2 CNY at retirement")
                                       .arg(a.pensionCase.accountBalance.toDisplayString(), b.pensionCase.accountBalance.toDisplayString()),
                                   std::nullopt,
                                   std::nullopt,
                                   {},
                                   fen((fb.balance - fa.balance) / fb.payoutMonths),
                                   {},
                                   {},
                                   {}};
    }
    if (fa.payoutMonths != fb.payoutMonths) {
        causes << DifferenceCause {QStringLiteral("payout_months"),
                                   tr("Payout months"),
                                   tr("the account is divided by %1 against %2 months (age at retirement)")
                                       .arg(fa.payoutMonths.toShortString(1), fb.payoutMonths.toShortString(1)),
                                   std::nullopt,
                                   std::nullopt,
                                   {},
                                   fen(payoutEffect),
                                   {},
                                   {},
                                   {}};
    }
    return causes;
}

QList<DifferenceCause> PensionComparer::otherComponentCauses(const ComparisonSide &a, const ComparisonSide &b)
{
    QList<DifferenceCause> causes;
    if (a.result.transitionalPension != b.result.transitionalPension) {
        causes << DifferenceCause {QStringLiteral("transitional_pension"),
                                   tr("Transitional pension"),
                                   tr("%1 against %2 CNY (service before the individual accounts: %3 against %4 deemed months)")
                                       .arg(a.result.transitionalPension.toDisplayString(), b.result.transitionalPension.toDisplayString())
                                       .arg(a.pensionCase.deemedMonths)
                                       .arg(b.pensionCase.deemedMonths),
                                   std::nullopt,
                                   std::nullopt,
                                   {},
                                   {},
                                   b.result.transitionalPension - a.result.transitionalPension,
                                   {},
                                   {}};
    }
    if (a.result.supplements != b.result.supplements) {
        causes << DifferenceCause {
            QStringLiteral("supplements"),
            tr("Supplements"),
            tr("%1 against %2 CNY of regional add-ons").arg(a.result.supplements.toDisplayString(), b.result.supplements.toDisplayString()),
            std::nullopt,
            std::nullopt,
            {},
            {},
            {},
            b.result.supplements - a.result.supplements,
            {}};
    }
    return causes;
}

std::optional<DifferenceCause> PensionComparer::roundingCause(const ComparisonSide &a, const ComparisonSide &b,
                                                              const QList<DifferenceCause> &explained)
{
    // The parts are exact before their own rounding to the fen; the sheets round each component
    // (and some regions the total).
    DifferenceCause rounding {QStringLiteral("rounding"),
                              tr("Rounding"),
                              tr("the sheets round each amount (and the index, the years and the account interest); the parts above "
                                 "are each rounded to the fen"),
                              std::nullopt,
                              std::nullopt,
                              {},
                              {},
                              {},
                              {},
                              {}};
    Money explainedBasic, explainedAccount;
    for (const DifferenceCause &cause : explained) {
        explainedBasic += cause.basicPension;
        explainedAccount += cause.individualAccountPension;
    }
    rounding.basicPension = (b.result.basicPension - a.result.basicPension) - explainedBasic;
    rounding.individualAccountPension = (b.result.individualAccountPension - a.result.individualAccountPension) - explainedAccount;
    const Money componentSumA
        = a.result.basicPension + a.result.individualAccountPension + a.result.transitionalPension + a.result.supplements;
    const Money componentSumB
        = b.result.basicPension + b.result.individualAccountPension + b.result.transitionalPension + b.result.supplements;
    rounding.totalRounding = (b.result.total - componentSumB) - (a.result.total - componentSumA);
    if (rounding.total().isZero() && rounding.basicPension.isZero() && rounding.individualAccountPension.isZero())
        return std::nullopt;
    return rounding;
}

} // namespace tongban::pension
