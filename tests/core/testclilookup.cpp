// Runs the real tongban-cli (TONGBAN_CLI_PATH): `demo-db` and `lookup` on a demo database in a
// temporary directory (contract: ../shared/contracts/cli.md).

#include "demo/demogenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using tongban::YearMonth;
using tongban::demo::DemoGenerator;

namespace {

struct Run
{
    int exitCode = -1;
    QJsonObject json;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TONGBAN_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return run;
}

QString errorField(const Run &run)
{
    return run.json.value(u"error").toObject().value(u"field").toString();
}

} // namespace

class TestCliLookup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run run = cli({QStringLiteral("demo-db"), QStringLiteral("--out"), m_db, QStringLiteral("--persons"), QStringLiteral("200"),
                             QStringLiteral("--seed"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(u"persons").toInt(), 200);
        QCOMPARE(run.json.value(u"employers").toInt(), 36);
        QVERIFY(run.json.value(u"contribution_records").toInt() > 10000);
    }

    // A person of a region whose average wages are not in the data (the sweep employers' staff of
    // Jilin and Anhui, which ship none): the person and the history are shown; the indices are
    // missing and the missing figure names the region. A person of 沈阳, which publishes no average
    // wage of its own, has indices on Liaoning's series.
    void personOfARegionWithoutAverageWagesIsShown()
    {
        const QString db = m_dir.filePath(QStringLiteral("regions.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo-db"), QStringLiteral("--out"), db, QStringLiteral("--persons"), QStringLiteral("2"),
                      QStringLiteral("--employers"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("4")})
                     .exitCode,
                 0);
        const auto firstOf = [&](const QString &provinces) {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("regions"));
            sql.setDatabaseName(db);
            QStringList found;
            if (sql.open()) {
                QSqlQuery q(sql);
                if (q.exec(QStringLiteral("SELECT citizen_id, region FROM insured_person WHERE substr(region, 1, 2) IN (%1)"
                                          " ORDER BY citizen_id LIMIT 1")
                               .arg(provinces))
                    && q.next())
                    found << q.value(0).toString() << q.value(1).toString();
            }
            sql = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("regions"));
            return found;
        };
        const QStringList withoutWages = firstOf(QStringLiteral("'22', '34'"));
        QVERIFY2(withoutWages.size() == 2, "the demo file has no person of Jilin or Anhui");
        const QString region = withoutWages.at(1);
        Run run = cli({QStringLiteral("lookup"), QStringLiteral("--db"), db, QStringLiteral("--id"), withoutWages.at(0)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(u"person").toObject().value(u"region").toString(), region);
        QJsonArray years = run.json.value(u"years").toArray();
        QVERIFY(!years.isEmpty());
        QVERIFY(years.first().toObject().value(u"index").isNull());
        QVERIFY(years.first().toObject().value(u"months_paid").toInt() > 0);
        QJsonObject totals = run.json.value(u"totals").toObject();
        QVERIFY(totals.value(u"average_index").isNull());
        QVERIFY(totals.value(u"actual_months").toInt() > 0);
        const QJsonArray missing = totals.value(u"missing_figures").toArray();
        QVERIFY(!missing.isEmpty());
        const QString province = region.startsWith(u"22") ? QStringLiteral("吉林省") : QStringLiteral("安徽省");
        QVERIFY2(missing.first().toString().contains(province), qPrintable(missing.first().toString()));

        const QStringList shenyang = firstOf(QStringLiteral("'21'"));
        QVERIFY2(shenyang.size() == 2, "the demo file has no person of Liaoning");
        run = cli({QStringLiteral("lookup"), QStringLiteral("--db"), db, QStringLiteral("--id"), shenyang.at(0)});
        QCOMPARE(run.exitCode, 0);
        years = run.json.value(u"years").toArray();
        QVERIFY(!years.isEmpty());
        const QJsonObject first = years.first().toObject();
        QVERIFY(first.value(u"months_paid").toInt() > 0);
        QVERIFY(!first.value(u"index").isNull());
        // Contributions of 2022 divide by Liaoning's 2021 average wage, 6383 a month.
        QCOMPARE(first.value(u"year").toInt(), 2022);
        QCOMPARE(first.value(u"average_wage").toDouble(), 6383.0);
        totals = run.json.value(u"totals").toObject();
        QVERIFY(!totals.value(u"average_index").isNull());
    }

    void demoDbRefusesToOverwrite()
    {
        const Run run = cli({QStringLiteral("demo-db"), QStringLiteral("--out"), m_db});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(errorField(run), QStringLiteral("--out"));
    }

    void demoDbBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("field");
        QTest::newRow("no --out") << QStringList {QStringLiteral("--persons"), QStringLiteral("5")} << QStringLiteral("--out");
        QTest::newRow("one person") << QStringList {QStringLiteral("--out"), QStringLiteral("x.sqlite"), QStringLiteral("--persons"),
                                                    QStringLiteral("1")}
                                    << QStringLiteral("--persons");
        QTest::newRow("seed not a number") << QStringList {QStringLiteral("--out"), QStringLiteral("x.sqlite"), QStringLiteral("--seed"),
                                                           QStringLiteral("abc")}
                                           << QStringLiteral("--seed");
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--force")} << QStringLiteral("--force");
    }

    void demoDbBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, field);
        const Run run = cli(QStringList {QStringLiteral("demo-db")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(errorField(run), field);
        QVERIFY(!QFile::exists(QStringLiteral("x.sqlite")));
    }

    void wangJianguoById()
    {
        const Run run = cli(
            {QStringLiteral("lookup"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), DemoGenerator::colleagueWangCitizenId()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject person = run.json.value(u"person").toObject();
        QCOMPARE(person.value(u"id_number").toString(), QStringLiteral("110105********0173"));
        QCOMPARE(person.value(u"name").toString(), DemoGenerator::colleagueWangName());
        QCOMPARE(person.value(u"sex").toString(), QStringLiteral("male"));
        QCOMPARE(person.value(u"birth").toString(), QStringLiteral("1964-03-08"));
        QCOMPARE(person.value(u"region").toString(), QStringLiteral("110105"));
        QCOMPARE(person.value(u"retirement_group").toString(), QStringLiteral("male"));
        QCOMPARE(person.value(u"deemed_months").toInt(), 99);

        const QJsonArray years = run.json.value(u"years").toArray();
        QVERIFY(!years.isEmpty());
        QCOMPARE(years.first().toObject().value(u"year").toInt(), 1992);
        int flexibleYears = 0;
        for (const QJsonValue &v : years) {
            const QJsonObject y = v.toObject();
            for (const char *key :
                 {"year", "months_paid", "average_base", "average_wage", "index", "kinds", "gap_months", "account_balance"})
                QVERIFY2(y.contains(QLatin1StringView(key)), key);
            const int year = y.value(u"year").toInt();
            if (year >= 2003 && year <= 2009) {
                QCOMPARE(y.value(u"kinds").toArray(), QJsonArray {QStringLiteral("flexible")});
                QCOMPARE(y.value(u"months_paid").toInt(), 12);
                ++flexibleYears;
                if (!y.value(u"index").isNull())
                    QCOMPARE(y.value(u"index").toDouble(), 0.6); // the 60 % floor
            } else if (year >= 1993 && year <= 2023) {
                QCOMPARE(y.value(u"kinds").toArray(), QJsonArray {QStringLiteral("employee")});
                if (!y.value(u"index").isNull())
                    QCOMPARE(y.value(u"index").toDouble(), 1.1);
            }
            if (year >= 2016)
                QVERIFY(y.value(u"account_balance").toDouble() > 0);
        }
        QCOMPARE(flexibleYears, 7);
        const QJsonObject totals = run.json.value(u"totals").toObject();
        QCOMPARE(totals.value(u"actual_months").toInt(), YearMonth(1992, 10).monthsTo(YearMonth(2024, 2)) + 1);
        QCOMPARE(totals.value(u"deemed_months").toInt(), 99);
        QVERIFY(totals.value(u"account_balance").toDouble() > 0);
    }

    // The full number is an expert's right (testcliaudit signs one in): the CLI without a sign-in
    // acts with a window clerk's rights.
    void unmaskedNeedsTheRight()
    {
        const Run run
            = cli({QStringLiteral("lookup"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), DemoGenerator::colleagueLiCitizenId(),
                   QStringLiteral("--unmasked"), QStringLiteral("--reason"), QStringLiteral("本人申请核对")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(errorField(run), QStringLiteral("--unmasked"));
        QVERIFY(!run.json.value(u"person").isObject());
    }

    void byName()
    {
        const Run one
            = cli({QStringLiteral("lookup"), QStringLiteral("--db"), m_db, QStringLiteral("--name"), DemoGenerator::colleagueLiName()});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.json.value(u"person").toObject().value(u"id_number").toString(), QStringLiteral("110105********0311"));

        // Several matches: a list with masked numbers, each person listed audited.
        const auto nameMatchRecords = [this] {
            QStringList subjects;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
                db.setDatabaseName(m_db);
                if (db.open()) {
                    QSqlQuery q(db);
                    q.exec(
                        QStringLiteral("SELECT subject FROM audit_record WHERE action = 'look-up' AND object = 'name-match' ORDER BY seq"));
                    while (q.next())
                        subjects << q.value(0).toString();
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("audit"));
            return subjects;
        };
        const QStringList before = nameMatchRecords();
        const Run many = cli({QStringLiteral("lookup"), QStringLiteral("--db"), m_db, QStringLiteral("--name"), QStringLiteral("·")});
        QCOMPARE(many.exitCode, 0);
        const QJsonArray matches = many.json.value(u"matches").toArray();
        QVERIFY(matches.size() > 1);
        for (const QJsonValue &m : matches) {
            QVERIFY(m.toObject().value(u"id_number").toString().contains(QStringLiteral("********")));
            QVERIFY(m.toObject().value(u"name").toString().contains(u'·'));
        }
        const QStringList listed = nameMatchRecords().mid(before.size());
        QCOMPARE(listed.size(), matches.size());
        for (qsizetype i = 0; i < listed.size(); ++i) {
            QCOMPARE(listed.at(i).left(6), matches.at(i).toObject().value(u"id_number").toString().left(6));
            QCOMPARE(listed.at(i).right(4), matches.at(i).toObject().value(u"id_number").toString().right(4));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad check character") << QStringList {QStringLiteral("--id"), QStringLiteral("110105196403080174")}
                                             << QStringLiteral("--id");
        QTest::newRow("too short") << QStringList {QStringLiteral("--id"), QStringLiteral("1101051964")} << QStringLiteral("--id");
        QTest::newRow("valid but unknown") << QStringList {QStringLiteral("--id"), QStringLiteral("11010519491231002X")}
                                           << QStringLiteral("--id");
        QTest::newRow("unknown name") << QStringList {QStringLiteral("--name"), QStringLiteral("不存在的人")} << QStringLiteral("--name");
        QTest::newRow("both") << QStringList {QStringLiteral("--id"), QStringLiteral("11010519491231002X"), QStringLiteral("--name"),
                                              QStringLiteral("王")}
                              << QStringLiteral("--id");
        QTest::newRow("neither") << QStringList() << QStringLiteral("--id");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, field);
        const Run run = cli(QStringList {QStringLiteral("lookup"), QStringLiteral("--db"), m_db} + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(errorField(run), field);
        QVERIFY(!run.json.value(u"error").toObject().value(u"message").toString().isEmpty());
    }

    void missingDatabase()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        const Run run = cli(
            {QStringLiteral("lookup"), QStringLiteral("--db"), missing, QStringLiteral("--id"), DemoGenerator::colleagueLiCitizenId()});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(errorField(run), QStringLiteral("--db"));
        QVERIFY(!QFile::exists(missing)); // not created by a lookup
    }

    // A path that is no Tongban database (a mistyped --db): an empty file, another program's SQLite
    // database. Refused naming --db, and left as it was: no schema written, no WAL beside it.
    void fileOfAnotherKindIsLeftAlone()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        {
            QFile file(empty);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('another program''s data')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        for (const QString &path : {empty, foreign}) {
            QFile before(path);
            QVERIFY(before.open(QIODevice::ReadOnly));
            const QByteArray bytes = before.readAll();
            before.close();
            const Run run = cli(
                {QStringLiteral("lookup"), QStringLiteral("--db"), path, QStringLiteral("--id"), DemoGenerator::colleagueLiCitizenId()});
            QCOMPARE(run.exitCode, 2);
            QCOMPARE(errorField(run), QStringLiteral("--db"));
            QFile after(path);
            QVERIFY(after.open(QIODevice::ReadOnly));
            QVERIFY2(after.readAll() == bytes, qPrintable(path));
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliLookup)
#include "testclilookup.moc"
