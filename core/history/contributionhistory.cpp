#include "contributionhistory.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace tongban::history {

using insured::ContributionKind;
using insured::ContributionRecord;

namespace {

/// One year's interest and closing balance under the convention of ContributionHistory.
struct YearAccount
{
    Money credited;
    Money interest;
    Money closing;
};

YearAccount creditYear(Money opening, const QList<std::pair<int, Money>> &credits, std::optional<Rational> rate, int lastMonth)
{
    YearAccount a;
    Rational interest;
    if (rate)
        interest += opening.yuan() * *rate * Rational(lastMonth, 12);
    for (const auto &[month, amount] : credits) {
        a.credited += amount;
        if (rate)
            interest += amount.yuan() * *rate * Rational(lastMonth - month, 12);
    }
    a.interest = Money::fromYuan(interest, RoundingMode::HalfUp);
    a.closing = opening + a.credited + a.interest;
    return a;
}

} // namespace

Result<ContributionHistory> ContributionHistory::build(const insured::InsuredPerson &person, QList<ContributionRecord> records,
                                                       const policy::ParameterSet &parameters, YearMonth asOf)
{
    const auto regionResult = parameters.region(person.region, QStringLiteral("region"));
    if (!regionResult)
        return regionResult.error();
    const policy::RegionParameters &region = **regionResult;

    std::sort(records.begin(), records.end(), [](const ContributionRecord &a, const ContributionRecord &b) {
        return a.month != b.month ? a.month < b.month : a.kind < b.kind;
    });
    records.erase(std::remove_if(records.begin(), records.end(), [asOf](const ContributionRecord &r) { return r.month > asOf; }),
                  records.end());
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (records[i].month == records[i - 1].month && records[i].kind == records[i - 1].kind)
            return Error::badInput(QStringLiteral("records[%1]").arg(records[i].month.toString()),
                                   tr("two %1 records for %2").arg(insured::contributionKindKey(records[i].kind), records[i].month.toString()));
    }

    ContributionHistory h;
    h.m_records = records;
    h.m_deemedIndex = region.pension.deemedIndex.value;
    h.m_deemedMonths = person.deemedMonths;
    h.m_totals.deemedMonths = person.deemedMonths;
    h.m_totals.balanceAsOf = asOf;

    // Months paid: a month with both an employee and a flexible record counts once.
    QSet<int> paidMonths;
    for (const ContributionRecord &r : records)
        paidMonths.insert(r.month.ordinal());
    h.m_totals.actualMonths = int(paidMonths.size());

    QMap<int, QList<const ContributionRecord *>> byYear;
    for (const ContributionRecord &r : records)
        byYear[r.month.year()].append(&r);

    const YearMonth firstMonth = records.isEmpty() ? asOf : records.first().month;
    const YearMonth lastMonth = records.isEmpty() ? asOf : records.last().month;
    const YearMonth opening = person.accountOpeningMonth;
    Money balance = opening.isValid() ? person.accountOpeningBalance : Money();

    const int startYear = records.isEmpty() ? asOf.year() : std::min(firstMonth.year(), opening.isValid() ? opening.year() : firstMonth.year());
    for (int year = startYear; year <= asOf.year(); ++year) {
        const QList<const ContributionRecord *> yearRecords = byYear.value(year);
        const bool coveredByOpening = opening.isValid() && year <= opening.year();
        if (yearRecords.isEmpty() && year < firstMonth.year())
            continue;

        YearSummary s;
        s.year = year;
        QSet<int> months;
        Money baseSum;
        for (const ContributionRecord *r : yearRecords) {
            months.insert(r->month.month());
            baseSum += r->base;
            if (!s.kinds.contains(r->kind))
                s.kinds.append(r->kind);
        }
        std::sort(s.kinds.begin(), s.kinds.end());
        s.monthsPaid = int(months.size());
        if (!yearRecords.isEmpty())
            s.averageBase = Money::fromYuan(baseSum.yuan() / Rational(qint64(yearRecords.size())), RoundingMode::HalfUp);

        // Gaps: months inside the span from the first to the last record with nothing paid.
        const int spanFrom = year == firstMonth.year() ? firstMonth.month() : 1;
        const int spanTo = year == lastMonth.year() ? lastMonth.month() : (year < lastMonth.year() ? 12 : 0);
        if (year >= firstMonth.year() && spanTo >= spanFrom)
            s.gapMonths = (spanTo - spanFrom + 1) - int(std::count_if(months.cbegin(), months.cend(), [&](int m) { return m >= spanFrom && m <= spanTo; }));

        const auto wage = region.averageWageFor(year);
        if (wage && !wage->value.isZero()) {
            s.averageWage = *wage;
            if (!yearRecords.isEmpty()) {
                // One wage divides the whole year, so the mean of monthly indices is the mean base
                // over the wage. Rounded half-up to 4 decimals, as yearly indices are printed.
                s.index = (baseSum.yuan() / Rational(qint64(yearRecords.size())) / wage->value).rounded(4, RoundingMode::HalfUp);
                h.m_indexByYear.insert(year, *s.index);
            }
        } else if (!yearRecords.isEmpty()) {
            h.m_yearsWithoutWage.append(year);
            h.m_totals.missingFigures << tr("average wage %1 (%2)").arg(region.displayName()).arg(year);
        }

        // Individual account.
        QList<std::pair<int, Money>> credits;
        for (const ContributionRecord *r : yearRecords) {
            const auto rate = parameters.accountCreditRate(r->month);
            if (rate)
                credits.append({r->month.month(), Money::fromYuan(r->base.yuan() * rate->value, RoundingMode::HalfUp)});
        }
        if (coveredByOpening) {
            for (const auto &credit : credits)
                s.accountCredited += credit.second;
            s.balanceAtYearEnd = year == opening.year() ? balance : Money();
            s.reconstructed = false;
        } else {
            const auto rate = parameters.creditingRate(year);
            const int monthsCounted = year == asOf.year() ? asOf.month() : 12;
            if (!rate && monthsCounted > 0 && (!balance.isZero() || !credits.isEmpty()))
                h.m_totals.missingFigures << tr("crediting rate %1 (not yet published: no interest credited)").arg(year);
            const YearAccount a = creditYear(balance, credits, rate ? std::optional<Rational>(rate->value) : std::nullopt, monthsCounted);
            s.accountCredited = a.credited;
            s.interest = a.interest;
            s.balanceAtYearEnd = a.closing;
            s.reconstructed = true;
            balance = a.closing;
        }
        h.m_years.append(s);
        h.m_totals.gapMonths += s.gapMonths;
    }
    h.m_totals.accountBalance = balance;
    if (const auto avg = h.averageIndex())
        h.m_totals.averageIndex = *avg;
    return h;
}

