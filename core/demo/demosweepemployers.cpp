#include "demosweepemployers.h"

#include "democolleagues.h"
#include "demofigures.h"
#include "demoids.h"
#include "demonames.h"
#include "demoplaces.h"
#include "demosweeptrades.h"
#include "identity/uscc.h"

namespace tongban::demo {

using insured::ContributionKind;
using insured::ContributionRecord;
using insured::Employer;
using insured::InsuredPerson;
using insured::Sex;

Result<DemoSweepEmployers::Rates> DemoSweepEmployers::ratesOf(const policy::ParameterSet &parameters)
{
    Rates rates;
    for (const auto &[key, target] :
         {std::pair {QStringLiteral("employer"), &rates.employer}, std::pair {QStringLiteral("employee_personal"), &rates.personal}}) {
        const auto rate = DemoFigures::contributionRate(parameters, key);
        if (!rate)
            return rate.error();
        *target = *rate;
    }
    return rates;
}

DemoSweepEmployers::DemoSweepEmployers(DemoRandom &random, const Rates &rates)
    : m_random(&random)
    , m_traits(random)
    , m_rates(rates)
{ }

DemoSweepEmployers::Entry DemoSweepEmployers::next(int index)
{
    Entry entry;
    entry.employer = drawEmployer(index);
    const QString &size = entry.employer.sizeClass;
    const int employees = size == u"micro" ? m_random->between(1, 2)
        : size == u"small"                 ? m_random->between(2, 3)
        : size == u"medium"                ? m_random->between(3, 4)
                                           : m_random->between(4, 5);
    for (int k = 0; k < employees; ++k)
        entry.employees.append(drawEmployee(entry.employer));
    return entry;
}

Employer DemoSweepEmployers::drawEmployer(int index)
{
    Employer e;
    const int kindRoll = m_random->between(0, 99);
    e.kind = kindRoll < 80 ? QStringLiteral("enterprise")
        : kindRoll < 88    ? QStringLiteral("individual-business-unit")
        : kindRoll < 95    ? QStringLiteral("public-institution")
                           : QStringLiteral("social-organisation");
    const DemoPlaces::Place &place = m_random->pick(DemoPlaces::sweep());
    e.region = place.code;
    const DemoSweepTrades::Trade *t = nullptr;
    if (e.kind == u"enterprise") {
        const int group = m_random->between(0, 99);
        t = &m_random->pick(group < 30 ? DemoSweepTrades::hardship() : group < 60 ? DemoSweepTrades::listed() : DemoSweepTrades::other());
        const int sizeRoll = m_random->between(0, 99);
        e.sizeClass = sizeRoll < 35 ? QStringLiteral("micro")
            : sizeRoll < 70         ? QStringLiteral("small")
            : sizeRoll < 90         ? QStringLiteral("medium")
                                    : QStringLiteral("large");
    } else if (e.kind == u"individual-business-unit") {
        t = &m_random->pick(DemoSweepTrades::individualBusiness());
        e.sizeClass = QStringLiteral("micro");
    } else {
        t = &m_random->pick(e.kind == u"public-institution" ? DemoSweepTrades::publicInstitution() : DemoSweepTrades::socialOrganisation());
        e.sizeClass = m_random->percent(60) ? QStringLiteral("small") : QStringLiteral("medium");
    }
    e.industryCode = t->code;
    do {
        QString brand;
        if (e.kind == u"individual-business-unit") {
            brand = m_random->pick(DemoNames::surnames()) + QStringLiteral("记");
        } else {
            // The second character is drawn before the first: the order the demo files have
            // always been made in (see DemoRandom).
            const QString &second = m_random->pick(DemoNames::brandChars());
            brand = m_random->pick(DemoNames::brandChars()) + second;
        }
        e.name = place.prefix + brand + m_random->pick(t->suffixes);
    } while (m_usedNames.contains(e.name));
    m_usedNames.insert(e.name);
    e.uscc = usccFor(e.region, index, e.kind);
    e.id = DemoIds::employer(e.uscc);
    return e;
}

DemoPerson DemoSweepEmployers::drawEmployee(const Employer &employer)
{
    InsuredPerson p;
    p.sex = m_traits.sex();
    const bool male = p.sex == Sex::Male;
    p.name = m_traits.hanName(male);
    // A colleague's name gets one more character: a search by name finds each colleague alone.
    if (DemoColleagues::hasColleagueName(p.name))
        p.name += m_random->pick(male ? DemoNames::maleGivenChars() : DemoNames::femaleGivenChars());
    p.birthDate = m_traits.birthDate(1991, 2003);
    p.retirementGroup = m_traits.retirementGroup(male);
    p.region = employer.region;
    p.citizenId = m_traits.uniqueCitizenId(p.region, p.birthDate, male, m_usedCitizenIds);
    p.id = DemoIds::person(p.citizenId);
    const YearMonth first = m_random->percent(20) ? YearMonth(2022, m_random->between(2, 9)) : YearMonth(2022, 1);
    p.firstWorkDate = YearMonth::fromDate(p.birthDate).addMonths(m_random->between(18 * 12, 22 * 12)).firstDay();
    if (p.firstWorkDate > first.firstDay())
        p.firstWorkDate = first.firstDay();
    // A SYNTHETIC base of 4,000…20,000 CNY in whole hundreds, the same all year.
    const Money base = Money::fromFen(qint64(m_random->between(40, 200)) * 100 * 100);
    DemoPerson g;
    for (YearMonth m = first; m <= YearMonth(2022, 12); m = m.addMonths(1)) {
        ContributionRecord r;
        r.month = m;
        r.region = employer.region;
        r.kind = ContributionKind::Employee;
        r.employerId = employer.id;
        r.base = base;
        r.employerAmount = Money::fromYuan(base.yuan() * m_rates.employer, RoundingMode::HalfUp);
        r.personalAmount = Money::fromYuan(base.yuan() * m_rates.personal, RoundingMode::HalfUp);
        g.records.append(r);
    }
    g.person = std::move(p);
    return g;
}

QString DemoSweepEmployers::usccFor(const QString &region, int index, const QString &kind)
{
    // Organisation codes 0…9,999,999 in a scattered order (7,919 is prime to 10^7), unique for
    // every index below 10^7: never one of generate()'s codes (10,000,000 and above).
    const int serial = int((qint64(index) * 7919 + 1234567) % 10'000'000);
    const QString base = identity::Uscc::make(region, serial); // registration authority 9, kind 1
    QString prefix = QStringLiteral("91");
    if (kind == u"individual-business-unit")
        prefix = QStringLiteral("92"); // market regulation, individual business
    else if (kind == u"public-institution")
        prefix = QStringLiteral("12"); // 机构编制, public institution
    else if (kind == u"social-organisation")
        prefix = QStringLiteral("51"); // 民政, social organisation
    const QString body17 = prefix + base.mid(2, 15);
    return body17 + identity::Uscc::checkCharacter(body17);
}

} // namespace tongban::demo
