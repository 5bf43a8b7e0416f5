#pragma once

#include "common/money.h"
#include "common/rational.h"
#include "common/yearmonth.h"
#include "history/contributionhistory.h"
#include "insured/contributionrecord.h"

#include <QList>
#include <QMap>

namespace tongban::pension {

/// One side's contribution history read year by year, as PensionComparer explains a
/// difference with it: the months each year counts in the average index, its index, its
/// credits and what they are worth at retirement, and how it was paid.
class HistoryYears
{
public:
    /// A year of the history.
    struct Year
    {
        int records = 0; ///< months counted in the average index (one per record)
        Rational index; ///< that year's index (0 when the year has none)
        Rational creditsValue; ///< the year's credits as worth at retirement, CNY
        Money credited; ///< credited in the year (before interest)
        bool inOpeningBalance = false; ///< the year is covered by the opening (legacy ledger) balance
        YearMonth firstMonth; ///< first and last month paid in the year (invalid when none)
        YearMonth lastMonth;
        QList<insured::ContributionKind> kinds; ///< kinds paid, employee first (empty: nothing paid)
    };

    /// The years of @p history (years with records, and years of ContributionHistory::years()
    /// with months paid or credits) of a case with @p deemedMonths of deemed service.
    HistoryYears(const history::ContributionHistory &history, int deemedMonths);

    /// The years by calendar year.
    const QMap<int, Year> &years() const { return m_years; }
    /// Calendar year @p year; an empty Year (nothing paid) when the history has none.
    Year year(int year) const { return m_years.value(year); }

    /// Months in the average index: deemed months plus one a record.
    const Rational &totalMonths() const { return m_totalMonths; }
    /// What @p year adds to the average index: index × its months / totalMonths() (0 when
    /// there are no months at all).
    Rational indexShare(const Year &year) const;
    /// What the deemed service adds to the average index: @p deemedIndex × deemed months /
    /// totalMonths() (0 when there are no months at all).
    Rational deemedShare(const Rational &deemedIndex) const;

private:
    QMap<int, Year> m_years;
    Rational m_deemedMonths;
    Rational m_totalMonths;
};

} // namespace tongban::pension
