#include "demorandompersons.h"

#include "democolleagues.h"
#include "demoids.h"
#include "demonames.h"
#include "demoplaces.h"

#include <algorithm>

namespace tongban::demo {

using insured::InsuredPerson;
using insured::Sex;
using Status = DemoMonthPlan::Status;

DemoRandomPersons::DemoRandomPersons(DemoRandom &random, const DemoCareer &career, const DemoEmployers &employers,
                                     QSet<QString> usedCitizenIds)
    : m_random(&random)
    , m_traits(random)
    , m_career(&career)
    , m_employers(&employers)
    , m_usedCitizenIds(std::move(usedCitizenIds))
{ }

std::optional<DemoPerson> DemoRandomPersons::next()
{
    InsuredPerson p;
    p.sex = m_traits.sex();
    const bool male = p.sex == Sex::Male;
    if (m_random->percent(6)) {
        // The father's name is drawn before the given name: the order the demo files have
        // always been made in (see DemoRandom).
        const QString &father = m_random->pick(DemoNames::minorityFatherNames());
        p.name = m_random->pick(male ? DemoNames::minorityMaleGiven() : DemoNames::minorityFemaleGiven()) + QStringLiteral("·") + father;
    } else {
        p.name = m_traits.hanName(male);
    }
    if (DemoColleagues::hasColleagueName(p.name))
        return std::nullopt;
    p.birthDate = m_traits.birthDate(1955, 1990);
    p.retirementGroup = m_traits.retirementGroup(male);
    const bool beijing = m_random->percent(55);
    p.region = m_random->pick(beijing ? DemoPlaces::beijing() : DemoPlaces::jiangsu()).code;
    p.citizenId = m_traits.uniqueCitizenId(p.region, p.birthDate, male, m_usedCitizenIds);
    p.id = DemoIds::person(p.citizenId);
    p.phone = QStringLiteral("1%1%2%3")
                  .arg(m_random->pick(QList<int> {3, 5, 8}))
                  .arg(m_random->between(0, 99999), 5, 10, QChar(u'0'))
                  .arg(m_random->between(0, 9999), 4, 10, QChar(u'0'));

    const YearMonth workStart = YearMonth::fromDate(p.birthDate).addMonths(m_random->between(18 * 12, 24 * 12 + 11));
    p.firstWorkDate = workStart.firstDay();
    const auto [deemed, from] = DemoCareer::splitDeemed(workStart, m_career->deemedUntil(p.region));
    p.deemedMonths = deemed;
    const YearMonth last = m_career->lastRecordMonth(p.birthDate, p.retirementGroup);
    const int months = std::max(0, from.monthsTo(last) + 1);
    const QList<DemoMonthPlan> plan = planMonths(months, m_employers->idsInProvince(p.region));
    const QMap<int, Rational> index = drawIndex(from, last);
    return m_career->build(std::move(p), from, plan, index);
}

QList<DemoMonthPlan> DemoRandomPersons::planMonths(int months, const QList<QString> &localEmployers)
{
    QList<DemoMonthPlan> plan(months, DemoMonthPlan {Status::Employee, QString()});
    if (months > 0 && m_random->percent(15)) {
        const int length = std::min(months, m_random->between(12, 72));
        const int start = m_random->between(0, months - length);
        for (int i = start; i < start + length; ++i)
            plan[i].status = Status::Flexible;
    }
    if (months > 0 && m_random->percent(25)) {
        const int gaps = m_random->between(1, 2);
        for (int g = 0; g < gaps; ++g) {
            const int length = std::min(months, m_random->between(2, 8));
            const int start = m_random->between(0, months - length);
            for (int i = start; i < start + length; ++i)
                plan[i].status = Status::Gap;
        }
    }
    // Employers change now and then, and after every gap or flexible spell.
    QString employer = localEmployers.isEmpty() ? QString() : m_random->pick(localEmployers);
    for (int i = 0; i < months; ++i) {
        const bool returning = i > 0 && plan.at(i - 1).status != Status::Employee;
        if (plan.at(i).status == Status::Employee && (returning || m_random->between(0, 99) == 0) && !localEmployers.isEmpty())
            employer = m_random->pick(localEmployers);
        if (plan.at(i).status == Status::Employee)
            plan[i].employerId = employer;
    }
    return plan;
}

QMap<int, Rational> DemoRandomPersons::drawIndex(YearMonth from, YearMonth to)
{
    // Hundredths of the average wage: mostly 0.60–2.00, a few high earners at 2.00–3.20, then a
    // drift of −0.05…+0.06 a year within 0.50–3.50.
    QMap<int, Rational> index;
    int hundredths = m_random->percent(6) ? m_random->between(200, 320) : m_random->between(60, 200);
    for (int y = from.year(); y <= to.year(); ++y) {
        index.insert(y, Rational(hundredths, 100));
        hundredths = std::clamp(hundredths + m_random->between(-5, 6), 50, 350);
    }
    return index;
}

} // namespace tongban::demo
