#include "historyyears.h"

namespace tongban::pension {

HistoryYears::HistoryYears(const history::ContributionHistory &history, int deemedMonths)
    : m_deemedMonths(deemedMonths)
{
    for (const insured::ContributionRecord &r : history.records()) {
        Year &f = m_years[r.month.year()];
        ++f.records;
        if (!f.firstMonth.isValid() || r.month < f.firstMonth)
            f.firstMonth = r.month;
        if (!f.lastMonth.isValid() || r.month > f.lastMonth)
            f.lastMonth = r.month;
    }
    for (const history::YearSummary &y : history.years()) {
        if (y.monthsPaid == 0 && y.creditsValueAtAsOf.isZero())
            continue;
        Year &f = m_years[y.year];
        f.index = y.index.value_or(Rational());
        f.creditsValue = y.creditsValueAtAsOf;
        f.credited = y.accountCredited;
        f.inOpeningBalance = !y.reconstructed;
        f.kinds = y.kinds;
    }
    m_totalMonths = m_deemedMonths;
    for (const Year &f : std::as_const(m_years))
        m_totalMonths += Rational(f.records);
}

Rational HistoryYears::indexShare(const Year &year) const
{
    return m_totalMonths.isZero() ? Rational() : year.index * Rational(year.records) / m_totalMonths;
}

Rational HistoryYears::deemedShare(const Rational &deemedIndex) const
{
    return m_totalMonths.isZero() ? Rational() : deemedIndex * m_deemedMonths / m_totalMonths;
}

} // namespace tongban::pension