Result<std::optional<Rational>> ContributionHistory::averageIndexBetween(YearMonth from, YearMonth to) const
{
    Rational sum;
    qint64 count = 0;
    for (const ContributionRecord &r : m_records) {
        if (r.month < from || r.month > to)
            continue;
        const auto index = m_indexByYear.constFind(r.month.year());
        if (index == m_indexByYear.constEnd())
            return Error::missingFigure(QStringLiteral("average_wage.%1").arg(r.month.year() - 1),
                                        tr("the average wage for %1 contributions is missing, so the contribution index cannot be computed")
                                            .arg(r.month.year()));
        sum += *index;
        ++count;
    }
    if (count == 0)
        return std::optional<Rational>();
    return std::optional<Rational>(sum / Rational(count));
}

int ContributionHistory::actualMonthsBetween(YearMonth from, YearMonth to) const
{
    QSet<int> months;
    for (const ContributionRecord &r : m_records) {
        if (r.month >= from && r.month <= to)
            months.insert(r.month.ordinal());
    }
    return int(months.size());
}

Result<Rational> ContributionHistory::averageIndex() const
{
    if (!m_yearsWithoutWage.isEmpty())
        return Error::missingFigure(QStringLiteral("average_wage.%1").arg(m_yearsWithoutWage.first() - 1),
                                    tr("the average wage for %1 contributions is missing, so the average contribution index cannot be computed")
                                        .arg(m_yearsWithoutWage.first()));
    Rational sum = m_deemedIndex * Rational(m_deemedMonths);
    qint64 count = m_deemedMonths;
    for (const ContributionRecord &r : m_records) {
        sum += m_indexByYear.value(r.month.year());
        ++count;
    }
    if (count == 0)
        return Rational();
    return sum / Rational(count);
}

} // namespace tongban::history
