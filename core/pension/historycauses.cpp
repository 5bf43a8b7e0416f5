#include "historycauses.h"

#include <QStringList>

#include <algorithm>

namespace tongban::pension {

namespace {

Money fen(const Rational &yuan)
{
    return Money::fromYuan(yuan, RoundingMode::HalfUp);
}

} // namespace

HistoryCauses::HistoryCauses(const ComparisonSide &a, const ComparisonSide &b, const Rational &perIndex, const Rational &payoutMonths)
    : m_a(&a)
    , m_b(&b)
    , m_perIndex(perIndex)
    , m_payoutMonths(payoutMonths)
    , m_yearsA(*a.history, a.pensionCase.deemedMonths)
    , m_yearsB(*b.history, b.pensionCase.deemedMonths)
    , m_years(unionOfYears(m_yearsA, m_yearsB))
    , m_openingDifference(b.history->totals().openingValueAtAsOf - a.history->totals().openingValueAtAsOf)
    , m_openingShare(openingShares())
{ }

QList<DifferenceCause> HistoryCauses::causes() const
{
    QList<DifferenceCause> causes;
    for (const auto &[first, last] : periods())
        causes << periodCause(first, last);
    if (auto deemed = deemedServiceCause())
        causes << *deemed;
    if (auto opening = openingBalanceCause())
        causes << *opening;
    return causes;
}

QList<int> HistoryCauses::unionOfYears(const HistoryYears &a, const HistoryYears &b)
{
    QList<int> years;
    for (auto it = a.years().begin(); it != a.years().end(); ++it)
        years << it.key();
    for (auto it = b.years().begin(); it != b.years().end(); ++it) {
        if (!a.years().contains(it.key()))
            years << it.key();
    }
    std::sort(years.begin(), years.end());
    return years;
}

QMap<int, Rational> HistoryCauses::openingShares() const
{
    // The opening balances stand for the years before them as one sum. When the credits of
    // those years differ in one direction only (as when one side paid less for a spell), the
    // difference of the balances is shared out over those years by their difference in
    // credits; otherwise it stays one cause.
    QMap<int, Rational> shares;
    Rational sum;
    bool up = false, down = false;
    QMap<int, Rational> credits;
    for (int year : m_years) {
        const HistoryYears::Year fyA = m_yearsA.year(year);
        const HistoryYears::Year fyB = m_yearsB.year(year);
        if (!fyA.inOpeningBalance && !fyB.inOpeningBalance)
            continue;
        const Rational d
            = (fyB.inOpeningBalance ? fyB.credited.yuan() : Rational()) - (fyA.inOpeningBalance ? fyA.credited.yuan() : Rational());
        up = up || d > Rational();
        down = down || d < Rational();
        credits.insert(year, d);
        sum += d;
    }
    if (!m_openingDifference.isZero() && !sum.isZero() && !(up && down)) {
        for (auto it = credits.begin(); it != credits.end(); ++it)
            shares.insert(it.key(), (m_openingDifference * it.value() / sum).rounded(6, RoundingMode::HalfUp));
    }
    return shares;
}

QList<std::pair<qsizetype, qsizetype>> HistoryCauses::periods() const
{
    QList<std::pair<qsizetype, qsizetype>> periods;
    qsizetype i = 0;
    while (i < m_years.size()) {
        const QString first = signature(m_years[i]);
        qsizetype j = i;
        while (j + 1 < m_years.size() && m_years[j + 1] == m_years[j] + 1 && signature(m_years[j + 1]) == first)
            ++j;
        periods.append({i, j});
        i = j + 1;
    }
    return periods;
}

DifferenceCause HistoryCauses::periodCause(qsizetype first, qsizetype last) const
{
    Rational indexShare;
    Rational accountValue;
    Rational weightedA, weightedB;
    int recordsA = 0, recordsB = 0;
    Money creditedA, creditedB;
    YearMonth firstPaid, lastPaid;
    for (qsizetype k = first; k <= last; ++k) {
        const HistoryYears::Year fyA = m_yearsA.year(m_years[k]);
        const HistoryYears::Year fyB = m_yearsB.year(m_years[k]);
        for (const HistoryYears::Year *f : {&fyA, &fyB}) {
            if (f->firstMonth.isValid() && (!firstPaid.isValid() || f->firstMonth < firstPaid))
                firstPaid = f->firstMonth;
            if (f->lastMonth.isValid() && (!lastPaid.isValid() || f->lastMonth > lastPaid))
                lastPaid = f->lastMonth;
        }
        indexShare += m_yearsB.indexShare(fyB) - m_yearsA.indexShare(fyA);
        accountValue += fyB.creditsValue - fyA.creditsValue + m_openingShare.value(m_years[k]);
        weightedA += fyA.index * Rational(fyA.records);
        weightedB += fyB.index * Rational(fyB.records);
        recordsA += fyA.records;
        recordsB += fyB.records;
        creditedA += fyA.credited;
        creditedB += fyB.credited;
    }
    const int from = m_years[first];
    const int to = m_years[last];
    DifferenceCause cause;
    cause.key = QStringLiteral("period.%1").arg(from == to ? QString::number(from) : QStringLiteral("%1-%2").arg(from).arg(to));
    cause.label = yearsLabel(from, to);
    cause.explanation = tr("%1: %2; %3: %4")
                            .arg(m_a->label, sideText(m_yearsA.year(from).kinds, recordsA, weightedA, creditedA), m_b->label,
                                 sideText(m_yearsB.year(from).kinds, recordsB, weightedB, creditedB));
    // The months actually paid on either side, not the calendar years' edges.
    cause.from = firstPaid.isValid() ? firstPaid : YearMonth(from, 1);
    cause.to = lastPaid.isValid() ? lastPaid : YearMonth(to, 12);
    cause.basicPension = fen(m_perIndex * indexShare);
    cause.individualAccountPension = fen(accountValue / m_payoutMonths);
    return cause;
}

std::optional<DifferenceCause> HistoryCauses::deemedServiceCause() const
{
    const ComparisonSide &a = *m_a;
    const ComparisonSide &b = *m_b;
    const Rational deemedShare = m_yearsB.deemedShare(b.history->deemedIndex()) - m_yearsA.deemedShare(a.history->deemedIndex());
    if (deemedShare.isZero() && a.pensionCase.deemedMonths == b.pensionCase.deemedMonths)
        return std::nullopt;
    return DifferenceCause {QStringLiteral("deemed_service"),
                            tr("Deemed service"),
                            tr("%1 against %2 deemed months, counted at index %3 against %4 in the average index")
                                .arg(a.pensionCase.deemedMonths)
                                .arg(b.pensionCase.deemedMonths)
                                .arg(a.history->deemedIndex().toShortString(4), b.history->deemedIndex().toShortString(4)),
                            std::nullopt,
                            std::nullopt,
                            fen(m_perIndex * deemedShare),
                            {},
                            {},
                            {},
                            {}};
}

std::optional<DifferenceCause> HistoryCauses::openingBalanceCause() const
{
    const Rational openingEffect = m_openingDifference / m_payoutMonths;
    if (openingEffect.isZero() || !m_openingShare.isEmpty())
        return std::nullopt;
    return DifferenceCause {QStringLiteral("opening_balance"),
                            tr("Account before the records"),
                            tr("balance carried over from the old ledger, worth %1 against %2 CNY at retirement")
                                .arg(fen(m_a->history->totals().openingValueAtAsOf).toDisplayString(),
                                     fen(m_b->history->totals().openingValueAtAsOf).toDisplayString()),
                            std::nullopt,
                            std::nullopt,
                            {},
                            fen(openingEffect),
                            {},
                            {},
                            {}};
}

QString HistoryCauses::signature(int year) const
{
    return kindsText(m_yearsA.year(year).kinds) + u'|' + kindsText(m_yearsB.year(year).kinds);
}

QString HistoryCauses::kindsText(const QList<insured::ContributionKind> &kinds)
{
    if (kinds.isEmpty())
        return tr("nothing paid");
    QStringList parts;
    for (insured::ContributionKind k : kinds)
        parts << (k == insured::ContributionKind::Employee ? tr("employee") : tr("flexibly employed"));
    return parts.join(QStringLiteral(" + "));
}

QString HistoryCauses::sideText(const QList<insured::ContributionKind> &kinds, int records, const Rational &weighted, Money credited)
{
    if (records == 0)
        return tr("nothing paid");
    return tr("%1, %2 months, index %3, %4 CNY credited to the account")
        .arg(kindsText(kinds))
        .arg(records)
        .arg((weighted / Rational(records)).toString(2), credited.toDisplayString());
}

QString HistoryCauses::yearsLabel(int from, int to)
{
    return from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
}

} // namespace tongban::pension
