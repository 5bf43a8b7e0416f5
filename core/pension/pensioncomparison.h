#pragma once

#include "history/contributionhistory.h"
#include "pensioncase.h"
#include "pensionresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tongban::pension {

struct SideFigures;

/// One side of a comparison: a person (or a scenario of one person) with the case, its result
/// and, when it was built from stored records, the contribution history behind it.
struct ComparisonSide
{
    QString label; ///< "王建国", "retire in 2027-03", …
    PensionCase pensionCase;
    PensionResult result;
    std::optional<history::ContributionHistory> history;
};

/// A figure of both sides, shown next to each other (index, years, balance, …), as text.
struct ComparedFigure
{
    QString key; ///< "average_index", "contribution_years", "account_balance", …
    QString label; ///< translated
    QString a;
    QString b;
    /// b − a as shown beside them, signed ("+0.0882", "−22,662.82", "+3 months", "0"); for
    /// months paid / deemed each part ("+12 / −12"). Display only: the amounts of the
    /// comparison are in components and causes.
    QString difference;
};

/// A component of the monthly pension on both sides; difference = b − a (fen).
struct ComponentDifference
{
    QString key; ///< "basic_pension", "individual_account_pension", "transitional_pension", "supplements", "total"
    QString label; ///< translated
    Money a;
    Money b;
    Money difference() const { return b - a; }
};

/// One cause of the difference and how much of each component it explains (b − a, fen).
/// The causes of a comparison add up, component by component, to the differences.
struct DifferenceCause
{
    /// "calculation_base", "contribution_years", "period.2003-2009", "deemed_service", "average_index",
    /// "payout_months", "account_balance", "opening_balance", "transitional_pension", "supplements",
    /// "rounding"
    QString key;
    QString label; ///< short, translated: "2003–2009", "Contribution years"
    QString explanation; ///< both sides' figures in plain words
    std::optional<YearMonth> from; ///< for a period of the careers
    std::optional<YearMonth> to;
    Money basicPension;
    Money individualAccountPension;
    Money transitionalPension;
    Money supplements;
    Money totalRounding; ///< a region's rounding of the total (Shanghai: up to 0.1)
    Money total() const { return basicPension + individualAccountPension + transitionalPension + supplements + totalRounding; }
};

/// Two pensions side by side: both figures, the difference per component, and its causes.
struct PensionComparison
{
    QString labelA;
    QString labelB;
    QList<ComparedFigure> figures;
    QList<ComponentDifference> components; ///< basic, account, transitional, supplements, total
    QList<DifferenceCause> causes; ///< in reading order: base, years, periods, deemed, payout months, …, rounding
    Money difference; ///< total of b − total of a
};

/// Explains why two monthly pensions differ (国发〔2005〕38号 formula):
///
///   basic   B = (C + C′ × I) / 2 × N × 1 %   account  A = balance / M
///
/// The difference of B is split in a fixed order — calculation base C (and C′), then years N
/// (at side a's index), then index I (at side b's base and years) — so that the parts add up
/// exactly. With both histories the index part is split further by the years that make up the
/// index: year y adds idx_b,y × n_b,y / T_b − idx_a,y × n_a,y / T_a (n months counted, T all
/// months incl. deemed), deemed service likewise; consecutive years paid the same way on each
/// side form one period ("2003–2009: employee against flexibly employed"). The difference of
/// A is split into payout months (at side a's balance) and balance (at side b's months); the
/// balance by the years whose credits built it (ContributionHistory's value of each year at
/// retirement). Years inside an opening balance (the legacy ledger, one sum) share its
/// difference by their difference in credits when those all point one way; else the opening
/// balance is a cause of its own. Transitional pension and supplements are one cause each. Each part is rounded
/// half-up to the fen; what the rounding of the parts and of the sheets leaves is the
/// "rounding" cause, so every component's causes add up to its difference exactly.
class PensionComparer
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::PensionComparer)

public:
    /// Compares @p a with @p b (differences are b − a, in fen). Sides without a history are
    /// explained by their overall figures only (index, balance). Never fails: both results
    /// are already computed.
    static PensionComparison compare(const ComparisonSide &a, const ComparisonSide &b);

private:
    /// Both sides' figures as text, in the order of the screen.
    static QList<ComparedFigure> comparedFigures(const ComparisonSide &a, const ComparisonSide &b, const SideFigures &fa,
                                                 const SideFigures &fb);
    /// The components of both sides: basic, account, transitional, supplements, total.
    static QList<ComponentDifference> componentDifferences(const ComparisonSide &a, const ComparisonSide &b);
    /// Causes in the basic pension: calculation base, contribution years and, unless
    /// @p byYears (both histories: HistoryCauses explains it), the average index.
    static QList<DifferenceCause> basicPensionCauses(const ComparisonSide &a, const ComparisonSide &b, const SideFigures &fa,
                                                     const SideFigures &fb, bool byYears);
    /// Causes in the account pension: unless @p byYears (both histories: HistoryCauses explains
    /// it), the balance; then the payout months.
    static QList<DifferenceCause> accountPensionCauses(const ComparisonSide &a, const ComparisonSide &b, const SideFigures &fa,
                                                       const SideFigures &fb, bool byYears);
    /// Transitional pension and supplements, one cause each, as the results give them.
    static QList<DifferenceCause> otherComponentCauses(const ComparisonSide &a, const ComparisonSide &b);
    /// What the roundings leave of each component's difference after the @p explained causes
    /// (and of the regions' rounding of the total); none when nothing is left.
    static std::optional<DifferenceCause> roundingCause(const ComparisonSide &a, const ComparisonSide &b,
                                                        const QList<DifferenceCause> &explained);
};

} // namespace tongban::pension
