#include "demogenerator.h"
#include "demowageseries.h"

#include "identity/citizenid.h"
#include "identity/uscc.h"
#include "retirement/retirementrule.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <map>
#include <random>

namespace tongban::demo {

using insured::ContributionKind;
using insured::ContributionRecord;
using insured::Employer;
using insured::InsuredPerson;
using insured::RetirementGroup;
using insured::Sex;

namespace {

constexpr int kBatchSize = 100;
constexpr int kMaxPersons = 100000;
const YearMonth kLastDemoMonth(2025, 12);
const YearMonth kOpeningMonth(2015, 12);
const YearMonth kDefaultDeemedUntil(1992, 12); // where the region's data has no deemed_until

/// Uniform integers from a std::mt19937_64, reduced by modulo so the sequence is the same with
/// every standard library (std::uniform_int_distribution is not specified bit for bit).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    { }
    /// An integer in [lo, hi].
    int between(int lo, int hi) { return lo + int(m_engine() % quint64(hi - lo + 1)); }
    bool percent(int p) { return between(0, 99) < p; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(between(0, int(list.size()) - 1)); }

private:
    std::mt19937_64 m_engine;
};

struct Place
{
    QString code; ///< GB/T 2260 district or city code
    QString prefix; ///< how a local company name starts
};

const QList<Place> &beijingPlaces()
{
    static const QList<Place> places {
        {QStringLiteral("110101"), QStringLiteral("北京市东城区")}, {QStringLiteral("110102"), QStringLiteral("北京市西城区")},
        {QStringLiteral("110105"), QStringLiteral("北京市朝阳区")}, {QStringLiteral("110106"), QStringLiteral("北京市丰台区")},
        {QStringLiteral("110108"), QStringLiteral("北京市海淀区")}, {QStringLiteral("110114"), QStringLiteral("北京市昌平区")},
    };
    return places;
}

const QList<Place> &jiangsuPlaces()
{
    static const QList<Place> places {
        {QStringLiteral("320102"), QStringLiteral("南京市玄武区")}, {QStringLiteral("320106"), QStringLiteral("南京市鼓楼区")},
        {QStringLiteral("320506"), QStringLiteral("苏州市吴中区")}, {QStringLiteral("320583"), QStringLiteral("昆山市")},
        {QStringLiteral("320211"), QStringLiteral("无锡市滨湖区")}, {QStringLiteral("320411"), QStringLiteral("常州市新北区")},
    };
    return places;
}

struct Trade
{
    QString suffix;
    QString industry; ///< GB/T 4754-2017 division
};

const QList<Trade> &trades()
{
    static const QList<Trade> list {
        {QStringLiteral("电子厂"), QStringLiteral("C39")},           {QStringLiteral("汽车配件有限公司"), QStringLiteral("C36")},
        {QStringLiteral("餐饮管理有限公司"), QStringLiteral("H62")}, {QStringLiteral("商贸有限公司"), QStringLiteral("F52")},
        {QStringLiteral("纺织有限公司"), QStringLiteral("C17")},     {QStringLiteral("机械厂"), QStringLiteral("C34")},
        {QStringLiteral("科技有限公司"), QStringLiteral("I65")},     {QStringLiteral("建筑工程有限公司"), QStringLiteral("E47")},
        {QStringLiteral("食品厂"), QStringLiteral("C13")},           {QStringLiteral("运输有限公司"), QStringLiteral("G54")},
    };
    return list;
}

const QList<QString> &brands()
{
    static const QList<QString> list {
        QStringLiteral("华信"), QStringLiteral("金桥"), QStringLiteral("恒达"), QStringLiteral("新世纪"), QStringLiteral("宏远"),
        QStringLiteral("东方"), QStringLiteral("长城"), QStringLiteral("永安"), QStringLiteral("瑞丰"),   QStringLiteral("天成"),
        QStringLiteral("博远"), QStringLiteral("嘉禾"), QStringLiteral("盛达"), QStringLiteral("锦程"),   QStringLiteral("万通"),
        QStringLiteral("鑫源"), QStringLiteral("国泰"), QStringLiteral("明珠"),
    };
    return list;
}

QStringList chars(const QString &all)
{
    QStringList out;
    for (const QChar c : all)
        out << QString(c);
    return out;
}

const QStringList &surnames()
{
    static const QStringList list
        = chars(QStringLiteral("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡"
                               "贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
                               "雷钱汤尹黎易常武乔贺赖龚文"))
        + QStringList {QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛")};
    return list;
}

const QStringList &maleGivenChars()
{
    static const QStringList list = chars(QStringLiteral("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁建国志文俊浩宇海峰东林永春"));
    return list;
}

const QStringList &femaleGivenChars()
{
    static const QStringList list = chars(QStringLiteral("芳娜敏静丽艳娟霞秀玲桂英红燕萍颖雪琳婷慧莉洁梅兰凤琴晶月"));
    return list;
}

// Uyghur names as written in Chinese: given name, middle dot, father's name.
const QStringList &minorityMaleGiven()
{
    static const QStringList list {QStringLiteral("买买提"), QStringLiteral("艾力"),        QStringLiteral("艾买提"),
                                   QStringLiteral("吐尔逊"), QStringLiteral("依明"),        QStringLiteral("库尔班"),
                                   QStringLiteral("艾尔肯"), QStringLiteral("阿不都热依木")};
    return list;
}

const QStringList &minorityFemaleGiven()
{
    static const QStringList list {QStringLiteral("阿依古丽"), QStringLiteral("热依拉"),   QStringLiteral("古丽娜尔"),
                                   QStringLiteral("帕提古丽"), QStringLiteral("米热古丽"), QStringLiteral("努尔古丽"),
                                   QStringLiteral("阿依努尔"), QStringLiteral("祖丽菲亚")};
    return list;
}

const QStringList &minorityFatherNames()
{
    static const QStringList list {QStringLiteral("买买提"),   QStringLiteral("吐尔逊"), QStringLiteral("艾力"),
                                   QStringLiteral("依明"),     QStringLiteral("库尔班"), QStringLiteral("玉素甫"),
                                   QStringLiteral("阿不都拉"), QStringLiteral("热合曼")};
    return list;
}

QString makeUuid(const QString &name)
{
    // A fixed namespace makes the ids a function of the seeded content (UUID version 5).
    static const QUuid demoNamespace(0x6f1d7a52, 0x3c2b, 0x4e8f, 0x9a, 0x41, 0x5d, 0x2e, 0x7b, 0x90, 0xc3, 0x18);
    return QUuid::createUuidV5(demoNamespace, name).toString(QUuid::WithoutBraces);
}

enum class MonthStatus { Employee, Flexible, Gap };

struct MonthPlan
{
    MonthStatus status = MonthStatus::Employee;
    QString employerId;
};

/// Everything the generation of one person needs, resolved once.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(tongban::demo::DemoGenerator)

public:
    static Result<Context> make(const policy::ParameterSet &parameters)
    {
        Context c;
        c.m_parameters = &parameters;
        const auto rate = [&](const QString &key) -> Result<Rational> {
            const auto figure = parameters.contributionRate(key);
            if (!figure)
                return Error::missingFigure(QStringLiteral("contribution_rates.%1").arg(key),
                                            tr("the contribution rate \"%1\" is not in the parameters").arg(key));
            return figure->value;
        };
        for (const auto &[key, target] :
             {std::pair {QStringLiteral("employer_before_2019_05"), &c.m_employerBefore201905},
              std::pair {QStringLiteral("employer"), &c.m_employer}, std::pair {QStringLiteral("employee_personal"), &c.m_personal},
              std::pair {QStringLiteral("flexible_total"), &c.m_flexibleTotal}}) {
            const auto r = rate(key);
            if (!r)
                return r.error();
            *target = *r;
        }
        for (const auto &[key, target] :
             {std::pair {QStringLiteral("floor"), &c.m_baseFloor}, std::pair {QStringLiteral("ceiling"), &c.m_baseCeiling}}) {
            const auto bound = parameters.contributionBaseBound(key);
            if (!bound)
                return Error::missingFigure(QStringLiteral("contribution_base_bounds.%1").arg(key),
                                            tr("the contribution base bound \"%1\" is not in the parameters").arg(key));
            *target = bound->value;
        }
        for (const QString &province : {QStringLiteral("110000"), QStringLiteral("320000")}) {
            const auto region = parameters.region(province);
            if (!region)
                return Error::missingFigure(QStringLiteral("region"), region.error().message);
            c.m_wages.emplace(province, DemoWageSeries(**region));
            c.m_deemedUntil.insert(province, (*region)->pension.deemedUntil.value_or(kDefaultDeemedUntil));
        }
        return c;
    }

    const policy::ParameterSet &parameters() const { return *m_parameters; }
    YearMonth deemedUntil(const QString &regionCode) const { return m_deemedUntil.value(province(regionCode)); }
    Money wage(const QString &regionCode, int year) const { return m_wages.at(province(regionCode)).wageFor(year).monthly; }

    /// One month's record. Bases within the bounds of ParameterSet::contributionBaseBound
    /// (60 %–300 % of the average wage, 国办发〔2019〕13号).
    ContributionRecord record(const QString &regionCode, YearMonth month, const MonthPlan &plan, const Rational &index) const
    {
        const Money wage = this->wage(regionCode, month.year());
        const Money floor = Money::fromYuan(wage.yuan() * m_baseFloor, RoundingMode::HalfUp);
        const Money ceiling = Money::fromYuan(wage.yuan() * m_baseCeiling, RoundingMode::HalfUp);
        ContributionRecord r;
        r.month = month;
        r.region = regionCode;
        if (plan.status == MonthStatus::Flexible) {
            r.kind = ContributionKind::Flexible;
            r.base = floor;
            r.personalAmount = Money::fromYuan(floor.yuan() * m_flexibleTotal, RoundingMode::HalfUp);
            return r;
        }
        r.kind = ContributionKind::Employee;
        r.employerId = plan.employerId;
        r.base = std::clamp(Money::fromYuan(wage.yuan() * index, RoundingMode::HalfUp), floor, ceiling);
        const Rational employerRate = month < YearMonth(2019, 5) ? m_employerBefore201905 : m_employer;
        r.employerAmount = Money::fromYuan(r.base.yuan() * employerRate, RoundingMode::HalfUp);
        r.personalAmount = Money::fromYuan(r.base.yuan() * m_personal, RoundingMode::HalfUp);
        return r;
    }

    /// The SYNTHETIC opening balance at the end of kOpeningMonth (see DemoGenerator: 3 % a year,
    /// a demo assumption).
    Money openingBalance(const QList<ContributionRecord> &records) const
    {
        const Rational interestRate(3, 100);
        std::map<int, QList<std::pair<int, Money>>> creditsByYear;
        for (const ContributionRecord &r : records) {
            if (r.month > kOpeningMonth)
                continue;
            const auto share = m_parameters->accountCreditRate(r.month);
            const Money credit = share ? Money::fromYuan(r.base.yuan() * share->value, RoundingMode::HalfUp) : Money();
            creditsByYear[r.month.year()].append({r.month.month(), credit});
        }
        if (creditsByYear.empty())
            return {};
        Money balance;
        for (int year = creditsByYear.begin()->first; year <= kOpeningMonth.year(); ++year) {
            Rational interest = balance.yuan() * interestRate;
            Money credited;
            if (const auto it = creditsByYear.find(year); it != creditsByYear.end()) {
                for (const auto &[month, credit] : it->second) {
                    credited += credit;
                    interest += credit.yuan() * interestRate * Rational(12 - month, 12);
                }
            }
            balance += credited + Money::fromYuan(interest, RoundingMode::HalfUp);
        }
        return balance;
    }

    /// The month before the statutory retirement month (RetirementRule), or kLastDemoMonth.
    YearMonth lastRecordMonth(QDate birth, RetirementGroup group) const
    {
        const auto statutory = retirement::RetirementRule::statutory(YearMonth::fromDate(birth), group, *m_parameters);
        YearMonth retirement;
        if (statutory) {
            retirement = statutory->statutoryRetirement;
        } else {
            const int ageMonths = group == RetirementGroup::Male ? 720 : group == RetirementGroup::Female55 ? 660 : 600;
            retirement = YearMonth::fromDate(birth).addMonths(ageMonths);
        }
        return std::min(retirement.addMonths(-1), kLastDemoMonth);
    }

private:
    static QString province(const QString &regionCode) { return regionCode.left(2) + QStringLiteral("0000"); }

    const policy::ParameterSet *m_parameters = nullptr;
    Rational m_employerBefore201905;
    Rational m_employer;
    Rational m_personal;
    Rational m_flexibleTotal;
    Rational m_baseFloor; ///< fraction of the average wage
    Rational m_baseCeiling;
    std::map<QString, DemoWageSeries> m_wages;
    QMap<QString, YearMonth> m_deemedUntil;
};

struct GeneratedPerson
{
    InsuredPerson person;
    QList<ContributionRecord> records;
};

/// Deemed months and the first month with records for a career starting in @p workStart.
std::pair<int, YearMonth> splitDeemed(YearMonth workStart, YearMonth deemedUntil)
{
    if (workStart > deemedUntil)
        return {0, workStart};
    return {workStart.monthsTo(deemedUntil) + 1, deemedUntil.addMonths(1)};
}

GeneratedPerson finishPerson(const Context &context, InsuredPerson person, YearMonth from, const QList<MonthPlan> &plan,
                             const QMap<int, Rational> &indexByYear)
{
    GeneratedPerson g;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        if (plan.at(i).status == MonthStatus::Gap)
            continue;
        const YearMonth month = from.addMonths(int(i));
        g.records.append(context.record(person.region, month, plan.at(i), indexByYear.value(month.year(), Rational(1))));
    }
    if (person.firstWorkDate.isValid() && person.firstWorkDate < kOpeningMonth.addMonths(1).firstDay()) {
        person.accountOpeningBalance = context.openingBalance(g.records);
        person.accountOpeningMonth = kOpeningMonth;
    }
    g.person = std::move(person);
    return g;
}

