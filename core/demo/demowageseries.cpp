#include "demowageseries.h"

#include <iterator>

namespace tongban::demo {

DemoWageSeries::DemoWageSeries(const policy::RegionParameters &region)
{
    // Only through averageWageFor(), which knows the region's convention (the contribution year's
    // denominator is an earlier statistic year).
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        if (const auto wage = region.averageWageFor(year); wage && !wage->value.isZero())
            m_shipped.insert(year, Money::fromYuan(wage->value, RoundingMode::HalfUp));
    }
}

DemoWageSeries::Wage DemoWageSeries::wageFor(int year) const
{
    if (const auto it = m_shipped.constFind(year); it != m_shipped.constEnd())
        return {*it, false};
    int anchorYear = syntheticAnchorYear();
    Money anchor = syntheticAnchorWage();
    if (!m_shipped.isEmpty()) {
        if (year > m_shipped.firstKey()) // after the latest, or a hole: the figure of the year before
            return {std::prev(m_shipped.lowerBound(year)).value(), true};
        anchorYear = m_shipped.firstKey();
        anchor = m_shipped.first();
    }
    if (year >= anchorYear)
        return {anchor, true};
    Money w = anchor;
    for (int y = anchorYear; y > year; --y)
        w = Money::fromYuan(w.yuan() / syntheticYearlyGrowth(), RoundingMode::HalfUp);
    return {w, true};
}

} // namespace tongban::demo
