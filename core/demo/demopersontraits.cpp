#include "demopersontraits.h"

#include "demonames.h"
#include "identity/citizenid.h"

namespace tongban::demo {

using insured::RetirementGroup;
using insured::Sex;

Sex DemoPersonTraits::sex()
{
    return m_random->percent(50) ? Sex::Male : Sex::Female;
}

QString DemoPersonTraits::hanName(bool male)
{
    const QStringList &given = male ? DemoNames::maleGivenChars() : DemoNames::femaleGivenChars();
    // The given-name character is drawn before the surname: the order the demo files have
    // always been made in (see DemoRandom).
    const QString &firstGiven = m_random->pick(given);
    QString name = m_random->pick(DemoNames::surnames()) + firstGiven;
    if (m_random->percent(65))
        name += m_random->pick(given);
    return name;
}

QDate DemoPersonTraits::birthDate(int firstYear, int lastYear)
{
    const int year = m_random->between(firstYear, lastYear);
    const int month = m_random->between(1, 12);
    return QDate(year, month, m_random->between(1, QDate(year, month, 1).daysInMonth()));
}

RetirementGroup DemoPersonTraits::retirementGroup(bool male)
{
    return male ? RetirementGroup::Male : m_random->percent(40) ? RetirementGroup::Female55 : RetirementGroup::Female50;
}

QString DemoPersonTraits::uniqueCitizenId(const QString &region, QDate birth, bool male, QSet<QString> &used)
{
    QString citizenId;
    do {
        citizenId = identity::CitizenId::make(region, birth, m_random->between(0, 499) * 2 + (male ? 1 : 0));
    } while (used.contains(citizenId));
    used.insert(citizenId);
    return citizenId;
}

} // namespace tongban::demo
