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
    Rational creditsValue; ///< the credits with their interest of this year, exact
    Rational balanceFactor; ///< what 1 yuan carried into the year is worth at its end
};

YearAccount creditYear(Money opening, const QList<std::pair<int, Money>> &credits, std::optional<Rational> rate, int lastMonth)
{
    YearAccount a;
    Rational interest;
    a.balanceFactor = Rational(1);
    if (rate) {
        interest += opening.yuan() * *rate * Rational(lastMonth, 12);
        a.balanceFactor += *rate * Rational(lastMonth, 12);
    }
    for (const auto &[month, amount] : credits) {
        a.credited += amount;
        Rational value = amount.yuan();
        if (rate) {
            interest += amount.yuan() * *rate * Rational(lastMonth - month, 12);
            value += amount.yuan() * *rate * Rational(lastMonth - month, 12);
        }
        a.creditsValue += value;
    }
    a.interest = Money::fromYuan(interest, RoundingMode::HalfUp);
    a.closing = opening + a.credited + a.interest;
    return a;
}

} // namespace

Result<ContributionHistory> ContributionHistory::build(const insured::InsuredPerson &person, QList<ContributionRecord> records,
                                                       const policy::ParameterSet &parameters, YearMonth asOf,
                                                       const HistoryAssumptions &assumptions)
{
    // A person of a region whose rule set has not arrived yet still has a history: the months,
    // the bases and the account (national rates) are known; the indices are missing figures.
    const auto regionResult = parameters.region(person.region, QStringLiteral("region"));
    policy::RegionParameters withoutRules;
    if (!regionResult) {
        withoutRules.code = person.region;
        withoutRules.name = person.region;
        withoutRules.nameEn = person.region;
        withoutRules.pension.deemedIndexEntered = true;
    }
    const policy::RegionParameters &region = regionResult ? **regionResult : withoutRules;

    std::sort(records.begin(), records.end(), [](const ContributionRecord &a, const ContributionRecord &b) {
        return a.month != b.month ? a.month < b.month : a.kind < b.kind;
    });
    records.erase(std::remove_if(records.begin(), records.end(), [asOf](const ContributionRecord &r) { return r.month > asOf; }),
                  records.end());
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (records[i].month == records[i - 1].month && records[i].kind == records[i - 1].kind)
            return Error::badInput(
                QStringLiteral("records[%1]").arg(records[i].month.toString()),
                tr("two %1 records for %2").arg(insured::contributionKindKey(records[i].kind), records[i].month.toString()));
    }

    ContributionHistory h;
    if (!regionResult)
        h.m_totals.missingFigures
            << tr("the pension rules of region %1 (not in the data yet: no average wages, no deemed index)").arg(person.region);
    h.m_records = records;
    h.m_deemedIndex = region.pension.deemedIndex.value;
    h.m_deemedIndexEntered = region.pension.deemedIndexEntered;
    h.m_actualOnly = region.pension.averageIndexBasis && region.pension.averageIndexBasis->value == u"actual-only";
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
    QList<Rational> yearFactors; // per entry of m_years: growth of the carried balance in that year
    QList<int> wageAssumedYears; // years whose index divides by an assumed wage
    QList<int> rateAssumedYears; // years credited at an assumed rate

    const int startYear
        = records.isEmpty() ? asOf.year() : std::min(firstMonth.year(), opening.isValid() ? opening.year() : firstMonth.year());
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
            s.gapMonths = (spanTo - spanFrom + 1)
                - int(std::count_if(months.cbegin(), months.cend(), [&](int m) { return m >= spanFrom && m <= spanTo; }));

        // The person's city's series where the region's data has one (average wages by tier, Hubei).
        const QMap<int, policy::SourcedFigure> &wages = region.averageWagesFor(person.region);
        auto wage = region.averageWageFor(year, person.region);
        if (!wage && assumptions.holdLatestAverageWage && !wages.isEmpty() && !yearRecords.isEmpty()
            && year - region.averageWageLagYears > wages.lastKey()) {
            policy::SourcedFigure assumed = wages.last();
            assumed.provenance.confidence = QStringLiteral("LOW");
            assumed.provenance.note = tr("assumed: the latest published average wage (%1) held").arg(wages.lastKey());
            assumed.provenance.noteZh.clear();
            wage = assumed;
            s.assumedWage = true;
            wageAssumedYears << year;
        }
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
            // Without a rule set every year lacks its wage: said once, above.
            if (regionResult)
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
            yearFactors.append(Rational(1));
        } else {
            std::optional<Rational> rate;
            if (const auto published = parameters.creditingRate(year))
                rate = published->value;
            const int monthsCounted = year == asOf.year() ? asOf.month() : 12;
            const bool needsRate = monthsCounted > 0 && (!balance.isZero() || !credits.isEmpty());
            if (!rate && needsRate && assumptions.creditingRate) {
                rate = assumptions.creditingRate;
                s.assumedRate = true;
                rateAssumedYears << year;
            } else if (!rate && needsRate) {
                h.m_totals.missingFigures << tr("crediting rate %1 (not yet published: no interest credited)").arg(year);
            }
            const YearAccount a = creditYear(balance, credits, rate, monthsCounted);
            s.accountCredited = a.credited;
            s.interest = a.interest;
            s.balanceAtYearEnd = a.closing;
            s.creditsValueAtAsOf = a.creditsValue;
            s.reconstructed = true;
            balance = a.closing;
            yearFactors.append(a.balanceFactor);
        }
        h.m_years.append(s);
        h.m_totals.gapMonths += s.gapMonths;
    }
    h.m_totals.accountBalance = balance;

    // One sentence per assumption, for the whole span of years it covers.
    const auto span = [](const QList<int> &years) {
        return years.first() == years.last() ? QString::number(years.first())
                                             : QStringLiteral("%1–%2").arg(years.first()).arg(years.last());
    };
    if (!wageAssumedYears.isEmpty()) {
        const auto lag = region.averageWageLagYears;
        h.m_totals.assumptions
            << tr("Contributions of %1 divide by the latest published average wage, %2 CNY of %3 (not yet published for %4).")
                   .arg(span(wageAssumedYears))
                   .arg(region.averageWagesFor(person.region).last().value.toShortString(2))
                   .arg(region.averageWagesFor(person.region).lastKey())
                   .arg(span({wageAssumedYears.first() - lag, wageAssumedYears.last() - lag}));
    }
    if (!rateAssumedYears.isEmpty())
        h.m_totals.assumptions << tr("Crediting rates of %1 assumed at %2 (not yet published).")
                                      .arg(span(rateAssumedYears))
                                      .arg((*assumptions.creditingRate * Rational(100)).toShortString(4) + u'%');

    // Carry each year's credits (and the opening balance) forward through the later years'
    // full-balance interest to attribute the balance to the years that built it. A product of
    // decades of yearly factors has no exact 128-bit form, so the growth is kept to 12 decimals
    // and each value to 6 (a millionth of a yuan; the attribution is rounded to the fen later).
    Rational laterGrowth(1);
    for (qsizetype i = h.m_years.size() - 1; i >= 0; --i) {
        YearSummary &y = h.m_years[i];
        y.creditsValueAtAsOf = y.reconstructed ? (y.creditsValueAtAsOf * laterGrowth).rounded(6, RoundingMode::HalfUp) : Rational();
        if (y.reconstructed)
            laterGrowth = (laterGrowth * yearFactors.at(i)).rounded(12, RoundingMode::HalfUp);
    }
    if (opening.isValid())
        h.m_totals.openingValueAtAsOf = (person.accountOpeningBalance.yuan() * laterGrowth).rounded(6, RoundingMode::HalfUp);
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
            return Error::missingFigure(
                QStringLiteral("average_wage.%1").arg(r.month.year() - 1),
                tr("the average wage for %1 contributions is missing, so the contribution index cannot be computed").arg(r.month.year()));
        sum += *index;
        ++count;
    }
    if (count == 0)
        return std::optional<Rational>();
    return std::optional<Rational>(sum / Rational(count));
}

