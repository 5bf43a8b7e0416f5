#pragma once

#include "common/error.h"
#include "common/money.h"
#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace tongban::history {

/// One calendar year of a contribution history, as an expert reads it to a visitor.
struct YearSummary
{
    int year = 0;
    int monthsPaid = 0;
    Money averageBase; ///< mean monthly base, half-up to the fen
    std::optional<policy::SourcedFigure> averageWage; ///< the year's reference average wage (CNY/month)
    std::optional<Rational> index; ///< mean base / the year's average wage, half-up to 4 decimals
    QList<insured::ContributionKind> kinds; ///< kinds paid in the year, employee first
    int gapMonths = 0; ///< months of the year inside the career span with no record
    Money accountCredited; ///< credited to the individual account in the year (base × credit rate, each month half-up to the fen)
    Money interest; ///< interest credited for the year (see ContributionHistory::build)
    Money balanceAtYearEnd; ///< individual account balance at the end of the year (or at asOf)
    bool reconstructed = false; ///< false for years covered by the opening balance
    /// What this year's credits are worth at asOf, CNY to 6 decimals: each credit with its
    /// interest in its own year and every later year's full-balance interest, before the yearly
    /// rounding to the fen. Summed over the years (plus HistoryTotals::openingValueAtAsOf) it equals the
    /// balance up to that rounding; it attributes the balance to the years that built it.
    Rational creditsValueAtAsOf;
    bool assumedWage = false; ///< the average wage is an assumption (HistoryAssumptions), not published
    bool assumedRate = false; ///< the crediting rate is an assumption, not published
};

/// Figures a projection assumes where the data has none (a future year). Each use is listed in
/// HistoryTotals::assumptions, so that an expert can read every assumption out.
struct HistoryAssumptions
{
    /// 记账利率 (fraction, e.g. 0.0262) for a year whose rate is not published.
    std::optional<Rational> creditingRate;
    /// A year without a published average wage divides by the latest published one (wages are
    /// assumed not to grow); without this such a year has no index (a missing figure).
    bool holdLatestAverageWage = false;
};

/// Totals over the whole history.
struct HistoryTotals
{
    int actualMonths = 0; ///< months with a record (实际缴费月数)
    int deemedMonths = 0; ///< 视同缴费月数 from the person
    int gapMonths = 0; ///< months without a record between the first and the last record
    Money accountBalance; ///< individual account balance at balanceAsOf
    YearMonth balanceAsOf; ///< last month included in the balance
    std::optional<Rational> averageIndex; ///< over actual and deemed months; absent when a figure is missing
    QStringList missingFigures; ///< plain-language names of figures the data lacks (average wage 1994, crediting rate 2025, ...)
    QStringList assumptions; ///< figures taken from HistoryAssumptions, one sentence each
    Rational openingValueAtAsOf; ///< the opening (legacy ledger) balance with its interest to asOf, CNY to 6 decimals
};

/// A person's monthly contribution records summarised per year, with the individual account
/// reconstructed from them.
///
/// Account convention (stated because provinces differ and the research rates it LOW–MEDIUM):
/// interest is credited per calendar year at that year's 记账利率 r. The balance carried into
/// the year earns r for the whole year; a month's credit earns simple interest r × (12 − m) / 12,
/// where m is its month number (a December credit earns nothing in its own year). In the year of
/// asOf only the months up to asOf count: the carried balance earns r × M / 12 and each credit
/// r × (M − m) / 12, M = asOf's month. Each year's interest is rounded half-up to the fen.
/// A year whose rate is not published earns no interest and is listed in missingFigures.
/// Years up to the opening balance's month are not reconstructed: the opening balance (carried
/// over from the legacy ledger) stands for them.
class ContributionHistory
{
    Q_DECLARE_TR_FUNCTIONS(tongban::history::ContributionHistory)

public:
    /// Builds the summary of @p person's @p records (any order; one per month and kind) up to
    /// and including @p asOf, with the figures of @p parameters for the person's region (the
    /// average wages of the person's city where the region's data has the city's own). A region
    /// without a rule set in the data still gives the history — months, bases, gaps and the
    /// account (national rates) — with the indices missing and the rule set named first in
    /// HistoryTotals::missingFigures. Error: BadInput when two records of the same kind fall in
    /// one month ("records[month]").
    /// Sources: 国发〔1997〕26号 (11% credit), 国发〔2005〕38号 (8% credit), 人社部发〔2017〕31号
    /// (national crediting rate).
    /// @p assumptions fill figures the data lacks (see HistoryAssumptions); by default none.
    static Result<ContributionHistory> build(const insured::InsuredPerson &person, QList<insured::ContributionRecord> records,
                                             const policy::ParameterSet &parameters, YearMonth asOf,
                                             const HistoryAssumptions &assumptions = {});

    const QList<YearSummary> &years() const { return m_years; }
    const HistoryTotals &totals() const { return m_totals; }
    /// The records, sorted by month.
    const QList<insured::ContributionRecord> &records() const { return m_records; }

    /// Average index over actual months in [@p from, @p to] (each month at its year's index), or
    /// std::nullopt when there are none. Error (MissingFigure) when a year's average wage is
    /// missing.
    Result<std::optional<Rational>> averageIndexBetween(YearMonth from, YearMonth to) const;
    /// Months with a record in [@p from, @p to].
    int actualMonthsBetween(YearMonth from, YearMonth to) const;

    /// The average contribution index over actual and deemed months: each month at its year's
    /// index (4 decimals), deemed months at the region's deemed index (京劳社养发〔2007〕31号 for
    /// Beijing), the mean exact; over actual months only where the region's
    /// pension.average_index_basis is "actual-only" (Tibet). Error (MissingFigure) naming the
    /// first year without an average wage.
    Result<Rational> averageIndex() const;
    /// The yearly index (half-up to 4 decimals) of calendar @p year, when the year has records
    /// and an average wage.
    std::optional<Rational> indexOfYear(int year) const;
    /// The region's deemed index the average counts deemed months at.
    Rational deemedIndex() const { return m_deemedIndex; }

private:
    QList<insured::ContributionRecord> m_records;
    QList<YearSummary> m_years;
    HistoryTotals m_totals;
    QMap<int, Rational> m_indexByYear; ///< yearly index, half-up to 4 decimals
    QList<int> m_yearsWithoutWage;
    Rational m_deemedIndex;
    bool m_deemedIndexEntered = false; ///< the region's deemed index is a table not in the data (Guangdong)
    bool m_actualOnly = false; ///< the average index leaves the deemed months out (Tibet)
    int m_deemedMonths = 0;
};

} // namespace tongban::history
