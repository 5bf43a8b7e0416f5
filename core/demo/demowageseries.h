#pragma once

#include "common/money.h"
#include "policy/regionparameters.h"

#include <QMap>

namespace tongban::demo {

/// The yearly average wage the demo generator builds contribution bases on: for contribution
/// year Y, the wage that divides Y's bases (RegionParameters::averageWageFor(Y), CNY a month).
///
/// SYNTHETIC WHERE THE DATA IS MISSING. For a year with a shipped figure that figure is used
/// unchanged. For a year the shipped
/// data lacks, the demo — and only the demo — uses a made-up series, flagged @c synthetic:
///  - before the earliest shipped year: the earliest figure shrunk by a fixed 10 % a year
///    (w(y) = w(y + 1) / 1.1, half-up to the fen each step);
///  - after the latest shipped year, or in a hole between shipped years: the figure of the
///    nearest earlier shipped year carried forward unchanged;
///  - a region with no shipped figure at all: anchored at syntheticAnchorWage() for
///    syntheticAnchorYear(), then as above.
/// None of these synthetic figures is a published statistic; they exist so that demo careers
/// reaching back to the 1990s have plausible bases. Nothing outside core/demo may use them.
class DemoWageSeries
{
public:
    /// A year's wage: CNY per month, and whether it is synthetic (not in the shipped data).
    struct Wage
    {
        Money monthly;
        bool synthetic = false;
    };

    /// The series for @p region (province-level parameters).
    explicit DemoWageSeries(const policy::RegionParameters &region);

    /// The monthly average wage for contributions of calendar @p year as described above.
    Wage wageFor(int year) const;

    /// Backward growth of the synthetic series: 10 % a year (a demo assumption, not policy).
    static Rational syntheticYearlyGrowth() { return Rational(11, 10); }
    /// Anchor year of a region without any shipped wage.
    static int syntheticAnchorYear() { return 2024; }
    /// Anchor wage of a region without any shipped wage: 9,000.00 CNY a month (synthetic).
    static Money syntheticAnchorWage() { return Money::fromFen(900000); }

    /// Contribution years probed for shipped figures.
    static constexpr int kFirstYear = 1950;
    static constexpr int kLastYear = 2100;

private:
    QMap<int, Money> m_shipped;
};

} // namespace tongban::demo
