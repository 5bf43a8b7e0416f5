// `tongban-cli sweep` (docs/cli.md, issue 14): the 免申即享 deferral sweep as a back-office batch
// job, with the GUI's semantics — the same result as sweep::DeferralSweep on the same file, the
// sweep recorded, the CSV a supervisor's audited export.

#include "accounts/signedinuser.h"
#include "deferral/deferralevaluator.h"
#include "deferral/deferralrules.h"
#include "demo/demogenerator.h"
#include "employer/industrycatalog.h"
#include "services/accountservice.h"
#include "storage/localstore.h"
#include "sweep/deferralsweep.h"

#include "testcontext.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;

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
    return run.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString();
}

/// An amount of the CLI's JSON (CNY, two decimals) in fen.
qint64 fenOf(const QJsonValue &value)
{
    return qRound64(value.toDouble() * 100.0);
}

} // namespace

class TestCliSweep : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_password;

    /// One value of the file (the first column of the first row of @p sql), as text.
    QString scalar(const QString &sql) const
    {
        auto store = storage::LocalStore::open(m_db, storage::LocalStore::OpenMode::ExistingOnly);
        if (!store)
            return QStringLiteral("cannot open");
        QSqlQuery q((*store)->database());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("no row");
        return q.value(0).toString();
    }

    QStringList arguments(const QStringList &more) const
    {
        return QStringList {QStringLiteral("sweep"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"), QStringLiteral("2022-06-15")}
        + more;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("sweep.sqlite"));
        QVERIFY(demo::DemoGenerator(test::shippedParameters(), 3).writeNewFile(m_db, 2, 300).ok());
        // A supervisor who signed in online on this file (the CLI signs in offline against it).
        test::TestContext context(m_db);
        QVERIFY(context.open());
        accounts::SignedInUser supervisor;
        supervisor.login = QStringLiteral("zhao.min");
        supervisor.displayName = QStringLiteral("赵敏");
        supervisor.role = accounts::Role::Supervisor;
        supervisor.officeCode = QStringLiteral("110105");
        supervisor.online = true;
        const auto remembered = context.store()
                                    .write<accounts::SignedInUser>([supervisor](QSqlDatabase db) {
                                        return services::AccountService::rememberOnlineSignIn(db, supervisor, QStringLiteral("Secret123"),
                                                                                              Clock::system(), {1, 256, 1});
                                    })
                                    .result();
        QVERIFY2(remembered.ok(), remembered.ok() ? "" : qPrintable(remembered.error().message));
        m_password = m_dir.filePath(QStringLiteral("password"));
        QFile file(m_password);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Secret123\n");
    }

    void sameResultAsTheSweepAndRecorded()
    {
        // What the GUI's sweep finds on the same file with the same parameters.
        auto rules = deferral::DeferralRules::loadBuiltIn();
        auto catalog = employer::IndustryCatalog::loadBuiltIn();
        QVERIFY(rules.ok() && catalog.ok());
        const auto evaluator = std::make_shared<const deferral::DeferralEvaluator>(*rules, *catalog);
        sweep::SweepParameters p;
        p.asOf = QDate(2022, 6, 15);
        p.hardHitRegions = {QStringLiteral("310000"), QStringLiteral("220100")};
        p.difficultyAttested = true;
        const std::atomic_bool never {false};
        sweep::SweepResult expected;
        {
            auto store = storage::LocalStore::open(m_db, storage::LocalStore::OpenMode::ExistingOnly);
            QVERIFY(store.ok());
            auto result = sweep::DeferralSweep(evaluator, test::clock()).run((*store)->database(), p, {}, never);
            QVERIFY(result.ok());
            expected = *result;
        }
        QVERIFY(expected.eligibleCount() > 10);
        QVERIFY(expected.eligibleCount() < expected.employersTotal);

        const Run run
            = cli(arguments({QStringLiteral("--hard-hit"), QStringLiteral("310000, 220100"), QStringLiteral("--difficulty-attested")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QStringLiteral("employers_total")).toInteger(), expected.employersTotal);
        QCOMPARE(run.json.value(QStringLiteral("screened")).toInteger(), expected.employersTotal);
        QCOMPARE(run.json.value(QStringLiteral("eligible")).toInteger(), expected.eligibleCount());
        QCOMPARE(fenOf(run.json.value(QStringLiteral("pension_total"))), expected.pensionTotal.fen());
        QCOMPARE(run.json.value(QStringLiteral("hard_hit_regions")).toArray().size(), 2);
        QVERIFY(run.json.value(QStringLiteral("difficulty_attested")).toBool());
        const QJsonArray employers = run.json.value(QStringLiteral("employers")).toArray();
        QCOMPARE(employers.size(), expected.rows.size());
        qint64 pensionFen = 0;
        for (int i = 0; i < employers.size(); ++i) {
            const QJsonObject row = employers.at(i).toObject();
            QCOMPARE(row.value(QStringLiteral("employer_id")).toString(), expected.rows.at(i).employerId);
            QCOMPARE(row.value(QStringLiteral("uscc")).toString(), expected.rows.at(i).uscc);
            for (const QJsonValue &insurance : row.value(QStringLiteral("insurances")).toArray())
                pensionFen += fenOf(insurance.toObject().value(QStringLiteral("amount")));
        }
        QCOMPARE(pensionFen, expected.pensionTotal.fen());

        // Recorded as the GUI records a sweep: one session event, its id in the output.
        const QString eventId = run.json.value(QStringLiteral("event_id")).toString();
        QCOMPARE(eventId.size(), 36);
        QCOMPARE(scalar(QStringLiteral("SELECT kind FROM session_event WHERE id = '%1'").arg(eventId)), QStringLiteral("deferral.sweep"));
    }

    void csvIsASupervisorsAuditedExport()
    {
        const QString csv = m_dir.filePath(QStringLiteral("eligible.csv"));
        const Run refused = cli(arguments({QStringLiteral("--csv"), csv}));
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(errorField(refused), QStringLiteral("--csv"));
        QVERIFY(!QFile::exists(csv));

        const Run run = cli(arguments({QStringLiteral("--csv"), csv, QStringLiteral("--user"), QStringLiteral("zhao.min"),
                                       QStringLiteral("--password-file"), m_password}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.value(QStringLiteral("csv")).toString(), csv);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // A status line, the header, then one line per eligible employer.
        QCOMPARE(bytes.count("\r\n"), run.json.value(QStringLiteral("eligible")).toInt() + 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_record WHERE action = 'export' AND object = 'sweep-csv' AND outcome = 'ok'")),
            QStringLiteral("1"));
    }

    void badOptionsAreNamed()
    {
        QCOMPARE(errorField(cli({QStringLiteral("sweep"), QStringLiteral("--db"), m_db})), QStringLiteral("--as-of"));
        const Run badDay
            = cli({QStringLiteral("sweep"), QStringLiteral("--db"), m_db, QStringLiteral("--as-of"), QStringLiteral("2022-02-30")});
        QCOMPARE(badDay.exitCode, 2);
        QCOMPARE(errorField(badDay), QStringLiteral("--as-of"));
        const Run badRegion = cli(arguments({QStringLiteral("--hard-hit"), QStringLiteral("31")}));
        QCOMPARE(badRegion.exitCode, 2);
        QCOMPARE(errorField(badRegion), QStringLiteral("--hard-hit"));
        const Run noFile = cli({QStringLiteral("sweep"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.sqlite")),
                                QStringLiteral("--as-of"), QStringLiteral("2022-06-15")});
        QCOMPARE(noFile.exitCode, 2);
        QCOMPARE(errorField(noFile), QStringLiteral("--db"));
    }
};

QTEST_GUILESS_MAIN(TestCliSweep)
#include "testclisweep.moc"
