// Tests of tongban::storage::PersonRepository on a real SQLite file in a temporary directory.

#include "identity/citizenid.h"
#include "storage/employerrepository.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace tongban;
using insured::ContributionKind;
using insured::ContributionRecord;
using insured::Employer;
using insured::InsuredPerson;
using storage::LocalStore;
using storage::PersonRepository;

namespace {

const QDateTime kFixedTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc());

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QChar(u'0'));
}

InsuredPerson person(int n, const QString &name, QDate birth, insured::Sex sex)
{
    InsuredPerson p;
    p.id = uuid(1000 + n);
    p.citizenId = identity::CitizenId::make(QStringLiteral("110105"), birth, 2 * n + (sex == insured::Sex::Male ? 1 : 0));
    p.name = name;
    p.sex = sex;
    p.birthDate = birth;
    p.retirementGroup = sex == insured::Sex::Male ? insured::RetirementGroup::Male : insured::RetirementGroup::Female55;
    p.region = QStringLiteral("110105");
    p.firstWorkDate = QDate(birth.year() + 20, 7, 1);
    p.deemedMonths = 12;
    p.accountOpeningBalance = Money::fromFen(1234567);
    p.accountOpeningMonth = YearMonth(2015, 12);
    p.phone = QStringLiteral("13800000000");
    return p;
}

ContributionRecord record(YearMonth month, qint64 baseFen, ContributionKind kind, const QString &employerId)
{
    ContributionRecord r;
    r.month = month;
    r.base = Money::fromFen(baseFen);
    r.kind = kind;
    r.region = QStringLiteral("110105");
    if (kind == ContributionKind::Employee) {
        r.employerId = employerId;
        r.employerAmount = Money::fromFen(baseFen * 16 / 100);
        r.personalAmount = Money::fromFen(baseFen * 8 / 100);
    } else {
        r.personalAmount = Money::fromFen(baseFen * 20 / 100);
    }
    return r;
}

Employer employer()
{
    Employer e;
    e.id = uuid(1);
    e.uscc = QStringLiteral("91350100M000100Y43");
    e.name = QStringLiteral("北京市朝阳区星光电子厂");
    e.industryCode = QStringLiteral("C39");
    e.sizeClass = QStringLiteral("medium");
    e.kind = QStringLiteral("enterprise");
    e.region = QStringLiteral("110105");
    return e;
}

QStringList names(const QList<InsuredPerson> &persons)
{
    QStringList out;
    for (const InsuredPerson &p : persons)
        out << p.name;
    return out;
}

} // namespace

class TestPersonRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<PersonRepository> m_repository;
    std::unique_ptr<storage::EmployerRepository> m_employers;

    int count(const QString &table) const
    {
        QSqlQuery q(m_store->database());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        q.next();
        return q.value(0).toInt();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        m_store = std::move(store.value());
        m_repository = std::make_unique<PersonRepository>(m_store->database(), [] { return kFixedTime; });
        m_employers = std::make_unique<storage::EmployerRepository>(m_store->database(), [] { return kFixedTime; });
    }

    void cleanup()
    {
        m_employers.reset();
        m_repository.reset();
        m_store.reset();
    }

    void roundTrip()
    {
        QVERIFY(m_employers->upsert({employer()}).ok());
        const InsuredPerson li = person(1, QStringLiteral("李志强"), QDate(1964, 3, 15), insured::Sex::Male);
        QVERIFY(m_repository->upsertPersons({li}).ok());
        QList<ContributionRecord> records;
        // Written out of order: loaded back ordered by month, employee before flexible.
        records << record(YearMonth(2003, 2), 103620, ContributionKind::Flexible, QString())
                << record(YearMonth(2003, 1), 190000, ContributionKind::Employee, employer().id)
                << record(YearMonth(2003, 1), 103620, ContributionKind::Flexible, QString());
        QVERIFY(m_repository->insertContributionRecords(li.id, records).ok());

        const auto loaded = m_repository->loadPerson(li.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->citizenId, li.citizenId);
        QCOMPARE(loaded->name, li.name);
        QCOMPARE(loaded->sex, li.sex);
        QCOMPARE(loaded->birthDate, li.birthDate);
        QCOMPARE(loaded->retirementGroup, li.retirementGroup);
        QCOMPARE(loaded->region, li.region);
        QCOMPARE(loaded->firstWorkDate, li.firstWorkDate);
        QCOMPARE(loaded->deemedMonths, li.deemedMonths);
        QCOMPARE(loaded->accountOpeningBalance, li.accountOpeningBalance);
        QCOMPARE(loaded->accountOpeningMonth, li.accountOpeningMonth);
        QCOMPARE(loaded->phone, li.phone);

        const auto byId = m_repository->findByCitizenId(li.citizenId);
        QVERIFY(byId.ok() && byId->has_value());
        QCOMPARE((*byId)->id, li.id);
        const auto none = m_repository->findByCitizenId(QStringLiteral("11010519491231002X"));
        QVERIFY(none.ok() && !none->has_value());

        const auto loadedRecords = m_repository->loadContributionRecords(li.id);
        QVERIFY(loadedRecords.ok());
        QCOMPARE(loadedRecords->size(), 3);
        QCOMPARE(loadedRecords->at(0).month, YearMonth(2003, 1));
        QCOMPARE(loadedRecords->at(0).kind, ContributionKind::Employee);
        QCOMPARE(loadedRecords->at(0).base, Money::fromFen(190000));
        QCOMPARE(loadedRecords->at(0).employerAmount, Money::fromFen(30400));
        QCOMPARE(loadedRecords->at(0).personalAmount, Money::fromFen(15200));
        QCOMPARE(loadedRecords->at(0).employerId, employer().id);
        QCOMPARE(loadedRecords->at(1).kind, ContributionKind::Flexible);
        QVERIFY(loadedRecords->at(1).employerId.isEmpty());
        QCOMPARE(loadedRecords->at(2).month, YearMonth(2003, 2));

        const auto factory = m_employers->find(employer().id);
        QVERIFY(factory.ok() && factory->has_value());
        QCOMPARE((*factory)->uscc, employer().uscc);
        QCOMPARE((*factory)->name, employer().name);
        QCOMPARE(m_repository->countPersons().value(), qint64(1));
        QVERIFY(!m_repository->loadPerson(uuid(999)).ok());
        QCOMPARE(m_repository->loadPerson(uuid(999)).error().kind, Error::Kind::NotFound);
    }

    void upsertUpdatesAndCountsVersions()
    {
        InsuredPerson p = person(1, QStringLiteral("张伟"), QDate(1970, 5, 5), insured::Sex::Male);
        QVERIFY(m_repository->upsertPersons({p}).ok());
        p.phone = QStringLiteral("13911112222");
        QVERIFY(m_repository->upsertPersons({p}).ok());
        QCOMPARE(m_repository->loadPerson(p.id)->phone, QStringLiteral("13911112222"));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT version, created_at FROM insured_person")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-01-01T08:00:00.000Z"));
        QCOMPARE(count(QStringLiteral("insured_person")), 1);
    }

    void invalidCitizenIdIsBadInput()
    {
        InsuredPerson p = person(1, QStringLiteral("张伟"), QDate(1970, 5, 5), insured::Sex::Male);
        p.citizenId[17] = p.citizenId[17] == u'1' ? u'2' : u'1';
        const auto s = m_repository->upsertPersons({person(2, QStringLiteral("王芳"), QDate(1971, 1, 1), insured::Sex::Female), p});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::BadInput);
        QCOMPARE(s.error().field, QStringLiteral("persons[1].citizen_id"));
        QCOMPARE(count(QStringLiteral("insured_person")), 0);
    }

    void searchByName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("partial Uyghur name") << QStringLiteral("阿依") << QStringList {QStringLiteral("阿依古丽·买买提")};
        QTest::newRow("father's name, two persons")
            << QStringLiteral("买买提") << QStringList {QStringLiteral("买买提·艾力"), QStringLiteral("阿依古丽·买买提")};
        QTest::newRow("with the middle dot") << QStringLiteral("古丽·买") << QStringList {QStringLiteral("阿依古丽·买买提")};
        QTest::newRow("bullet typed for the dot") << QStringLiteral("阿依古丽•买买提") << QStringList {QStringLiteral("阿依古丽·买买提")};
        QTest::newRow("full stop typed for the dot") << QStringLiteral("买买提.艾力") << QStringList {QStringLiteral("买买提·艾力")};
        QTest::newRow("katakana dot and spaces") << QStringLiteral("热依拉 ・ 吐尔逊") << QStringList {QStringLiteral("热依拉·吐尔逊")};
        QTest::newRow("Han name") << QStringLiteral("王建") << QStringList {QStringLiteral("王建国")};
        QTest::newRow("percent is literal") << QStringLiteral("%") << QStringList {QStringLiteral("测试%号")};
        QTest::newRow("percent inside") << QStringLiteral("试%") << QStringList {QStringLiteral("测试%号")};
        QTest::newRow("underscore is literal") << QStringLiteral("王_国") << QStringList();
        QTest::newRow("backslash is literal") << QStringLiteral("\\") << QStringList();
        QTest::newRow("nobody") << QStringLiteral("欧阳") << QStringList();
        QTest::newRow("empty finds nobody") << QStringLiteral("  ") << QStringList();
    }

    void searchByName()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QList<InsuredPerson> persons {
            person(1, QStringLiteral("阿依古丽 · 买买提"), QDate(1975, 4, 1), insured::Sex::Female), // stored with U+00B7
            person(2, QStringLiteral("买买提·艾力"), QDate(1968, 9, 9), insured::Sex::Male),
            person(3, QStringLiteral("热依拉·吐尔逊"), QDate(1980, 1, 20), insured::Sex::Female),
            person(4, QStringLiteral("王建国"), QDate(1964, 3, 8), insured::Sex::Male),
            person(5, QStringLiteral("测试%号"), QDate(1990, 1, 1), insured::Sex::Male),
        };
        QVERIFY(m_repository->upsertPersons(persons).ok());
        const auto found = m_repository->searchByName(query);
        QVERIFY(found.ok());
        QCOMPARE(names(*found), expected);
    }

    void searchLimit()
    {
        QList<InsuredPerson> persons;
        for (int i = 0; i < 30; ++i)
            persons << person(i, QStringLiteral("张%1").arg(QChar(u'一' + i)), QDate(1970, 1, 1).addDays(i), insured::Sex::Male);
        QVERIFY(m_repository->upsertPersons(persons).ok());
        QCOMPARE(m_repository->searchByName(QStringLiteral("张"), 10)->size(), 10);
        QCOMPARE(m_repository->searchByName(QStringLiteral("张"))->size(), 30);
    }

    void failingBulkImportChangesNothing()
    {
        QVERIFY(m_employers->upsert({employer()}).ok());
        const InsuredPerson kept = person(9, QStringLiteral("赵敏"), QDate(1972, 2, 2), insured::Sex::Female);
        QVERIFY(m_repository->upsertPersons({kept}).ok());

        PersonRepository::Batch batch;
        Employer second = employer();
        second.id = uuid(2);
        second.uscc = QStringLiteral("91110105MA01A0000Y");
        second.name = QStringLiteral("北京市海淀区华信科技有限公司");
        batch.employers << second;
        const InsuredPerson a = person(1, QStringLiteral("李志强"), QDate(1964, 3, 15), insured::Sex::Male);
        const InsuredPerson b = person(2, QStringLiteral("王建国"), QDate(1964, 3, 8), insured::Sex::Male);
        batch.persons << a << b;
        QList<ContributionRecord> good;
        for (int m = 1; m <= 12; ++m)
            good << record(YearMonth(2020, m), 1000000, ContributionKind::Employee, second.id);
        batch.records.append({a.id, good});
        // The last record of b is bad: a negative base violates a CHECK constraint.
        QList<ContributionRecord> bad = good;
        bad.last().base = Money::fromFen(-1);
        batch.records.append({b.id, bad});

        const auto s = m_repository->importBatch(batch);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Storage);
        QVERIFY2(s.error().message.contains(QStringLiteral("CHECK"), Qt::CaseInsensitive), qPrintable(s.error().message));
        QCOMPARE(count(QStringLiteral("employer")), 1);
        QCOMPARE(count(QStringLiteral("insured_person")), 1);
        QCOMPARE(count(QStringLiteral("contribution_record")), 0);

        // A record for a person that does not exist: the foreign key stops the whole call.
        const auto orphan = m_repository->insertContributionRecords(uuid(777), good);
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.error().kind, Error::Kind::Storage);
        QCOMPARE(count(QStringLiteral("contribution_record")), 0);

        // The same batch, corrected, goes in whole.
        batch.records.last().second = good;
        QVERIFY(m_repository->importBatch(batch).ok());
        QCOMPARE(count(QStringLiteral("insured_person")), 3);
        QCOMPARE(count(QStringLiteral("contribution_record")), 24);
    }

    void duplicateCitizenIdIsAStorageError()
    {
        const InsuredPerson a = person(1, QStringLiteral("李志强"), QDate(1964, 3, 15), insured::Sex::Male);
        InsuredPerson b = a;
        b.id = uuid(5555);
        QVERIFY(m_repository->upsertPersons({a}).ok());
        const auto s = m_repository->upsertPersons({b});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Storage);
        QVERIFY2(s.error().message.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive), qPrintable(s.error().message));
    }

    void normalizedName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("already normal") << QStringLiteral("阿依古丽·买买提") << QStringLiteral("阿依古丽·买买提");
        QTest::newRow("bullet with spaces") << QStringLiteral(" 阿依古丽 • 买买提 ") << QStringLiteral("阿依古丽·买买提");
        QTest::newRow("hyphenation point") << QStringLiteral("阿依古丽‧买买提") << QStringLiteral("阿依古丽·买买提");
        QTest::newRow("full-width full stop") << QStringLiteral("阿依古丽．买买提") << QStringLiteral("阿依古丽·买买提");
        QTest::newRow("ideographic space kept inside a Han name") << QStringLiteral("王　芳") << QStringLiteral("王　芳");
    }

    void normalizedName()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PersonRepository::normalizedName(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestPersonRepository)
#include "testpersonrepository.moc"
