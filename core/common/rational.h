#pragma once

#include <QCoreApplication>
#include <QString>

#include <compare>
#include <optional>

namespace tongban {

__extension__ typedef __int128 Int128;

/// How a value is brought to a fixed number of decimals. Every rounding in the
/// project names one of these; none happens implicitly.
enum class RoundingMode {
    HalfUp, ///< to nearest, ties away from zero (四舍五入)
    Truncate, ///< towards zero (舍去)
    Ceiling, ///< towards +infinity (进位)
};

/// An exact rational number: numerator / denominator, always reduced, denominator > 0.
///
/// Money, indices, years and coefficients meet in one formula (e.g. base × (1 + index) / 2 ×
/// months / 12 × 1%); carrying them as exact fractions and rounding once, with a stated rule,
/// is what makes a result reproduce an official sheet to the fen. Binary floating point is
/// never used. Values are held in 128-bit integers; an operation whose reduced result does
/// not fit is a programming error and aborts (the domain's magnitudes are far below it).
class Rational
{
    Q_DECLARE_TR_FUNCTIONS(tongban::Rational)

public:
    /// Zero.
    constexpr Rational() = default;
    /// The integer @p value.
    constexpr Rational(qint64 value) // NOLINT: implicit by design, an integer is a rational
        : m_num(value)
    { }
    /// @p numerator / @p denominator; @p denominator must not be 0.
    Rational(Int128 numerator, Int128 denominator);

    /// Parses a plain decimal ("12", "-0.4787", "8917.00"). No exponent, no grouping.
    /// Returns std::nullopt when @p text is not such a number.
    static std::optional<Rational> fromDecimalString(QStringView text);

    /// A value read from JSON, where numbers arrive as doubles: the shortest decimal that
    /// round-trips to @p value (what was written in the file, for up to 15 significant digits)
    /// is taken exactly. Returns std::nullopt for NaN or infinity.
    static std::optional<Rational> fromJsonDouble(double value);

    Int128 numerator() const { return m_num; }
    Int128 denominator() const { return m_den; }
    bool isInteger() const { return m_den == 1; }
    bool isZero() const { return m_num == 0; }
    bool isNegative() const { return m_num < 0; }

    /// This value rounded to @p decimals places (0..12) with @p mode.
    Rational rounded(int decimals, RoundingMode mode) const;
    /// This value rounded to an integer with @p mode.
    Int128 toInteger(RoundingMode mode) const;

    /// Decimal text with exactly @p decimals places, rounded half-up (display only).
    QString toString(int decimals) const;
    /// Decimal text with at most @p maxDecimals places, trailing zeros removed, rounded
    /// half-up (display only: "0.012", "25.3333").
    QString toShortString(int maxDecimals = 6) const;
    /// The nearest double, for JSON output of a value already rounded to its decimals.
    double toDouble() const;

    friend Rational operator+(const Rational &a, const Rational &b);
    friend Rational operator-(const Rational &a, const Rational &b);
    friend Rational operator*(const Rational &a, const Rational &b);
    /// Division; @p b must not be zero.
    friend Rational operator/(const Rational &a, const Rational &b);
    Rational operator-() const;
    Rational &operator+=(const Rational &o) { return *this = *this + o; }
    Rational &operator-=(const Rational &o) { return *this = *this - o; }
    Rational &operator*=(const Rational &o) { return *this = *this * o; }

    friend bool operator==(const Rational &a, const Rational &b) = default;
    friend std::strong_ordering operator<=>(const Rational &a, const Rational &b);

private:
    void normalize();

    Int128 m_num = 0;
    Int128 m_den = 1;
};

} // namespace tongban
