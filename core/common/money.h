#pragma once

#include "rational.h"

#include <QString>

#include <compare>
#include <optional>

namespace tongban {

/// An amount of Chinese yuan held exactly as an integer number of fen (分, 0.01 CNY).
///
/// Arithmetic that can produce fractions of a fen (rates, divisions) is done in Rational and
/// brought back with fromYuan(), which always names its RoundingMode.
class Money
{
public:
    constexpr Money() = default;
    /// @p fen fen (1 CNY = 100 fen).
    static constexpr Money fromFen(qint64 fen)
    {
        Money m;
        m.m_fen = fen;
        return m;
    }
    /// An exact amount of yuan rounded to the fen by @p mode.
    static Money fromYuan(const Rational &yuan, RoundingMode mode);
    /// Parses "1234", "1234.5", "1234.56" (CNY, optional sign, at most two decimals;
    /// grouping commas and a leading ¥ are accepted). std::nullopt for anything else,
    /// including a third decimal: an amount is never silently rounded on input.
    static std::optional<Money> parse(QStringView text);
    /// An amount given as a JSON number (a double): exact when it has at most two decimals,
    /// std::nullopt otherwise (see Rational::fromJsonDouble).
    static std::optional<Money> fromJsonDouble(double yuan);

    constexpr qint64 fen() const { return m_fen; }
    /// The exact amount in yuan.
    Rational yuan() const { return Rational(m_fen, 100); }
    bool isZero() const { return m_fen == 0; }

    /// "2856.87" — CNY with two decimals, no grouping (for files and JSON).
    QString toPlainString() const;
    /// "2,856.87" — CNY with grouping, for the screen and print.
    QString toDisplayString() const;
    /// The amount as a JSON number in CNY (exact for amounts below 2^53 fen).
    double toJsonDouble() const;

    constexpr Money operator+(Money o) const { return fromFen(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return fromFen(m_fen - o.m_fen); }
    constexpr Money &operator+=(Money o)
    {
        m_fen += o.m_fen;
        return *this;
    }
    constexpr Money &operator-=(Money o)
    {
        m_fen -= o.m_fen;
        return *this;
    }
    constexpr Money operator-() const { return fromFen(-m_fen); }
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    qint64 m_fen = 0;
};

} // namespace tongban
