#pragma once

#include <QDate>
#include <QString>

#include <compare>
#include <optional>

namespace tongban {

/// A calendar month ("2025-12"): the unit of contribution records, retirement and ages.
/// Months are counted with integer arithmetic, never derived from day counts.
class YearMonth
{
public:
    constexpr YearMonth() = default;
    /// @p year (1..9999) and @p month (1..12); isValid() is false outside those ranges.
    constexpr YearMonth(int year, int month)
        : m_year(year)
        , m_month(month)
    { }
    /// The month of @p date.
    static YearMonth fromDate(QDate date) { return {date.year(), date.month()}; }
    /// Parses "YYYY-MM"; std::nullopt for anything else (including month 13).
    static std::optional<YearMonth> parse(QStringView text);

    constexpr int year() const { return m_year; }
    constexpr int month() const { return m_month; }
    constexpr bool isValid() const { return m_year >= 1 && m_year <= 9999 && m_month >= 1 && m_month <= 12; }

    /// Months since year 0 month 1; a total order and the basis of month arithmetic.
    constexpr int ordinal() const { return m_year * 12 + (m_month - 1); }
    static constexpr YearMonth fromOrdinal(int ordinal) { return {ordinal / 12, ordinal % 12 + 1}; }

    /// This month moved by @p months (may be negative).
    constexpr YearMonth addMonths(int months) const { return fromOrdinal(ordinal() + months); }
    /// Number of months from this month to @p later (later − this; negative if earlier).
    constexpr int monthsTo(YearMonth later) const { return later.ordinal() - ordinal(); }

    /// The first day of the month.
    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    /// The last day of the month.
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }

    /// "YYYY-MM".
    QString toString() const;

    friend constexpr bool operator==(YearMonth a, YearMonth b) = default;
    friend constexpr auto operator<=>(YearMonth a, YearMonth b) { return a.ordinal() <=> b.ordinal(); }

private:
    int m_year = 0;
    int m_month = 0;
};

/// An age or a span given in whole years and months (60 years 3 months).
struct YearsMonths
{
    int years = 0;
    int months = 0;

    static constexpr YearsMonths fromMonths(int total) { return {total / 12, total % 12}; }
    constexpr int totalMonths() const { return years * 12 + months; }
    friend constexpr bool operator==(YearsMonths a, YearsMonths b) = default;
};

} // namespace tongban
