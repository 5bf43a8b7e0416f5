#include "pensioncomparison.h"

#include <QMap>
#include <QSet>

namespace tongban::pension {

namespace {

Money fen(const Rational &yuan)
{
    return Money::fromYuan(yuan, RoundingMode::HalfUp);
}

/// B* = (C + C′ × I) / 2 × N / 100, unrounded.
Rational basicExact(const Rational &base, const Rational &indexedBase, const Rational &index, const Rational &years)
{
    return (base + indexedBase * index) / Rational(2) * years / Rational(100);
}

/// What one side contributes to the comparison, taken from its case and result.
struct SideFigures
{
    Rational base;        ///< C
    Rational indexedBase; ///< C′
    Rational index;       ///< I as the formula used it
    Rational years;       ///< N after rounding
    Rational balance;
    Rational payoutMonths;
};

SideFigures figuresOf(const ComparisonSide &s)
{
    SideFigures f;
    f.base = s.result.calculationBase.yuan();
    f.indexedBase = s.pensionCase.indexedWageBase.value_or(s.result.calculationBase).yuan();
    f.index = s.pensionCase.indexedWage && !f.indexedBase.isZero() ? s.pensionCase.indexedWage->yuan() / f.indexedBase
                                                                    : s.pensionCase.averageIndex;
    f.years = s.result.contributionYears;
    f.balance = s.pensionCase.accountBalance.yuan();
    f.payoutMonths = s.result.payoutMonths;
    return f;
}

/// A year of one side's history, as the comparison reads it.
struct YearFigures
{
    int records = 0;            ///< months counted in the average index (one per record)
    Rational index;             ///< that year's index (0 when the year has none)
    Rational creditsValue;      ///< the year's credits as worth at retirement
    Money credited;             ///< credited in the year (before interest)
    bool inOpeningBalance = false; ///< the year is covered by the opening (legacy ledger) balance
    YearMonth firstMonth;          ///< first and last month paid in the year (invalid when none)
    YearMonth lastMonth;
    QList<insured::ContributionKind> kinds;
};

QMap<int, YearFigures> yearsOf(const history::ContributionHistory &h)
{
    QMap<int, YearFigures> years;
    for (const insured::ContributionRecord &r : h.records()) {
        YearFigures &f = years[r.month.year()];
        ++f.records;
        if (!f.firstMonth.isValid() || r.month < f.firstMonth)
            f.firstMonth = r.month;
        if (!f.lastMonth.isValid() || r.month > f.lastMonth)
            f.lastMonth = r.month;
    }
    for (const history::YearSummary &y : h.years()) {
        if (y.monthsPaid == 0 && y.creditsValueAtAsOf.isZero())
            continue;
        YearFigures &f = years[y.year];
        f.index = y.index.value_or(Rational());
        f.creditsValue = y.creditsValueAtAsOf;
        f.credited = y.accountCredited;
        f.inOpeningBalance = !y.reconstructed;
        f.kinds = y.kinds;
    }
    return years;
}

QString kindsText(const QList<insured::ContributionKind> &kinds)
{
    if (kinds.isEmpty())
        return PensionComparer::tr("nothing paid");
    QStringList parts;
    for (insured::ContributionKind k : kinds)
        parts << (k == insured::ContributionKind::Employee ? PensionComparer::tr("employee") : PensionComparer::tr("flexibly employed"));
    return parts.join(QStringLiteral(" + "));
}

QString yearsLabel(int from, int to)
{
    return from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
}

} // namespace

PensionComparison PensionComparer::compare(const ComparisonSide &a, const ComparisonSide &b)
{
    PensionComparison c;
    c.labelA = a.label;
    c.labelB = b.label;
    const SideFigures fa = figuresOf(a);
    const SideFigures fb = figuresOf(b);

    c.figures << ComparedFigure{QStringLiteral("retirement"), tr("Pension starts"), a.result.retirement.toString(), b.result.retirement.toString()}
              << ComparedFigure{QStringLiteral("calculation_base"), tr("Calculation base (CNY/month)"), a.result.calculationBase.toDisplayString(),
                                b.result.calculationBase.toDisplayString()}
              << ComparedFigure{QStringLiteral("contribution_years"), tr("Contribution years"), fa.years.toShortString(4), fb.years.toShortString(4)}
              << ComparedFigure{QStringLiteral("actual_months"), tr("Months paid / deemed"),
                                QStringLiteral("%1 / %2").arg(a.pensionCase.actualMonths).arg(a.pensionCase.deemedMonths),
                                QStringLiteral("%1 / %2").arg(b.pensionCase.actualMonths).arg(b.pensionCase.deemedMonths)}
              << ComparedFigure{QStringLiteral("average_index"), tr("Average contribution index"), fa.index.toString(4), fb.index.toString(4)}
              << ComparedFigure{QStringLiteral("account_balance"), tr("Individual account balance (CNY)"), a.pensionCase.accountBalance.toDisplayString(),
                                b.pensionCase.accountBalance.toDisplayString()}
              << ComparedFigure{QStringLiteral("payout_months"), tr("Payout months"), fa.payoutMonths.toShortString(1), fb.payoutMonths.toShortString(1)};

    c.components << ComponentDifference{QStringLiteral("basic_pension"), tr("Basic pension"), a.result.basicPension, b.result.basicPension}
                 << ComponentDifference{QStringLiteral("individual_account_pension"), tr("Individual account pension"),
                                        a.result.individualAccountPension, b.result.individualAccountPension}
                 << ComponentDifference{QStringLiteral("transitional_pension"), tr("Transitional pension"), a.result.transitionalPension,
                                        b.result.transitionalPension}
                 << ComponentDifference{QStringLiteral("supplements"), tr("Supplements"), a.result.supplements, b.result.supplements}
                 << ComponentDifference{QStringLiteral("total"), tr("Monthly pension"), a.result.total, b.result.total};
    c.difference = b.result.total - a.result.total;

    // --- basic pension: base, then years, then index
    const Rational baseEffect = basicExact(fb.base, fb.indexedBase, fa.index, fa.years) - basicExact(fa.base, fa.indexedBase, fa.index, fa.years);
    const Rational yearsEffect = basicExact(fb.base, fb.indexedBase, fa.index, fb.years) - basicExact(fb.base, fb.indexedBase, fa.index, fa.years);
    const Rational perIndex = fb.indexedBase / Rational(2) * fb.years / Rational(100); // B per unit of index, at b's base and years

    if (fa.base != fb.base || fa.indexedBase != fb.indexedBase) {
        DifferenceCause cause{QStringLiteral("calculation_base"), tr("Calculation base"),
                              tr("%1 against %2 CNY a month (the average wage of the year before each retirement)")
                                  .arg(a.result.calculationBase.toDisplayString(), b.result.calculationBase.toDisplayString()),
                              std::nullopt, std::nullopt, fen(baseEffect), {}, {}, {}, {}};
        c.causes << cause;
    }
    if (fa.years != fb.years) {
        c.causes << DifferenceCause{QStringLiteral("contribution_years"), tr("Contribution years"),
                                    tr("%1 against %2 years (%3 against %4 months paid, %5 against %6 deemed)")
                                        .arg(fa.years.toShortString(4), fb.years.toShortString(4))
                                        .arg(a.pensionCase.actualMonths)
                                        .arg(b.pensionCase.actualMonths)
                                        .arg(a.pensionCase.deemedMonths)
                                        .arg(b.pensionCase.deemedMonths),
                                    std::nullopt, std::nullopt, fen(yearsEffect), {}, {}, {}, {}};
    }

    // --- account: payout months at a's balance, then the balance at b's months
    const Rational payoutEffect = fa.balance / fb.payoutMonths - fa.balance / fa.payoutMonths;
    const bool byYears = a.history && b.history;
    if (byYears) {
        const QMap<int, YearFigures> ya = yearsOf(*a.history);
        const QMap<int, YearFigures> yb = yearsOf(*b.history);
        const Rational deemedA(a.pensionCase.deemedMonths);
        const Rational deemedB(b.pensionCase.deemedMonths);
        Rational totalA = deemedA;
        Rational totalB = deemedB;
        for (const YearFigures &f : ya)
            totalA += Rational(f.records);
        for (const YearFigures &f : yb)
            totalB += Rational(f.records);
        auto share = [](const YearFigures &f, const Rational &total) {
            return total.isZero() ? Rational() : f.index * Rational(f.records) / total;
        };

        QList<int> years;
        for (auto it = ya.begin(); it != ya.end(); ++it)
            years << it.key();
        for (auto it = yb.begin(); it != yb.end(); ++it) {
            if (!ya.contains(it.key()))
                years << it.key();
        }
        std::sort(years.begin(), years.end());

        // The opening balances stand for the years before them as one sum. When the credits of
        // those years differ in one direction only (as when one side paid less for a spell),
        // the difference of the balances is shared out over those years by their difference
        // in credits; otherwise it stays one cause.
        const Rational openingDifference = b.history->totals().openingValueAtAsOf - a.history->totals().openingValueAtAsOf;
        QMap<int, Rational> openingShare;
        {
            Rational sum;
            bool up = false, down = false;
            QMap<int, Rational> credits;
            for (int year : std::as_const(years)) {
                const YearFigures fyA = ya.value(year);
                const YearFigures fyB = yb.value(year);
                if (!fyA.inOpeningBalance && !fyB.inOpeningBalance)
                    continue;
                const Rational d = (fyB.inOpeningBalance ? fyB.credited.yuan() : Rational()) - (fyA.inOpeningBalance ? fyA.credited.yuan() : Rational());
                up = up || d > Rational();
                down = down || d < Rational();
                credits.insert(year, d);
                sum += d;
            }
            if (!openingDifference.isZero() && !sum.isZero() && !(up && down)) {
                for (auto it = credits.begin(); it != credits.end(); ++it)
                    openingShare.insert(it.key(), (openingDifference * it.value() / sum).rounded(6, RoundingMode::HalfUp));
            }
        }

        // Group consecutive years paid the same way on each side.
        qsizetype i = 0;
        while (i < years.size()) {
            const QString signature = kindsText(ya.value(years[i]).kinds) + u'|' + kindsText(yb.value(years[i]).kinds);
            qsizetype j = i;
            while (j + 1 < years.size() && years[j + 1] == years[j] + 1
                   && kindsText(ya.value(years[j + 1]).kinds) + u'|' + kindsText(yb.value(years[j + 1]).kinds) == signature)
                ++j;
            Rational indexShare;
            Rational accountValue;
            Rational weightedA, weightedB;
            int recordsA = 0, recordsB = 0;
            Money creditedA, creditedB;
            YearMonth firstPaid, lastPaid;
            for (qsizetype k = i; k <= j; ++k) {
                const YearFigures fyA = ya.value(years[k]);
                const YearFigures fyB = yb.value(years[k]);
                for (const YearFigures *f : {&fyA, &fyB}) {
                    if (f->firstMonth.isValid() && (!firstPaid.isValid() || f->firstMonth < firstPaid))
                        firstPaid = f->firstMonth;
                    if (f->lastMonth.isValid() && (!lastPaid.isValid() || f->lastMonth > lastPaid))
                        lastPaid = f->lastMonth;
                }
                indexShare += share(fyB, totalB) - share(fyA, totalA);
                accountValue += fyB.creditsValue - fyA.creditsValue + openingShare.value(years[k]);
                weightedA += fyA.index * Rational(fyA.records);
                weightedB += fyB.index * Rational(fyB.records);
                recordsA += fyA.records;
                recordsB += fyB.records;
                creditedA += fyA.credited;
                creditedB += fyB.credited;
            }
            const auto sideText = [](const QList<insured::ContributionKind> &kinds, int records, const Rational &weighted, Money credited) {
                if (records == 0)
                    return tr("nothing paid");
                return tr("%1, %2 months, index %3, %4 CNY credited to the account")
                    .arg(kindsText(kinds))
                    .arg(records)
                    .arg((weighted / Rational(records)).toString(2), credited.toDisplayString());
            };
            const int from = years[i];
            const int to = years[j];
            DifferenceCause cause;
            cause.key = QStringLiteral("period.%1").arg(from == to ? QString::number(from) : QStringLiteral("%1-%2").arg(from).arg(to));
            cause.label = yearsLabel(from, to);
            cause.explanation = tr("%1: %2; %3: %4")
                                    .arg(a.label, sideText(ya.value(from).kinds, recordsA, weightedA, creditedA), b.label,
                                         sideText(yb.value(from).kinds, recordsB, weightedB, creditedB));
            // The months actually paid on either side, not the calendar years' edges.
            cause.from = firstPaid.isValid() ? firstPaid : YearMonth(from, 1);
            cause.to = lastPaid.isValid() ? lastPaid : YearMonth(to, 12);
            cause.basicPension = fen(perIndex * indexShare);
            cause.individualAccountPension = fen(accountValue / fb.payoutMonths);
            c.causes << cause;
            i = j + 1;
        }

        const Rational deemedShare = (totalB.isZero() ? Rational() : b.history->deemedIndex() * deemedB / totalB)
                                     - (totalA.isZero() ? Rational() : a.history->deemedIndex() * deemedA / totalA);
        if (!deemedShare.isZero() || a.pensionCase.deemedMonths != b.pensionCase.deemedMonths) {
            c.causes << DifferenceCause{QStringLiteral("deemed_service"), tr("Deemed service"),
                                        tr("%1 against %2 deemed months, counted at index %3 against %4 in the average index")
                                            .arg(a.pensionCase.deemedMonths)
                                            .arg(b.pensionCase.deemedMonths)
                                            .arg(a.history->deemedIndex().toShortString(4), b.history->deemedIndex().toShortString(4)),
                                        std::nullopt, std::nullopt, fen(perIndex * deemedShare), {}, {}, {}, {}};
        }
        const Rational openingEffect = openingDifference / fb.payoutMonths;
        if (!openingEffect.isZero() && openingShare.isEmpty()) {
            c.causes << DifferenceCause{QStringLiteral("opening_balance"), tr("Account before the records"),
                                        tr("balance carried over from the old ledger, worth %1 against %2 CNY at retirement")
                                            .arg(fen(a.history->totals().openingValueAtAsOf).toDisplayString(),
                                                 fen(b.history->totals().openingValueAtAsOf).toDisplayString()),
                                        std::nullopt, std::nullopt, {}, fen(openingEffect), {}, {}, {}};
        }
    } else {
        if (fa.index != fb.index) {
            c.causes << DifferenceCause{QStringLiteral("average_index"), tr("Average contribution index"),
                                        tr("%1 against %2").arg(fa.index.toShortString(4), fb.index.toShortString(4)), std::nullopt, std::nullopt,
                                        fen(perIndex * (fb.index - fa.index)), {}, {}, {}, {}};
        }
        if (fa.balance != fb.balance) {
            c.causes << DifferenceCause{QStringLiteral("account_balance"), tr("Individual account balance"),
                                        tr("%1 against %2 CNY at retirement")
                                            .arg(a.pensionCase.accountBalance.toDisplayString(), b.pensionCase.accountBalance.toDisplayString()),
                                        std::nullopt, std::nullopt, {}, fen((fb.balance - fa.balance) / fb.payoutMonths), {}, {}, {}};
        }
    }
    if (fa.payoutMonths != fb.payoutMonths) {
        c.causes << DifferenceCause{QStringLiteral("payout_months"), tr("Payout months"),
                                    tr("the account is divided by %1 against %2 months (age at retirement)")
                                        .arg(fa.payoutMonths.toShortString(1), fb.payoutMonths.toShortString(1)),
                                    std::nullopt, std::nullopt, {}, fen(payoutEffect), {}, {}, {}};
    }
    if (a.result.transitionalPension != b.result.transitionalPension) {
        c.causes << DifferenceCause{QStringLiteral("transitional_pension"), tr("Transitional pension"),
                                    tr("%1 against %2 CNY (service before the individual accounts: %3 against %4 deemed months)")
                                        .arg(a.result.transitionalPension.toDisplayString(), b.result.transitionalPension.toDisplayString())
                                        .arg(a.pensionCase.deemedMonths)
                                        .arg(b.pensionCase.deemedMonths),
                                    std::nullopt, std::nullopt, {}, {}, b.result.transitionalPension - a.result.transitionalPension, {}, {}};
    }
    if (a.result.supplements != b.result.supplements) {
        c.causes << DifferenceCause{QStringLiteral("supplements"), tr("Supplements"),
                                    tr("%1 against %2 CNY of regional add-ons")
                                        .arg(a.result.supplements.toDisplayString(), b.result.supplements.toDisplayString()),
                                    std::nullopt, std::nullopt, {}, {}, {}, b.result.supplements - a.result.supplements, {}};
    }

    // --- what the roundings leave: the parts are exact before their own rounding to the fen,
    // the sheets round each component (and some regions the total).
    DifferenceCause rounding{QStringLiteral("rounding"), tr("Rounding"),
                             tr("the sheets round each amount (and the index, the years and the account interest); the parts above "
                                "are each rounded to the fen"),
                             std::nullopt, std::nullopt, {}, {}, {}, {}, {}};
    Money explainedBasic, explainedAccount;
    for (const DifferenceCause &cause : std::as_const(c.causes)) {
        explainedBasic += cause.basicPension;
        explainedAccount += cause.individualAccountPension;
    }
    rounding.basicPension = (b.result.basicPension - a.result.basicPension) - explainedBasic;
    rounding.individualAccountPension = (b.result.individualAccountPension - a.result.individualAccountPension) - explainedAccount;
    const Money componentSumA = a.result.basicPension + a.result.individualAccountPension + a.result.transitionalPension + a.result.supplements;
    const Money componentSumB = b.result.basicPension + b.result.individualAccountPension + b.result.transitionalPension + b.result.supplements;
    rounding.totalRounding = (b.result.total - componentSumB) - (a.result.total - componentSumA);
    if (!rounding.total().isZero() || !rounding.basicPension.isZero() || !rounding.individualAccountPension.isZero())
        c.causes << rounding;
    return c;
}

} // namespace tongban::pension
