#pragma once

#include "common/rational.h"

namespace tongban::pension {

struct ComparisonSide;

/// What one side contributes to a comparison (PensionComparer), taken from its case and
/// result: the terms of the 国发〔2005〕38号 formula
///
///   basic   B = (C + C′ × I) / 2 × N × 1 %   account  A = balance / M
///
/// as the calculation used them. Amounts in CNY (exact), years and months as counted.
struct SideFigures
{
    Rational base; ///< C, CNY a month
    Rational indexedBase; ///< C′, CNY a month (C where the region has no separate one)
    Rational index; ///< I as the formula used it
    Rational years; ///< N after rounding
    Rational balance; ///< individual account balance at retirement, CNY
    Rational payoutMonths; ///< M

    /// The figures of @p side: C from the result, C′ from the case (else C), I as indexed wage
    /// / C′ where the case has an indexed wage (else its average index), N and M from the
    /// result, the balance from the case.
    static SideFigures of(const ComparisonSide &side);

    /// B* = (@p base + @p indexedBase × @p index) / 2 × @p years / 100, unrounded (CNY a month).
    static Rational basicExact(const Rational &base, const Rational &indexedBase, const Rational &index, const Rational &years);

    /// How much B changes per unit of index at these base and years: C′ / 2 × N / 100 (CNY a
    /// month).
    Rational basicPerIndex() const;
};

} // namespace tongban::pension
