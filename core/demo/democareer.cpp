#include "democareer.h"

#include "retirement/retirementrule.h"

#include <algorithm>

namespace tongban::demo {

using insured::ContributionKind;
using insured::ContributionRecord;
using insured::RetirementGroup;

namespace {

const YearMonth kLastDemoMonth(2025, 12);

} // namespace

DemoCareer::DemoCareer(const DemoFigures &figures)
    : m_figures(&figures)
    , m_openingBalance(figures.parameters())
{ }

DemoCareer::Start DemoCareer::splitDeemed(YearMonth workStart, YearMonth deemedUntil)
{
    if (workStart > deemedUntil)
        return {0, workStart};
    return {workStart.monthsTo(deemedUntil) + 1, deemedUntil.addMonths(1)};
}

YearMonth DemoCareer::lastRecordMonth(QDate birth, RetirementGroup group) const
{
    const auto statutory = retirement::RetirementRule::statutory(YearMonth::fromDate(birth), group, m_figures->parameters());
    YearMonth retirement;
    if (statutory) {
        retirement = statutory->statutoryRetirement;
    } else {
        const int ageMonths = group == RetirementGroup::Male ? 720 : group == RetirementGroup::Female55 ? 660 : 600;
        retirement = YearMonth::fromDate(birth).addMonths(ageMonths);
    }
    return std::min(retirement.addMonths(-1), kLastDemoMonth);
}

ContributionRecord DemoCareer::record(const QString &regionCode, YearMonth month, const DemoMonthPlan &plan, const Rational &index) const
{
    const Money wage = m_figures->wage(regionCode, month.year());
    const Money floor = Money::fromYuan(wage.yuan() * m_figures->baseFloor(), RoundingMode::HalfUp);
    const Money ceiling = Money::fromYuan(wage.yuan() * m_figures->baseCeiling(), RoundingMode::HalfUp);
    ContributionRecord r;
    r.month = month;
    r.region = regionCode;
    if (plan.status == DemoMonthPlan::Status::Flexible) {
        r.kind = ContributionKind::Flexible;
        r.base = floor;
        r.personalAmount = Money::fromYuan(floor.yuan() * m_figures->flexibleTotalRate(), RoundingMode::HalfUp);
        return r;
    }
    r.kind = ContributionKind::Employee;
    r.employerId = plan.employerId;
    r.base = std::clamp(Money::fromYuan(wage.yuan() * index, RoundingMode::HalfUp), floor, ceiling);
    r.employerAmount = Money::fromYuan(r.base.yuan() * m_figures->employerRate(month), RoundingMode::HalfUp);
    r.personalAmount = Money::fromYuan(r.base.yuan() * m_figures->personalRate(), RoundingMode::HalfUp);
    return r;
}

DemoPerson DemoCareer::build(insured::InsuredPerson person, YearMonth from, const QList<DemoMonthPlan> &plan,
                             const QMap<int, Rational> &indexByYear) const
{
    DemoPerson g;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        if (plan.at(i).status == DemoMonthPlan::Status::Gap)
            continue;
        const YearMonth month = from.addMonths(int(i));
        g.records.append(record(person.region, month, plan.at(i), indexByYear.value(month.year(), Rational(1))));
    }
    if (DemoOpeningBalance::appliesTo(person.firstWorkDate)) {
        person.accountOpeningBalance = m_openingBalance.of(g.records);
        person.accountOpeningMonth = DemoOpeningBalance::month();
    }
    g.person = std::move(person);
    return g;
}

} // namespace tongban::demo