/// One of the two colleagues of the fixed cast (see DemoGenerator).
GeneratedPerson colleague(const Context &context, const QString &name, const QString &citizenId, const QString &factoryId,
                          bool flexibleSpell, const QString &phone)
{
    InsuredPerson p;
    p.citizenId = citizenId;
    p.id = makeUuid(QStringLiteral("person:") + citizenId);
    p.name = name;
    p.sex = Sex::Male;
    p.birthDate = QDate::fromString(citizenId.mid(6, 8), QStringLiteral("yyyyMMdd"));
    p.retirementGroup = RetirementGroup::Male;
    p.region = QStringLiteral("110105");
    p.firstWorkDate = QDate(1984, 7, 1);
    p.phone = phone;
    const auto [deemed, from] = splitDeemed(YearMonth::fromDate(p.firstWorkDate), context.deemedUntil(p.region));
    p.deemedMonths = deemed;
    const YearMonth last = context.lastRecordMonth(p.birthDate, p.retirementGroup); // 2024-02
    QList<MonthPlan> plan;
    QMap<int, Rational> index;
    for (YearMonth m = from; m <= last; m = m.addMonths(1)) {
        const bool flexible = flexibleSpell && m >= YearMonth(2003, 1) && m <= YearMonth(2009, 12);
        plan.append(flexible ? MonthPlan {MonthStatus::Flexible, QString()} : MonthPlan {MonthStatus::Employee, factoryId});
        index.insert(m.year(), Rational(110, 100));
    }
    return finishPerson(context, std::move(p), from, plan, index);
}

} // namespace

