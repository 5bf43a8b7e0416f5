#pragma once

#include "money.h"
#include "rational.h"

#include <QString>

namespace tongban {

/// Numbers as the screen and the paper show them in a calculation's text: the whole part grouped
/// by thousands with commas ("12,426.35"). The one formatter of the figures in core's formula
/// texts (the pension breakdown, the transitional pension, the add-ons, the projection), so that
/// a formula reads like the value beside it (Money::toDisplayString groups the same way).
class NumberText
{
public:
    /// @p amount in CNY with two decimals, grouped: "12,426.35", "-3.10", "0.00".
    static QString amount(const Money &amount);
    /// @p value with at most @p maxDecimals decimals, trailing zeros dropped
    /// (Rational::toShortString), grouped: "12,426.354321", "1.2345", "139".
    static QString number(const Rational &value, int maxDecimals = 6);
    /// @p plain (a decimal as "12426.35", "-1234", "0.5") with the digits of its whole part
    /// grouped by thousands; anything that is not such a decimal comes back unchanged.
    static QString grouped(const QString &plain);
    /// @p text with the grouping commas of its numbers taken out ("12,426.35 × 1.2" →
    /// "12426.35 × 1.2"): a text written before figures were grouped compares equal to the same
    /// text written after.
    static QString withoutGrouping(const QString &text);
};

} // namespace tongban
