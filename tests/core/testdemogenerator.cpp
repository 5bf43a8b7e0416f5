// Tests of tongban::demo::DemoGenerator and tongban::demo::DemoWageSeries.

#include "demo/demogenerator.h"
#include "demo/demowageseries.h"
#include "identity/citizenid.h"
#include "identity/uscc.h"
#include "storage/employerrepository.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using demo::DemoGenerator;
using demo::DemoWageSeries;
using storage::LocalStore;

namespace {

/// SHA-256 over every row of every table, in primary-key order.
QByteArray digest(const QString &path)
{
    auto store = LocalStore::open(path, LocalStore::OpenMode::ExistingOnly);
    if (!store)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : {QStringLiteral("employer"), QStringLiteral("insured_person"), QStringLiteral("contribution_record"),
                                 QStringLiteral("visit_session"), QStringLiteral("session_event")}) {
        QSqlQuery q((*store)->database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
            return {};
        hash.addData(table.toUtf8());
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

std::shared_ptr<const policy::ParameterSet> parameters()
{
    static const auto loaded = policy::ParameterSet::loadBuiltIn();
    return loaded ? *loaded : nullptr;
}

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(sql);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(parameters()); }

    void sameSeedSameContent()
    {
        QTemporaryDir dir;
        const DemoGenerator one(parameters(), 1);
        const auto a = one.writeNewFile(dir.filePath(QStringLiteral("a.sqlite")), 60);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        const auto b = DemoGenerator(parameters(), 1).writeNewFile(dir.filePath(QStringLiteral("b.sqlite")), 60);
        QVERIFY(b.ok());
        const auto c = DemoGenerator(parameters(), 2).writeNewFile(dir.filePath(QStringLiteral("c.sqlite")), 60);
        QVERIFY(c.ok());
        QCOMPARE(a->persons, 60);
        QCOMPARE(a->employers, 36);
        QVERIFY(a->contributionRecords > 60 * 100);
        const QByteArray da = digest(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(!da.isEmpty());
        QCOMPARE(digest(dir.filePath(QStringLiteral("b.sqlite"))), da);
        QVERIFY(digest(dir.filePath(QStringLiteral("c.sqlite"))) != da);
        // Only the three files are left: no temporary file, no log.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
    }

    void contentIsValid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(DemoGenerator(parameters(), 7).writeNewFile(path, 200).ok());
        auto store = LocalStore::open(path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const QSqlDatabase db = (*store)->database();
        test::createContributionTextView(db);

        const QStringList ids = column(db, QStringLiteral("SELECT citizen_id FROM insured_person"));
        QCOMPARE(ids.size(), 200);
        for (const QString &id : ids) {
            const auto v = identity::CitizenId::validate(id, test::clock().today());
            QVERIFY2(v.valid && v.normalized == id, qPrintable(id + u' ' + v.reason));
        }
        for (const QString &uscc : column(db, QStringLiteral("SELECT uscc FROM employer")))
            QVERIFY2(identity::Uscc::validate(uscc).isEmpty(), qPrintable(uscc));
        QCOMPARE(column(db, QStringLiteral("SELECT count(DISTINCT name) FROM employer")).value(0), QStringLiteral("36"));

        // Sex from the ID number; both sexes, both regions, all three groups, names with a dot.
        QCOMPARE(column(db,
                        QStringLiteral("SELECT count(*) FROM insured_person WHERE"
                                       " (CAST(substr(citizen_id, 17, 1) AS INTEGER) % 2 = 1) <> (sex = 'male')"))
                     .value(0),
                 QStringLiteral("0"));
        QCOMPARE(column(db, QStringLiteral("SELECT DISTINCT retirement_group FROM insured_person ORDER BY 1")),
                 (QStringList {QStringLiteral("female-50"), QStringLiteral("female-55"), QStringLiteral("male")}));
        QCOMPARE(column(db, QStringLiteral("SELECT DISTINCT substr(region, 1, 2) FROM insured_person ORDER BY 1")),
                 (QStringList {QStringLiteral("11"), QStringLiteral("32")}));
        QVERIFY(column(db, QStringLiteral("SELECT count(*) FROM insured_person WHERE name LIKE '%·%'")).value(0).toInt() > 0);
        QCOMPARE(column(db,
                        QStringLiteral("SELECT min(substr(birth_date, 1, 4)) >= '1955' AND max(substr(birth_date, 1, 4)) <= '1990'"
                                       " FROM insured_person WHERE citizen_id NOT IN ('%1', '%2')")
                            .arg(DemoGenerator::colleagueLiCitizenId(), DemoGenerator::colleagueWangCitizenId()))
                     .value(0),
                 QStringLiteral("1"));
        // Records: none after 2025-12, flexible ones at the floor with 20 % and no employer,
        // some persons with flexible periods and some with gaps.
        QCOMPARE(column(db, QStringLiteral("SELECT max(month) <= '2025-12' FROM contribution_text")).value(0), QStringLiteral("1"));
        QCOMPARE(column(db,
                        QStringLiteral("SELECT count(*) FROM contribution_text WHERE kind = 'flexible'"
                                       " AND (employer_id IS NOT NULL OR employer_fen <> 0 OR personal_fen <> (base_fen * 20 + 50) / 100)"))
                     .value(0),
                 QStringLiteral("0"));
        QVERIFY(
            column(db, QStringLiteral("SELECT count(DISTINCT person_id) FROM contribution_text WHERE kind = 'flexible'")).value(0).toInt()
            > 2);
        QCOMPARE(
            column(db, QStringLiteral("SELECT count(*) FROM contribution_text WHERE kind = 'employee' AND employer_id IS NULL")).value(0),
            QStringLiteral("0"));
        QCOMPARE(column(db,
                        QStringLiteral("SELECT count(*) FROM contribution_text c JOIN employer e ON e.id = c.employer_id"
                                       " WHERE substr(e.region, 1, 2) <> substr(c.region, 1, 2)"))
                     .value(0),
                 QStringLiteral("0"));
        QCOMPARE(column(db, QStringLiteral("SELECT count(*) FROM insured_person WHERE account_opening_month IS NOT '2015-12'")).value(0),
                 QStringLiteral("0"));
        QCOMPARE(column(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
        QCOMPARE(column(db, QStringLiteral("PRAGMA integrity_check")), QStringList {QStringLiteral("ok")});

        // Bases within 60 %–300 % of the year's wage, employee shares by the rates.
        const DemoWageSeries beijing(*parameters()->region(QStringLiteral("110000")).value());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT month, base_fen, employer_fen, personal_fen, kind FROM contribution_text"
                                      " WHERE region LIKE '11%'")));
        int checked = 0;
        while (q.next()) {
            const YearMonth month = *YearMonth::parse(q.value(0).toString());
            const Money wage = beijing.wageFor(month.year()).monthly;
            const qint64 base = q.value(1).toLongLong();
            const Money floor = Money::fromYuan(wage.yuan() * Rational(3, 5), RoundingMode::HalfUp);
            QVERIFY(base >= floor.fen() && base <= wage.fen() * 3);
            if (q.value(4).toString() == u"employee") {
                const Rational employerRate = month < YearMonth(2019, 5) ? Rational(20, 100) : Rational(16, 100);
                QCOMPARE(q.value(2).toLongLong(), Money::fromYuan(Money::fromFen(base).yuan() * employerRate, RoundingMode::HalfUp).fen());
                QCOMPARE(q.value(3).toLongLong(),
                         Money::fromYuan(Money::fromFen(base).yuan() * Rational(8, 100), RoundingMode::HalfUp).fen());
            } else {
                QCOMPARE(base, floor.fen());
            }
            ++checked;
        }
        QVERIFY(checked > 1000);
    }

    void colleagues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(DemoGenerator(parameters(), 99).writeNewFile(path, 2).ok());
        auto store = LocalStore::open(path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const storage::PersonRepository repository((*store)->database(), test::clock());
        QCOMPARE(repository.countPersons().value(), qint64(2));

        const auto li = repository.findByCitizenId(DemoGenerator::colleagueLiCitizenId());
        const auto wang = repository.findByCitizenId(DemoGenerator::colleagueWangCitizenId());
        QVERIFY(li.ok() && li->has_value() && wang.ok() && wang->has_value());
        QCOMPARE((*li)->name, DemoGenerator::colleagueLiName());
        QCOMPARE((*wang)->name, DemoGenerator::colleagueWangName());
        for (const insured::InsuredPerson &p : {**li, **wang}) {
            QVERIFY(identity::CitizenId::validate(p.citizenId, test::clock().today()).valid);
            QCOMPARE(YearMonth::fromDate(p.birthDate), YearMonth(1964, 3));
            QCOMPARE(p.sex, insured::Sex::Male);
            QCOMPARE(p.firstWorkDate, QDate(1984, 7, 1));
            QCOMPARE(p.deemedMonths, 99); // 1984-07…1992-09, Beijing deemed_until
            QCOMPARE(p.accountOpeningMonth, YearMonth(2015, 12));
            QVERIFY(p.accountOpeningBalance.fen() > 0);
        }
        const auto liRecords = repository.loadContributionRecords((*li)->id).value();
        const auto wangRecords = repository.loadContributionRecords((*wang)->id).value();
        QCOMPARE(liRecords.size(), YearMonth(1992, 10).monthsTo(YearMonth(2024, 2)) + 1);
        QCOMPARE(wangRecords.size(), liRecords.size());
        QCOMPARE(liRecords.first().month, YearMonth(1992, 10));
        QCOMPARE(liRecords.last().month, YearMonth(2024, 2));
        QCOMPARE(wangRecords.last().month, YearMonth(2024, 2));

        const auto factory = storage::EmployerRepository((*store)->database(), test::clock()).find(liRecords.first().employerId).value();
        QVERIFY(factory.has_value());
        QCOMPARE(factory->name, DemoGenerator::colleaguesFactoryName());
        int flexible = 0;
        for (qsizetype i = 0; i < liRecords.size(); ++i) {
            const insured::ContributionRecord &l = liRecords.at(i);
            const insured::ContributionRecord &w = wangRecords.at(i);
            QCOMPARE(l.kind, insured::ContributionKind::Employee);
            QCOMPARE(l.employerId, factory->id);
            QCOMPARE(w.month, l.month);
            const bool spell = l.month >= YearMonth(2003, 1) && l.month <= YearMonth(2009, 12);
            if (spell) {
                ++flexible;
                QCOMPARE(w.kind, insured::ContributionKind::Flexible);
                QVERIFY(w.employerId.isEmpty());
                QVERIFY(w.base < l.base); // the 60 % floor against index 1.1
                QCOMPARE(w.personalAmount, Money::fromYuan(w.base.yuan() * Rational(1, 5), RoundingMode::HalfUp));
            } else {
                QCOMPARE(w.kind, insured::ContributionKind::Employee);
                QCOMPARE(w.employerId, factory->id);
                QCOMPARE(w.base, l.base);
            }
        }
        QCOMPARE(flexible, 84);
        QVERIFY((*wang)->accountOpeningBalance < (*li)->accountOpeningBalance);
    }

    // The records' secondary indexes are dropped while the file fills and built again at the end:
    // the file ends with the schema's own indexes, holding every record.
    void theFileHasTheSchemasIndexes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("indexed.sqlite"));
        QVERIFY(DemoGenerator(parameters(), 5).writeNewFile(path, 30, 20).ok());
        const auto indexes = [](const QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"));
            QStringList found;
            while (q.next())
                found << q.value(0).toString() + u'|' + q.value(1).toString();
            return found;
        };
        auto generated = LocalStore::open(path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY(generated.ok());
        auto empty = LocalStore::open(dir.filePath(QStringLiteral("empty.sqlite")), LocalStore::OpenMode::CreateOrUpgrade);
        QVERIFY(empty.ok());
        const QStringList expected = indexes((*empty)->database());
        QVERIFY(expected.join(u'\n').contains(QStringLiteral("contribution_record_employer")));
        QCOMPARE(indexes((*generated)->database()), expected);
        QSqlQuery q((*generated)->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contribution_record INDEXED BY contribution_record_employer"
                                      " WHERE employer_key IS NOT NULL"))
                && q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
    }

    void refusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        const auto result = DemoGenerator(parameters(), 1).writeNewFile(path, 10);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::BadInput);
        QCOMPARE(result.error().field, QStringLiteral("out"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void failureLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        const auto result = DemoGenerator(parameters(), 1).writeNewFile(path, 1); // fewer than the fixed cast
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, QStringLiteral("persons"));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(!DemoGenerator(parameters(), 1).writeNewFile(dir.filePath(QStringLiteral("no/such/dir.sqlite")), 10).ok());
    }

    void wageSeries()
    {
        const DemoWageSeries beijing(*parameters()->region(QStringLiteral("110000")).value());
        const auto shipped = parameters()->region(QStringLiteral("110000")).value()->averageWageFor(2024);
        QVERIFY(shipped.ok());
        QCOMPARE(beijing.wageFor(2024).monthly, Money::fromYuan(shipped->value, RoundingMode::HalfUp));
        QVERIFY(!beijing.wageFor(2024).synthetic);
        // Far in the past: synthetic, 10 % a year below the next year.
        const DemoWageSeries::Wage w1960 = beijing.wageFor(1960);
        const DemoWageSeries::Wage w1961 = beijing.wageFor(1961);
        QVERIFY(w1960.synthetic && w1961.synthetic);
        QCOMPARE(w1960.monthly, Money::fromYuan(w1961.monthly.yuan() * Rational(10, 11), RoundingMode::HalfUp));
        // In the future: the latest figure carried forward.
        QVERIFY(beijing.wageFor(2090).synthetic);
        QCOMPARE(beijing.wageFor(2090).monthly, beijing.wageFor(2089).monthly);
    }

    void thousandPersonsInReasonableTime()
    {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        const auto result = DemoGenerator(parameters(), 3).writeNewFile(dir.filePath(QStringLiteral("big.sqlite")), 1000);
        QVERIFY(result.ok());
        QCOMPARE(result->persons, 1000);
        qInfo("1000 persons, %lld records in %lld ms", result->contributionRecords, timer.elapsed());
        QVERIFY2(timer.elapsed() < 60000, "generating 1000 persons took more than a minute");
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "testdemogenerator.moc"