DemoGenerator::DemoGenerator(std::shared_ptr<const policy::ParameterSet> parameters, quint64 seed)
    : m_parameters(std::move(parameters))
    , m_seed(seed)
{ }

Result<DemoGenerator::Summary> DemoGenerator::generate(storage::LocalStore &store, int persons) const
{
    if (persons < 2 || persons > kMaxPersons)
        return Error::badInput(
            QStringLiteral("persons"),
            tr("the number of persons must be between 2 and %1 (the two colleagues of the fixed cast are always included)")
                .arg(kMaxPersons));
    if (!m_parameters)
        return Error::missingFigure(QStringLiteral("parameters"), tr("no policy parameters were given"));
    auto contextResult = Context::make(*m_parameters);
    if (!contextResult)
        return contextResult.error();
    const Context &context = *contextResult;

    Random random(m_seed);
    const QDateTime fixedTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    storage::PersonRepository repository(store.database(), [fixedTime] { return fixedTime; });
    Summary summary;

    // Employers: the colleagues' factory first, then 35 more in Beijing and Jiangsu.
    QList<Employer> employers;
    QMap<QString, QList<QString>> employerIdsByProvince;
    QSet<QString> usedUscc;
    QSet<QString> usedNames;
    const auto addEmployer = [&](const QString &region, const QString &name, const QString &industry, const QString &size, int serial) {
        QString uscc = identity::Uscc::make(region, serial);
        while (usedUscc.contains(uscc))
            uscc = identity::Uscc::make(region, random.between(10000000, 99999999));
        usedUscc.insert(uscc);
        usedNames.insert(name);
        Employer e;
        e.uscc = uscc;
        e.id = makeUuid(QStringLiteral("employer:") + uscc);
        e.name = name;
        e.industryCode = industry;
        e.sizeClass = size;
        e.kind = QStringLiteral("enterprise");
        e.region = region;
        employers.append(e);
        employerIdsByProvince[region.left(2)].append(e.id);
    };
    addEmployer(QStringLiteral("110105"), colleaguesFactoryName(), QStringLiteral("C39"), QStringLiteral("medium"), 10'538'462);
    const QString factoryId = employers.first().id;
    static const QList<QString> sizes {QStringLiteral("micro"),  QStringLiteral("small"),  QStringLiteral("small"),
                                       QStringLiteral("medium"), QStringLiteral("medium"), QStringLiteral("large")};
    while (employers.size() < 36) {
        const QList<Place> &places = employers.size() % 2 == 0 ? beijingPlaces() : jiangsuPlaces();
        const Place &place = random.pick(places);
        const Trade &trade = random.pick(trades());
        const QString name = place.prefix + random.pick(brands()) + trade.suffix;
        if (usedNames.contains(name))
            continue;
        addEmployer(place.code, name, trade.industry, random.pick(sizes), random.between(10000000, 99999999));
    }
    summary.employers = int(employers.size());

    storage::PersonRepository::Batch batch;
    batch.employers = employers;
    const auto flush = [&]() -> Status {
        if (batch.persons.isEmpty() && batch.employers.isEmpty())
            return Done {};
        if (const Status s = repository.importBatch(batch); !s)
            return s;
        batch = {};
        return Done {};
    };
    const auto add = [&](GeneratedPerson g) -> Status {
        summary.contributionRecords += g.records.size();
        ++summary.persons;
        batch.records.append({g.person.id, std::move(g.records)});
        batch.persons.append(std::move(g.person));
        if (batch.persons.size() >= kBatchSize)
            return flush();
        return Done {};
    };

    // The fixed cast.
    QSet<QString> usedIds {colleagueLiCitizenId(), colleagueWangCitizenId()};
    if (const Status s
        = add(colleague(context, colleagueLiName(), colleagueLiCitizenId(), factoryId, false, QStringLiteral("13801105311")));
        !s)
        return s.error();
    if (const Status s
        = add(colleague(context, colleagueWangName(), colleagueWangCitizenId(), factoryId, true, QStringLiteral("13901105173")));
        !s)
        return s.error();

    while (summary.persons < persons) {
        InsuredPerson p;
        p.sex = random.percent(50) ? Sex::Male : Sex::Female;
        const bool male = p.sex == Sex::Male;
        if (random.percent(6)) {
            p.name = random.pick(male ? minorityMaleGiven() : minorityFemaleGiven()) + QStringLiteral("·")
                + random.pick(minorityFatherNames());
        } else {
            const QStringList &given = male ? maleGivenChars() : femaleGivenChars();
            p.name = random.pick(surnames()) + random.pick(given);
            if (random.percent(65))
                p.name += random.pick(given);
        }
        if (p.name == colleagueLiName() || p.name == colleagueWangName())
            continue;
        const int year = random.between(1955, 1990);
        const int month = random.between(1, 12);
        p.birthDate = QDate(year, month, random.between(1, QDate(year, month, 1).daysInMonth()));
        p.retirementGroup = male ? RetirementGroup::Male : random.percent(40) ? RetirementGroup::Female55 : RetirementGroup::Female50;
        const bool beijing = random.percent(55);
        const QList<Place> &places = beijing ? beijingPlaces() : jiangsuPlaces();
        p.region = random.pick(places).code;
        do {
            p.citizenId = identity::CitizenId::make(p.region, p.birthDate, random.between(0, 499) * 2 + (male ? 1 : 0));
        } while (usedIds.contains(p.citizenId));
        usedIds.insert(p.citizenId);
        p.id = makeUuid(QStringLiteral("person:") + p.citizenId);
        p.phone = QStringLiteral("1%1%2%3")
                      .arg(random.pick(QList<int> {3, 5, 8}))
                      .arg(random.between(0, 99999), 5, 10, QChar(u'0'))
                      .arg(random.between(0, 9999), 4, 10, QChar(u'0'));

        const YearMonth workStart = YearMonth::fromDate(p.birthDate).addMonths(random.between(18 * 12, 24 * 12 + 11));
        p.firstWorkDate = workStart.firstDay();
        const auto [deemed, from] = splitDeemed(workStart, context.deemedUntil(p.region));
        p.deemedMonths = deemed;
        const YearMonth last = context.lastRecordMonth(p.birthDate, p.retirementGroup);
        const int months = std::max(0, from.monthsTo(last) + 1);

        // Employers change now and then, and after every gap or flexible spell.
        const QList<QString> &localEmployers = employerIdsByProvince.value(p.region.left(2));
        QList<MonthPlan> plan(months, MonthPlan {MonthStatus::Employee, QString()});
        if (months > 0 && random.percent(15)) {
            const int length = std::min(months, random.between(12, 72));
            const int start = random.between(0, months - length);
            for (int i = start; i < start + length; ++i)
                plan[i].status = MonthStatus::Flexible;
        }
        if (months > 0 && random.percent(25)) {
            const int gaps = random.between(1, 2);
            for (int g = 0; g < gaps; ++g) {
                const int length = std::min(months, random.between(2, 8));
                const int start = random.between(0, months - length);
                for (int i = start; i < start + length; ++i)
                    plan[i].status = MonthStatus::Gap;
            }
        }
        QString employer = localEmployers.isEmpty() ? QString() : random.pick(localEmployers);
        for (int i = 0; i < months; ++i) {
            const bool returning = i > 0 && plan.at(i - 1).status != MonthStatus::Employee;
            if (plan.at(i).status == MonthStatus::Employee && (returning || random.between(0, 99) == 0) && !localEmployers.isEmpty())
                employer = random.pick(localEmployers);
            if (plan.at(i).status == MonthStatus::Employee)
                plan[i].employerId = employer;
        }

        // A career index that drifts a little from year to year.
        QMap<int, Rational> index;
        int hundredths = random.percent(6) ? random.between(200, 320) : random.between(60, 200);
        for (int y = from.year(); y <= last.year(); ++y) {
            index.insert(y, Rational(hundredths, 100));
            hundredths = std::clamp(hundredths + random.between(-5, 6), 50, 350);
        }
        if (const Status s = add(finishPerson(context, std::move(p), from, plan, index)); !s)
            return s.error();
    }
    if (const Status s = flush(); !s)
        return s.error();
    return summary;
}

