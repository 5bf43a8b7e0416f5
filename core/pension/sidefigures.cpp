#include "sidefigures.h"

#include "pensioncomparison.h"

namespace tongban::pension {

SideFigures SideFigures::of(const ComparisonSide &side)
{
    SideFigures f;
    f.base = side.result.calculationBase.yuan();
    f.indexedBase = side.pensionCase.indexedWageBase.value_or(side.result.calculationBase).yuan();
    f.index = side.pensionCase.indexedWage && !f.indexedBase.isZero() ? side.pensionCase.indexedWage->yuan() / f.indexedBase
                                                                      : side.pensionCase.averageIndex;
    f.years = side.result.contributionYears;
    f.balance = side.pensionCase.accountBalance.yuan();
    f.payoutMonths = side.result.payoutMonths;
    return f;
}

Rational SideFigures::basicExact(const Rational &base, const Rational &indexedBase, const Rational &index, const Rational &years)
{
    return (base + indexedBase * index) / Rational(2) * years / Rational(100);
}

Rational SideFigures::basicPerIndex() const
{
    return indexedBase / Rational(2) * years / Rational(100);
}

} // namespace tongban::pension
