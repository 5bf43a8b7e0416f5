#pragma once

#include "common/rational.h"
#include "historyyears.h"
#include "pensioncomparison.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tongban::pension {

/// The causes PensionComparer names when both sides have a contribution history: the periods
/// of consecutive years paid the same way on each side, deemed service, and the opening
/// (legacy ledger) balance where it is not shared out over its years. See PensionComparer for
/// how the index and the balance are split.
class HistoryCauses
{
    // The texts keep the translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::PensionComparer)

public:
    /// Causes for @p a against @p b (both with a history; they must outlive this); B changes by
    /// @p perIndex (CNY a month) per unit of index, and the account is divided by
    /// @p payoutMonths (side b's months).
    HistoryCauses(const ComparisonSide &a, const ComparisonSide &b, const Rational &perIndex, const Rational &payoutMonths);

    /// In reading order: one "period.<from>[-<to>]" cause per period (basic and account
    /// pension, fen), then "deemed_service" (basic) when the deemed months or their share of the
    /// index differ, then "opening_balance" (account) when the opening balances differ and that
    /// difference was not shared out over the years.
    QList<DifferenceCause> causes() const;

private:
    /// Years with anything in either history, ascending.
    static QList<int> unionOfYears(const HistoryYears &a, const HistoryYears &b);
    /// The difference of the opening balances shared out over the years inside them by their
    /// difference in credits (CNY to 6 decimals), when those all point one way; else empty.
    QMap<int, Rational> openingShares() const;
    /// Positions in m_years of each period: consecutive years with the same kinds paid on
    /// each side.
    QList<std::pair<qsizetype, qsizetype>> periods() const;
    /// The cause of the years at positions @p first…@p last of m_years.
    DifferenceCause periodCause(qsizetype first, qsizetype last) const;
    std::optional<DifferenceCause> deemedServiceCause() const;
    std::optional<DifferenceCause> openingBalanceCause() const;

    /// How a year was paid on both sides, for telling periods apart.
    QString signature(int year) const;
    static QString kindsText(const QList<insured::ContributionKind> &kinds);
    static QString sideText(const QList<insured::ContributionKind> &kinds, int records, const Rational &weighted, Money credited);
    static QString yearsLabel(int from, int to);

    const ComparisonSide *m_a = nullptr;
    const ComparisonSide *m_b = nullptr;
    Rational m_perIndex;
    Rational m_payoutMonths;
    HistoryYears m_yearsA;
    HistoryYears m_yearsB;
    QList<int> m_years;
    Rational m_openingDifference; ///< b's opening balance − a's, as worth at retirement (CNY)
    QMap<int, Rational> m_openingShare;
};

} // namespace tongban::pension