namespace {

/// An industry of the sweep employers: GB/T 4754-2017 code and the name endings of its firms.
struct SweepTrade
{
    QString code;
    QStringList suffixes;
};

SweepTrade trade(const char16_t *code, std::initializer_list<const char16_t *> suffixes)
{
    SweepTrade t {QString::fromUtf16(code), {}};
    for (const char16_t *s : suffixes)
        t.suffixes << QString::fromUtf16(s);
    return t;
}

/// The five hardship industries of 人社厅发〔2022〕16号 (retail, rail / road / water / air
/// transport, catering, travel agencies).
const QList<SweepTrade> &hardshipTrades()
{
    static const QList<SweepTrade> list {
        trade(u"F52", {u"超市有限公司", u"百货商店", u"便利店有限公司"}),
        trade(u"G53", {u"铁路物流有限公司"}),
        trade(u"G54", {u"运输有限公司", u"客运有限公司", u"物流有限公司"}),
        trade(u"G55", {u"航运有限公司", u"船务有限公司"}),
        trade(u"G56", {u"航空服务有限公司"}),
        trade(u"H62", {u"餐饮管理有限公司", u"酒家", u"快餐有限公司"}),
        trade(u"L7291", {u"旅行社有限公司", u"国际旅行社"}),
    };
    return list;
}

/// The 17 industries of 人社部发〔2022〕31号.
const QList<SweepTrade> &listedTrades()
{
    static const QList<SweepTrade> list {
        trade(u"C13", {u"食品有限公司", u"粮油加工厂"}),
        trade(u"C17", {u"纺织有限公司", u"棉纺厂"}),
        trade(u"C18", {u"服饰有限公司", u"制衣厂"}),
        trade(u"C22", {u"纸业有限公司"}),
        trade(u"C23", {u"印刷有限公司", u"彩印厂"}),
        trade(u"C27", {u"制药有限公司", u"药业有限公司"}),
        trade(u"C28", {u"化纤有限公司"}),
        trade(u"C29", {u"塑料制品有限公司", u"橡胶制品厂"}),
        trade(u"C34", {u"机械有限公司", u"通用设备厂"}),
        trade(u"C36", {u"汽车配件有限公司", u"汽车制造有限公司"}),
        trade(u"C37", {u"船舶配件有限公司", u"轨道交通设备有限公司"}),
        trade(u"C40", {u"仪器仪表有限公司"}),
        trade(u"Q85", {u"社会工作服务中心"}),
        trade(u"R87", {u"影视传媒有限公司", u"录音制作有限公司"}),
        trade(u"R88", {u"文化艺术有限公司", u"剧团有限公司"}),
        trade(u"R89", {u"体育发展有限公司", u"健身有限公司"}),
        trade(u"R90", {u"娱乐有限公司", u"文化娱乐城"}),
    };
    return list;
}

/// Industries outside both lists (wholesale, accommodation, other business services …).
const QList<SweepTrade> &otherTrades()
{
    static const QList<SweepTrade> list {
        trade(u"C39", {u"电子有限公司", u"电子厂"}),
        trade(u"E47", {u"建筑工程有限公司"}),
        trade(u"F51", {u"贸易有限公司", u"批发有限公司"}),
        trade(u"H61", {u"酒店有限公司", u"宾馆"}),
        trade(u"I65", {u"科技有限公司", u"软件有限公司"}),
        trade(u"K70", {u"置业有限公司", u"物业管理有限公司"}),
        trade(u"L7211", {u"企业管理有限公司"}),
        trade(u"M73", {u"研究院有限公司"}),
        trade(u"P83", {u"教育咨询有限公司"}),
        trade(u"Q84", {u"医疗管理有限公司"}),
    };
    return list;
}

const QList<SweepTrade> &individualBusinessTrades()
{
    static const QList<SweepTrade> list {
        trade(u"F52", {u"便利店", u"杂货店"}),
        trade(u"H62", {u"面馆", u"饭店"}),
        trade(u"L7291", {u"旅游服务部"}),
        trade(u"C18", {u"服装加工部"}),
        trade(u"R90", {u"棋牌室"}),
        trade(u"H61", {u"旅馆"}),
        trade(u"F51", {u"批发部"}),
        trade(u"O80", {u"理发店"}),
    };
    return list;
}

const QList<SweepTrade> &publicInstitutionTrades()
{
    static const QList<SweepTrade> list {
        trade(u"P83", {u"实验中学", u"职业技术学校"}),
        trade(u"Q84", {u"社区卫生服务中心", u"人民医院"}),
        trade(u"R87", {u"广播电视台"}),
        trade(u"R88", {u"文化馆", u"图书馆"}),
    };
    return list;
}

const QList<SweepTrade> &socialOrganisationTrades()
{
    static const QList<SweepTrade> list {
        trade(u"S95", {u"行业协会", u"商会", u"慈善基金会"}),
        trade(u"L7231", {u"律师事务所"}),
        trade(u"L7241", {u"会计师事务所"}),
        trade(u"R89", {u"体育协会"}),
    };
    return list;
}

/// Districts and cities of the seven shipped provinces (GB/T 2260).
const QList<Place> &sweepPlaces()
{
    static const QList<Place> places {
        {QStringLiteral("110101"), QStringLiteral("北京市东城区")},     {QStringLiteral("110105"), QStringLiteral("北京市朝阳区")},
        {QStringLiteral("110108"), QStringLiteral("北京市海淀区")},     {QStringLiteral("310101"), QStringLiteral("上海市黄浦区")},
        {QStringLiteral("310104"), QStringLiteral("上海市徐汇区")},     {QStringLiteral("310115"), QStringLiteral("上海市浦东新区")},
        {QStringLiteral("320102"), QStringLiteral("南京市玄武区")},     {QStringLiteral("320506"), QStringLiteral("苏州市吴中区")},
        {QStringLiteral("320583"), QStringLiteral("昆山市")},           {QStringLiteral("230102"), QStringLiteral("哈尔滨市道里区")},
        {QStringLiteral("230202"), QStringLiteral("齐齐哈尔市龙沙区")}, {QStringLiteral("440103"), QStringLiteral("广州市荔湾区")},
        {QStringLiteral("440305"), QStringLiteral("深圳市南山区")},     {QStringLiteral("440604"), QStringLiteral("佛山市禅城区")},
        {QStringLiteral("340102"), QStringLiteral("合肥市瑶海区")},     {QStringLiteral("340202"), QStringLiteral("芜湖市镜湖区")},
        {QStringLiteral("220102"), QStringLiteral("长春市南关区")},     {QStringLiteral("220202"), QStringLiteral("吉林市昌邑区")},
        {QStringLiteral("210102"), QStringLiteral("沈阳市和平区")},     {QStringLiteral("370102"), QStringLiteral("济南市历下区")},
        {QStringLiteral("330106"), QStringLiteral("杭州市西湖区")},
    };
    return places;
}

/// Characters two of which make a brand name ("华信", "瑞丰" …).
const QStringList &brandChars()
{
    static const QStringList list
        = chars(QStringLiteral("华信金桥恒达新世纪宏远东方长城永安瑞丰天成博嘉禾盛锦程万通鑫源国泰明珠富贵隆昌兴旺德顺和康安泰美佳丰裕"
                               "宝利亿联合众祥云龙凤海星辰光耀宇中正诚"));
    return list;
}

/// The unified social credit code @p base (made with registration authority 9 and kind 1) with
/// the registration authority and kind of @p kind, and its check character recomputed.
QString withKindPrefix(const QString &base, const QString &kind)
{
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

} // namespace

Result<DemoGenerator::Summary> DemoGenerator::generateEmployers(storage::LocalStore &store, int count) const
{
    if (count < 1 || count > maxSweepEmployers())
        return Error::badInput(QStringLiteral("employers"),
                               tr("the number of employers must be between 1 and %1").arg(maxSweepEmployers()));
    if (!m_parameters)
        return Error::missingFigure(QStringLiteral("parameters"), tr("no policy parameters were given"));
    Rational employerRate;
    Rational personalRate;
    for (const auto &[key, target] :
         {std::pair {QStringLiteral("employer"), &employerRate}, std::pair {QStringLiteral("employee_personal"), &personalRate}}) {
        const auto figure = m_parameters->contributionRate(key);
        if (!figure)
            return Error::missingFigure(QStringLiteral("contribution_rates.%1").arg(key),
                                        tr("the contribution rate \"%1\" is not in the parameters").arg(key));
        *target = figure->value;
    }

    Random random(m_seed ^ 0x5eedf00dULL);
    const QDateTime fixedTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    storage::PersonRepository repository(store.database(), [fixedTime] { return fixedTime; });
    // A page cache large enough for a batch's index pages (64 MiB instead of SQLite's 2 MiB): a
    // smaller one spills half-written b-tree pages to the log many times per batch. Restored on
    // return; a connection setting only, nothing in the file.
    struct CacheSize
    {
        QSqlDatabase db;
        QVariant previous;
        explicit CacheSize(QSqlDatabase d)
            : db(std::move(d))
        {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
                previous = q.value(0);
            q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        }
        ~CacheSize()
        {
            if (previous.isValid())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous.toLongLong()));
        }
    } cacheSize(store.database());
    constexpr int kEmployerBatch = 1000;
    // Organisation codes 0…9,999,999 in a scattered order (7,919 is prime to 10^7), unique for
    // every index below 10^7: never one of generate()'s codes (10,000,000 and above).
    const auto serialFor = [](int index) { return int((qint64(index) * 7919 + 1234567) % 10'000'000); };

    Summary summary;
    QSet<QString> usedNames;
    QSet<QString> usedCitizenIds;
    storage::PersonRepository::Batch batch;
    const auto flush = [&]() -> Status {
        if (batch.employers.isEmpty())
            return Done {};
        if (const Status s = repository.importBatch(batch); !s)
            return s;
        batch = {};
        return Done {};
    };

    for (int index = 0; index < count; ++index) {
        Employer e;
        const int kindRoll = random.between(0, 99);
        e.kind = kindRoll < 80 ? QStringLiteral("enterprise")
            : kindRoll < 88    ? QStringLiteral("individual-business-unit")
            : kindRoll < 95    ? QStringLiteral("public-institution")
                               : QStringLiteral("social-organisation");
        const Place &place = random.pick(sweepPlaces());
        e.region = place.code;
        const SweepTrade *t = nullptr;
        if (e.kind == u"enterprise") {
            const int group = random.between(0, 99);
            t = &random.pick(group < 30 ? hardshipTrades() : group < 60 ? listedTrades() : otherTrades());
            const int sizeRoll = random.between(0, 99);
            e.sizeClass = sizeRoll < 35 ? QStringLiteral("micro")
                : sizeRoll < 70         ? QStringLiteral("small")
                : sizeRoll < 90         ? QStringLiteral("medium")
                                        : QStringLiteral("large");
        } else if (e.kind == u"individual-business-unit") {
            t = &random.pick(individualBusinessTrades());
            e.sizeClass = QStringLiteral("micro");
        } else {
            t = &random.pick(e.kind == u"public-institution" ? publicInstitutionTrades() : socialOrganisationTrades());
            e.sizeClass = random.percent(60) ? QStringLiteral("small") : QStringLiteral("medium");
        }
        e.industryCode = t->code;
        do {
            const QString brand = e.kind == u"individual-business-unit" ? random.pick(surnames()) + QStringLiteral("记")
                                                                        : random.pick(brandChars()) + random.pick(brandChars());
            e.name = place.prefix + brand + random.pick(t->suffixes);
        } while (usedNames.contains(e.name));
        usedNames.insert(e.name);
        e.uscc = withKindPrefix(identity::Uscc::make(e.region, serialFor(index)), e.kind);
        e.id = makeUuid(QStringLiteral("employer:") + e.uscc);
        batch.employers.append(e);
        ++summary.employers;

        const int employees = e.sizeClass == u"micro" ? random.between(1, 2)
            : e.sizeClass == u"small"                 ? random.between(2, 3)
            : e.sizeClass == u"medium"                ? random.between(3, 4)
                                                      : random.between(4, 5);
        for (int k = 0; k < employees; ++k) {
            InsuredPerson p;
            p.sex = random.percent(50) ? Sex::Male : Sex::Female;
            const bool male = p.sex == Sex::Male;
            const QStringList &given = male ? maleGivenChars() : femaleGivenChars();
            p.name = random.pick(surnames()) + random.pick(given);
            if (random.percent(65))
                p.name += random.pick(given);
            if (p.name == colleagueLiName() || p.name == colleagueWangName())
                p.name += random.pick(given);
            const int year = random.between(1991, 2003);
            const int month = random.between(1, 12);
            p.birthDate = QDate(year, month, random.between(1, QDate(year, month, 1).daysInMonth()));
            p.retirementGroup = male ? RetirementGroup::Male : random.percent(40) ? RetirementGroup::Female55 : RetirementGroup::Female50;
            p.region = e.region;
            do {
                p.citizenId = identity::CitizenId::make(p.region, p.birthDate, random.between(0, 499) * 2 + (male ? 1 : 0));
            } while (usedCitizenIds.contains(p.citizenId));
            usedCitizenIds.insert(p.citizenId);
            p.id = makeUuid(QStringLiteral("person:") + p.citizenId);
            const YearMonth first = random.percent(20) ? YearMonth(2022, random.between(2, 9)) : YearMonth(2022, 1);
            p.firstWorkDate = YearMonth::fromDate(p.birthDate).addMonths(random.between(18 * 12, 22 * 12)).firstDay();
            if (p.firstWorkDate > first.firstDay())
                p.firstWorkDate = first.firstDay();
            const Money base = Money::fromFen(qint64(random.between(40, 200)) * 100 * 100);
            QList<ContributionRecord> records;
            for (YearMonth m = first; m <= YearMonth(2022, 12); m = m.addMonths(1)) {
                ContributionRecord r;
                r.month = m;
                r.region = e.region;
                r.kind = ContributionKind::Employee;
                r.employerId = e.id;
                r.base = base;
                r.employerAmount = Money::fromYuan(base.yuan() * employerRate, RoundingMode::HalfUp);
                r.personalAmount = Money::fromYuan(base.yuan() * personalRate, RoundingMode::HalfUp);
                records.append(r);
            }
            summary.contributionRecords += records.size();
            ++summary.persons;
            batch.records.append({p.id, std::move(records)});
            batch.persons.append(std::move(p));
        }
        if (batch.employers.size() >= kEmployerBatch) {
            if (const Status s = flush(); !s)
                return s.error();
        }
    }
    if (const Status s = flush(); !s)
        return s.error();
    return summary;
}

