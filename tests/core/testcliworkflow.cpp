// tongban-cli matter-status, backoffice and import-intakes, run as a process (docs/cli.md): a
// matter taken in by `intake` followed through its steps, a refused step with exit 2 naming both
// statuses, the queue, and a batch file with one bad entry that changes nothing.

#include "accounts/signedinuser.h"
#include "common/clock.h"
#include "services/accountservice.h"
#include "storage/localstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

qint64 count(const QString &db, const QString &sql)
{
    qint64 n = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        c.setDatabaseName(db);
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

} // namespace

class TestCliWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_id = QStringLiteral("110105196703120317");

    QString write(const QJsonObject &json, const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(json).toJson());
        return file.fileName();
    }

    QJsonObject cardCase(const QString &phone) const
    {
        return QJsonObject {{QStringLiteral("applicant"),
                             QJsonObject {{QStringLiteral("id_number"), m_id}, {QStringLiteral("name"), QStringLiteral("测试")}}},
                            {QStringLiteral("clerk"), QStringLiteral("李娜")},
                            {QStringLiteral("matters"),
                             QJsonArray {QJsonObject {{QStringLiteral("matter"), QStringLiteral("ssc-application")},
                                                      {QStringLiteral("fields"),
                                                       QJsonObject {{QStringLiteral("card_delivery"), QStringLiteral("counter")},
                                                                    {QStringLiteral("contact_phone"), phone}}},
                                                      {QStringLiteral("documents"), QJsonArray {QStringLiteral("id-card")}}}}}};
    }

    qint64 rows(const QString &table) { return count(m_db, QStringLiteral("SELECT count(*) FROM ") + table); }

    QString m_passwordFile;

    /// The supervisor 赵敏 (zhao.min) signed in online "now" by the system clock (the CLI's), so
    /// that `--user zhao.min --password-file F` signs in offline: back-office decisions are hers.
    void rememberSupervisor()
    {
        auto store = tongban::storage::LocalStore::open(m_db);
        QVERIFY(store.ok());
        tongban::accounts::SignedInUser user;
        user.login = QStringLiteral("zhao.min");
        user.displayName = QStringLiteral("赵敏");
        user.role = tongban::accounts::Role::Supervisor;
        user.officeCode = QStringLiteral("110105");
        user.officeName = QStringLiteral("朝阳区社保中心");
        user.online = true;
        const auto remembered = tongban::services::AccountService::rememberOnlineSignIn(
            (*store)->database(), user, QStringLiteral("Secret123"), tongban::Clock::system(), {1, 256, 1});
        QVERIFY2(remembered.ok(), remembered.ok() ? "" : qPrintable(remembered.error().message));
        QFile file(m_dir.filePath(QStringLiteral("password")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Secret123\n");
        m_passwordFile = file.fileName();
    }

    QStringList asSupervisor() const
    {
        return {QStringLiteral("--user"), QStringLiteral("zhao.min"), QStringLiteral("--password-file"), m_passwordFile};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo-db"), QStringLiteral("--out"), m_db, QStringLiteral("--persons"), QStringLiteral("2")}).exitCode,
                 0);
        rememberSupervisor();
    }

    void matterThroughItsSteps()
    {
        const Run taken = cli({QStringLiteral("intake"), QStringLiteral("--db"), m_db, QStringLiteral("--case"),
                               write(cardCase(QStringLiteral("13800138000")), QStringLiteral("card.json"))});
        QCOMPARE(taken.exitCode, 0);
        const QString matter = taken.json[u"matters"][0][u"id"].toString();
        QCOMPARE(matter.size(), 36);

        // Issue 12: a back-office decision is a supervisor's; a window clerk is refused, exit 2
        // naming --to, and only the refusal is written.
        const Run clerk = cli({QStringLiteral("matter-status"), QStringLiteral("--db"), m_db, QStringLiteral("--matter"), matter,
                               QStringLiteral("--to"), QStringLiteral("pre-reviewed")});
        QCOMPARE(clerk.exitCode, 2);
        QCOMPARE(clerk.json[u"error"][u"field"].toString(), QStringLiteral("--to"));
        QCOMPARE(rows(QStringLiteral("matter_status_event")), 0);
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM audit_record WHERE action = 'refused' AND object = 'back-office'")), 1);

        const Run skip = cli(QStringList {QStringLiteral("matter-status"), QStringLiteral("--db"), m_db, QStringLiteral("--matter"), matter,
                                          QStringLiteral("--to"), QStringLiteral("done")}
                             + asSupervisor());
        QCOMPARE(skip.exitCode, 2);
        QCOMPARE(skip.json[u"error"][u"field"].toString(), QStringLiteral("--to"));
        const QString message = skip.json[u"error"][u"message"].toString();
        QVERIFY2(message.contains(QStringLiteral("received")) && message.contains(QStringLiteral("done"))
                     && message.contains(QStringLiteral("pre-reviewed")),
                 qPrintable(message));
        QCOMPARE(rows(QStringLiteral("matter_status_event")), 0);

        const Run noReason = cli(QStringList {QStringLiteral("matter-status"), QStringLiteral("--db"), m_db, QStringLiteral("--matter"),
                                              matter, QStringLiteral("--to"), QStringLiteral("returned")}
                                 + asSupervisor());
        QCOMPARE(noReason.exitCode, 2);
        QCOMPARE(noReason.json[u"error"][u"field"].toString(), QStringLiteral("--reason"));

        const Run back = cli(QStringList {QStringLiteral("matter-status"), QStringLiteral("--db"), m_db, QStringLiteral("--matter"), matter,
                                          QStringLiteral("--to"), QStringLiteral("returned"), QStringLiteral("--reason"),
                                          QStringLiteral("缺少近期一寸免冠照片，请补交"), QStringLiteral("--clerk"), QStringLiteral("赵敏")}
                             + asSupervisor());
        QCOMPARE(back.exitCode, 0);
        QCOMPARE(back.json[u"status"].toString(), QStringLiteral("returned"));
        QCOMPARE(back.json[u"event"][u"clerk"].toString(), QStringLiteral("赵敏"));
        QCOMPARE(back.json[u"allowed"].toArray(), QJsonArray {QStringLiteral("received")});

        const Run again = cli({QStringLiteral("matter-status"), QStringLiteral("--db"), m_db, QStringLiteral("--matter"), matter,
                               QStringLiteral("--to"), QStringLiteral("received"), QStringLiteral("--document"), QStringLiteral("photo")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json[u"documents"].toArray(), (QJsonArray {QStringLiteral("id-card"), QStringLiteral("photo")}));
        QCOMPARE(again.json[u"missing_documents"].toArray(), QJsonArray {});
        QCOMPARE(rows(QStringLiteral("matter_status_event")), 2);
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'matter_status_changed'")), 2);

        const Run queue = cli({QStringLiteral("backoffice"), QStringLiteral("--db"), m_db});
        QCOMPARE(queue.exitCode, 0);
        QCOMPARE(queue.json[u"count"].toInt(), 1);
        QCOMPARE(queue.json[u"matters"][0][u"id"].toString(), matter);
        QCOMPARE(queue.json[u"matters"][0][u"department"].toString(), QStringLiteral("social-insurance"));
        QVERIFY(queue.json[u"matters"][0][u"overdue"].isBool());
        const Run civil = cli(
            {QStringLiteral("backoffice"), QStringLiteral("--db"), m_db, QStringLiteral("--department"), QStringLiteral("civil-affairs")});
        QCOMPARE(civil.json[u"count"].toInt(), 0);
        const Run unknown = cli(
            {QStringLiteral("backoffice"), QStringLiteral("--db"), m_db, QStringLiteral("--department"), QStringLiteral("tax-office")});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.json[u"error"][u"field"].toString(), QStringLiteral("--department"));
    }

    // One bad entry: exit 2 with its path, and no row written; the good file: every case stored.
    void importAllOrNothing()
    {
        const qint64 sessions = rows(QStringLiteral("visit_session"));
        const qint64 matters = rows(QStringLiteral("intake_matter"));
        QJsonArray cases {cardCase(QStringLiteral("13800138000")), cardCase(QStringLiteral("1380013800")),
                          cardCase(QStringLiteral("13900139000"))};
        const Run bad = cli({QStringLiteral("import-intakes"), QStringLiteral("--db"), m_db, QStringLiteral("--file"),
                             write({{QStringLiteral("channel"), QStringLiteral("outreach")}, {QStringLiteral("cases"), cases}},
                                   QStringLiteral("bad-batch.json"))});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.json[u"error"][u"field"].toString(), QStringLiteral("cases[1].matters[0].fields.contact_phone"));
        QCOMPARE(rows(QStringLiteral("visit_session")), sessions);
        QCOMPARE(rows(QStringLiteral("intake_matter")), matters);

        cases[1] = cardCase(QStringLiteral("13700137000"));
        const Run good = cli({QStringLiteral("import-intakes"), QStringLiteral("--db"), m_db, QStringLiteral("--file"),
                              write({{QStringLiteral("channel"), QStringLiteral("outreach")}, {QStringLiteral("cases"), cases}},
                                    QStringLiteral("batch.json"))});
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(good.json[u"imported"].toInt(), 3);
        QCOMPARE(rows(QStringLiteral("visit_session")), sessions + 3);
        QCOMPARE(rows(QStringLiteral("intake_matter")), matters + 3);
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM intake_matter WHERE channel = 'outreach'")), 3);
        const Run outreach
            = cli({QStringLiteral("backoffice"), QStringLiteral("--db"), m_db, QStringLiteral("--channel"), QStringLiteral("outreach")});
        QCOMPARE(outreach.json[u"count"].toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "testcliworkflow.moc"
