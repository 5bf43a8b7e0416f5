#include "democolleagues.h"

#include "demogenerator.h"
#include "demoids.h"

namespace tongban::demo {

using insured::InsuredPerson;
using insured::RetirementGroup;
using insured::Sex;

QString DemoColleagues::addFactory(DemoEmployers &employers)
{
    return employers.add(QStringLiteral("110105"), DemoGenerator::colleaguesFactoryName(), QStringLiteral("C39"), QStringLiteral("medium"),
                         10'538'462);
}

QList<DemoPerson> DemoColleagues::make(const DemoCareer &career, const QString &factoryId)
{
    return {colleague(career, DemoGenerator::colleagueLiName(), DemoGenerator::colleagueLiCitizenId(), factoryId, false,
                      QStringLiteral("13801105311")),
            colleague(career, DemoGenerator::colleagueWangName(), DemoGenerator::colleagueWangCitizenId(), factoryId, true,
                      QStringLiteral("13901105173"))};
}

QSet<QString> DemoColleagues::citizenIds()
{
    return {DemoGenerator::colleagueLiCitizenId(), DemoGenerator::colleagueWangCitizenId()};
}

bool DemoColleagues::hasColleagueName(const QString &name)
{
    return name == DemoGenerator::colleagueLiName() || name == DemoGenerator::colleagueWangName();
}

DemoPerson DemoColleagues::colleague(const DemoCareer &career, const QString &name, const QString &citizenId, const QString &factoryId,
                                     bool flexibleSpell, const QString &phone)
{
    InsuredPerson p;
    p.citizenId = citizenId;
    p.id = DemoIds::person(citizenId);
    p.name = name;
    p.sex = Sex::Male;
    p.birthDate = QDate::fromString(citizenId.mid(6, 8), QStringLiteral("yyyyMMdd"));
    p.retirementGroup = RetirementGroup::Male;
    p.region = QStringLiteral("110105");
    p.firstWorkDate = QDate(1984, 7, 1);
    p.phone = phone;
    const auto [deemed, from] = DemoCareer::splitDeemed(YearMonth::fromDate(p.firstWorkDate), career.deemedUntil(p.region));
    p.deemedMonths = deemed;
    const YearMonth last = career.lastRecordMonth(p.birthDate, p.retirementGroup); // 2024-02
    QList<DemoMonthPlan> plan;
    QMap<int, Rational> index;
    for (YearMonth m = from; m <= last; m = m.addMonths(1)) {
        const bool flexible = flexibleSpell && m >= YearMonth(2003, 1) && m <= YearMonth(2009, 12);
        plan.append(flexible ? DemoMonthPlan {DemoMonthPlan::Status::Flexible, QString()}
                             : DemoMonthPlan {DemoMonthPlan::Status::Employee, factoryId});
        index.insert(m.year(), Rational(110, 100));
    }
    return career.build(std::move(p), from, plan, index);
}

} // namespace tongban::demo