Result<DemoGenerator::Summary> DemoGenerator::writeNewFile(const QString &path, int persons, int sweepEmployers) const
{
    if (sweepEmployers < 0 || sweepEmployers > maxSweepEmployers())
        return Error::badInput(QStringLiteral("employers"),
                               tr("the number of employers must be between 0 and %1").arg(maxSweepEmployers()));
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error::badInput(QStringLiteral("out"), tr("no output file was given"));
    if (info.exists() || info.isSymLink())
        return Error::badInput(QStringLiteral("out"), tr("%1 already exists; a demo database is only written to a new file").arg(path));
    if (!info.absoluteDir().exists())
        return Error::badInput(QStringLiteral("out"), tr("the directory %1 does not exist").arg(info.absolutePath()));

    // The name of the temporary file only: its content does not depend on it.
    QString temporary;
    do {
        temporary = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2.partial").arg(info.fileName()).arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0')));
    } while (QFileInfo::exists(temporary));
    const auto removeTemporary = [&temporary] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(temporary + suffix);
    };

    Summary summary;
    {
        auto store = storage::LocalStore::open(temporary, storage::LocalStore::OpenMode::CreateOrUpgrade);
        if (!store) {
            removeTemporary();
            return store.error();
        }
        const auto generated = generate(**store, persons);
        if (!generated) {
            store.value().reset();
            removeTemporary();
            return generated.error();
        }
        summary = *generated;
        if (sweepEmployers > 0) {
            const auto added = generateEmployers(**store, sweepEmployers);
            if (!added) {
                store.value().reset();
                removeTemporary();
                return added.error();
            }
            summary.persons += added->persons;
            summary.employers += added->employers;
            summary.contributionRecords += added->contributionRecords;
        }
        if (const Status s = (*store)->checkpoint(); !s) {
            store.value().reset();
            removeTemporary();
            return s.error();
        }
    } // the connection is closed here: the log is folded into the file and removed
    QFile file(temporary);
    if (!file.rename(path)) {
        const QString reason = file.errorString();
        removeTemporary();
        return Error::storage(tr("cannot move the new database to %1: %2").arg(path, reason));
    }
    return summary;
}

} // namespace tongban::demo