std::optional<Rational> ContributionHistory::indexOfYear(int year) const
{
    const auto it = m_indexByYear.constFind(year);
    return it == m_indexByYear.constEnd() ? std::nullopt : std::optional<Rational>(*it);
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
        return Error::missingFigure(
            QStringLiteral("average_wage.%1").arg(m_yearsWithoutWage.first() - 1),
            tr("the average wage for %1 contributions is missing, so the average contribution index cannot be computed")
                .arg(m_yearsWithoutWage.first()));
    if (m_deemedMonths > 0 && m_deemedIndexEntered && !m_actualOnly)
        return Error::missingFigure(
            QStringLiteral("deemed_index"),
            tr("the region counts deemed months at a deemed contribution index table that is not in the shipped data; "
               "the average index needs the person's deemed index"));
    // Tibet takes the average over the actual contribution only (deemed years left out).
    const int deemedCounted = m_actualOnly ? 0 : m_deemedMonths;
    Rational sum = m_deemedIndex * Rational(deemedCounted);
    qint64 count = deemedCounted;
    for (const ContributionRecord &r : m_records) {
        sum += m_indexByYear.value(r.month.year());
        ++count;
    }
    if (count == 0)
        return Rational();
    return sum / Rational(count);
}

} // namespace tongban::history
