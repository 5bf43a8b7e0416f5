// tongban-cli day-report and search, run as a process on a real local database (docs/cli.md).

#include "services/accountservice.h"
#include "storage/storeservice.h"

#include "testcontext.h"
#include "tests/core/caseworktestdata.h"

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

} // namespace

class TestCliCasework : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_password;

    /// The audit records of the file: "action|subject|outcome|reason", oldest first.
    QStringList auditRecords() const
    {
        test::TestContext context(m_db);
        if (!context.open())
            qFatal("cannot open %s", qPrintable(m_db));
        return context.store()
            .read<QStringList>([](QSqlDatabase db) -> Result<QStringList> {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT action, subject, outcome, reason FROM audit_record ORDER BY seq")))
                    return Error::storage(QStringLiteral("cannot read the audit"));
                QStringList records;
                while (q.next())
                    records << QStringLiteral("%1|%2|%3|%4")
                                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
                return records;
            })
            .result()
            .value();
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        test::TestContext context(m_db);
        QVERIFY(context.open());
        const QDate day(2026, 12, 2);
        test::Visit first;
        first.at = test::beijing(day, 9);
        first.ticketAt = test::beijing(day, 8, 50);
        first.matters = {{QStringLiteral("retirement-application"), QDate(2026, 12, 16), {}, {}},
                         {QStringLiteral("minimum-living-allowance"), QDate(2026, 12, 30), {}, {}}};
        QCOMPARE(test::storeVisit(context.store(), first).matters.size(), 2);
        test::Visit second;
        second.at = test::beijing(day, 9, 30);
        second.ticketAt = test::beijing(day, 9);
        second.clerk = QStringLiteral("李强");
        second.applicantIdNumber = QStringLiteral("110105196004150013");
        second.applicantName = QStringLiteral("王建国");
        second.matters = {{QStringLiteral("medical-transfer"), QDate(2026, 12, 9), {}, {}}};
        QCOMPARE(test::storeVisit(context.store(), second).matters.size(), 1);

        // An expert who signed in online on this file (the CLI signs in offline against it).
        accounts::SignedInUser expert;
        expert.login = QStringLiteral("li.qiang");
        expert.displayName = QStringLiteral("李强");
        expert.role = accounts::Role::AssistingExpert;
        expert.officeCode = QStringLiteral("110105");
        expert.online = true;
        const auto remembered = context.store()
                                    .write<accounts::SignedInUser>([expert](QSqlDatabase db) {
                                        return services::AccountService::rememberOnlineSignIn(db, expert, QStringLiteral("Secret123"),
                                                                                              Clock::system(), {1, 256, 1});
                                    })
                                    .result();
        QVERIFY2(remembered.ok(), remembered.ok() ? "" : qPrintable(remembered.error().message));
        m_password = m_dir.filePath(QStringLiteral("password"));
        QFile file(m_password);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Secret123\n");
    }

    void dayReport()
    {
        const QString csv = m_dir.filePath(QStringLiteral("day.csv"));
        const Run run = cli({QStringLiteral("day-report"), QStringLiteral("--db"), m_db, QStringLiteral("--date"),
                             QStringLiteral("2026-12-02"), QStringLiteral("--csv"), csv});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject total = run.json.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("received")).toInt(), 3);
        QCOMPARE(total.value(QStringLiteral("waited_visits")).toInt(), 2);
        QCOMPARE(total.value(QStringLiteral("average_wait_seconds")).toInt(), 1200); // (600 + 1800) / 2
        QCOMPARE(total.value(QStringLiteral("longest_wait_seconds")).toInt(), 1800);
        QCOMPARE(run.json.value(QStringLiteral("windows")).toArray().size(), 2);
        QCOMPARE(run.json.value(QStringLiteral("departments")).toArray().size(), 3);
        QCOMPARE(run.json.value(QStringLiteral("csv")).toString(), csv);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(QString::fromUtf8(bytes.mid(3)).startsWith(QStringLiteral("日期,")), bytes.left(80).constData());
        // Issue 12: the export is in the audit log.
        QVERIFY(auditRecords().contains(QStringLiteral("export||ok|")));

        const Run noDate = cli({QStringLiteral("day-report"), QStringLiteral("--db"), m_db});
        QCOMPARE(noDate.exitCode, 2);
        QCOMPARE(noDate.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("--date"));
        const Run badDate
            = cli({QStringLiteral("day-report"), QStringLiteral("--db"), m_db, QStringLiteral("--date"), QStringLiteral("2026-02-30")});
        QCOMPARE(badDate.exitCode, 2);
    }

    void searchPages()
    {
        const Run first = cli({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--page-size"), QStringLiteral("2")});
        QCOMPARE(first.exitCode, 0);
        const QJsonArray hits = first.json.value(QStringLiteral("hits")).toArray();
        QCOMPARE(hits.size(), 2);
        // Newest first: the second visit's matter.
        QCOMPARE(hits.at(0).toObject().value(QStringLiteral("matter")).toString(), QStringLiteral("medical-transfer"));
        QCOMPARE(hits.at(0).toObject().value(QStringLiteral("department")).toString(), QStringLiteral("medical-insurance"));
        QVERIFY(!hits.at(0).toObject().value(QStringLiteral("applicant_id_number")).toString().contains(QStringLiteral("19600415")));
        const QString next = first.json.value(QStringLiteral("next")).toString();
        QVERIFY(!next.isEmpty());
        const Run second = cli({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--page-size"), QStringLiteral("2"),
                                QStringLiteral("--after"), next});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json.value(QStringLiteral("hits")).toArray().size(), 1);
        QVERIFY(second.json.value(QStringLiteral("next")).isNull());

        // The full numbers are an expert's right, given a reason (as `lookup --unmasked`).
        const QStringList unmasked {
            QStringLiteral("search"),    QStringLiteral("--db"), m_db, QStringLiteral("--id"), QStringLiteral("110105196004150013"),
            QStringLiteral("--unmasked")};
        const QStringList before = auditRecords();
        const Run noReason = cli(unmasked);
        QCOMPARE(noReason.exitCode, 2);
        QCOMPARE(noReason.json.value(u"error").toObject().value(u"field").toString(), QStringLiteral("--reason"));
        const Run clerk = cli(unmasked + QStringList {QStringLiteral("--reason"), QStringLiteral("本人申请核对")});
        QCOMPARE(clerk.exitCode, 2);
        QCOMPARE(clerk.json.value(u"error").toObject().value(u"field").toString(), QStringLiteral("--unmasked"));
        QVERIFY(!clerk.json.contains(QStringLiteral("hits")));
        QCOMPARE(auditRecords(), before + QStringList {QStringLiteral("refused|110105196004150013|refused|")});
        const Run byId = cli(unmasked
                             + QStringList {QStringLiteral("--reason"), QStringLiteral("本人申请核对"), QStringLiteral("--user"),
                                            QStringLiteral("li.qiang"), QStringLiteral("--password-file"), m_password});
        QCOMPARE(byId.exitCode, 0);
        QVERIFY(auditRecords().contains(QStringLiteral("unmask|110105196004150013|ok|本人申请核对")));
        QCOMPARE(byId.json.value(QStringLiteral("hits")).toArray().size(), 1);
        QCOMPARE(byId.json.value(QStringLiteral("hits")).toArray().at(0).toObject().value(QStringLiteral("applicant_id_number")).toString(),
                 QStringLiteral("110105196004150013"));
        const Run byName = cli({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--name"), QStringLiteral("李"),
                                QStringLiteral("--department"), QStringLiteral("civil-affairs")});
        QCOMPARE(byName.json.value(QStringLiteral("hits")).toArray().size(), 1);

        const Run badStatus
            = cli({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--status"), QStringLiteral("approved")});
        QCOMPARE(badStatus.exitCode, 2);
        QCOMPARE(badStatus.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("--status"));
        const Run badCursor
            = cli({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--after"), QStringLiteral("xyz")});
        QCOMPARE(badCursor.exitCode, 2);
        QCOMPARE(badCursor.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("--after"));
    }
};

QTEST_GUILESS_MAIN(TestCliCasework)
#include "testclicasework.moc"
