// Runs the real tongban-cli (TONGBAN_CLI_PATH): the offline sign-in of commands with --db
// (--user, --password-file), the role check of `lookup --unmasked`, the audit of CLI look-ups, and
// `audit verify` / `audit list` (contract: ../shared/contracts/cli.md).

#include "demo/demogenerator.h"
#include "services/accountservice.h"
#include "storage/localstore.h"

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
using tongban::demo::DemoGenerator;

namespace {

struct Run
{
    int exitCode = -1;
    QJsonDocument json;
    QJsonObject object() const { return json.object(); }
    QString errorField() const { return json.object().value(u"error").toObject().value(u"field").toString(); }
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TONGBAN_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput());
    return run;
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_passwordFile;
    QString m_wrongPasswordFile;

    // The CLI runs on the system clock: the users signed in online "now" by that clock, so that
    // their grace period holds whatever day the test runs.
    void rememberOnline(const QString &login, const QString &name, accounts::Role role)
    {
        auto store = storage::LocalStore::open(m_db);
        QVERIFY(store.ok());
        accounts::SignedInUser user;
        user.login = login;
        user.displayName = name;
        user.role = role;
        user.officeCode = QStringLiteral("110105");
        user.officeName = QStringLiteral("朝阳区社保中心");
        user.online = true;
        const auto remembered = services::AccountService::rememberOnlineSignIn((*store)->database(), user, QStringLiteral("Secret123"),
                                                                               Clock::system(), {1, 256, 1});
        QVERIFY2(remembered.ok(), remembered.ok() ? "" : qPrintable(remembered.error().message));
    }

    QStringList as(const QString &login, const QString &passwordFile = {}) const
    {
        return {QStringLiteral("--user"), login, QStringLiteral("--password-file"), passwordFile.isEmpty() ? m_passwordFile : passwordFile};
    }

    QJsonArray auditList(const QStringList &more = {})
    {
        const Run run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), m_db} + more
                            + as(QStringLiteral("zhao.min")));
        if (run.exitCode != 0)
            qWarning("audit list: %s", run.json.toJson().constData());
        return run.json.array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(cli({QStringLiteral("demo-db"), QStringLiteral("--out"), m_db, QStringLiteral("--persons"), QStringLiteral("20"),
                      QStringLiteral("--seed"), QStringLiteral("1")})
                     .exitCode,
                 0);
        rememberOnline(QStringLiteral("wang.fang"), QStringLiteral("王芳"), accounts::Role::WindowClerk);
        rememberOnline(QStringLiteral("li.qiang"), QStringLiteral("李强"), accounts::Role::AssistingExpert);
        rememberOnline(QStringLiteral("zhao.min"), QStringLiteral("赵敏"), accounts::Role::Supervisor);
        m_passwordFile = m_dir.filePath(QStringLiteral("password"));
        m_wrongPasswordFile = m_dir.filePath(QStringLiteral("wrong"));
        for (const auto &[path, text] : {std::pair {m_passwordFile, "Secret123\n"}, std::pair {m_wrongPasswordFile, "Secret124\n"}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
    }

    void lookUpIsAuditedWithTheClerk()
    {
        const Run run = cli(QStringList {QStringLiteral("lookup"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
                                         DemoGenerator::colleagueLiCitizenId()}
                            + as(QStringLiteral("wang.fang")));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray records = auditList({QStringLiteral("--person"), DemoGenerator::colleagueLiCitizenId()});
        QVERIFY(!records.isEmpty());
        const QJsonObject newest = records.first().toObject();
        QCOMPARE(newest.value(u"action").toString(), QStringLiteral("look-up"));
        QCOMPARE(newest.value(u"clerk").toString(), QStringLiteral("wang.fang"));
        QCOMPARE(newest.value(u"person").toString(), QStringLiteral("110105********0311"));
        QVERIFY(newest.value(u"at").toString().endsWith(u'Z'));
        // Without a sign-in: the OS user, marked as the CLI's.
        QCOMPARE(
            cli({QStringLiteral("lookup"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), DemoGenerator::colleagueLiCitizenId()})
                .exitCode,
            0);
        QVERIFY(auditList({QStringLiteral("--person"), DemoGenerator::colleagueLiCitizenId()})
                    .first()
                    .toObject()
                    .value(u"clerk")
                    .toString()
                    .startsWith(QStringLiteral("cli:")));
    }

    void unmaskedNeedsAnExpertAndAReason()
    {
        const QStringList lookup {QStringLiteral("lookup"),
                                  QStringLiteral("--db"),
                                  m_db,
                                  QStringLiteral("--id"),
                                  DemoGenerator::colleagueLiCitizenId(),
                                  QStringLiteral("--unmasked"),
                                  QStringLiteral("--reason"),
                                  QStringLiteral("本人申请核对")};
        const qsizetype before = auditList().size();
        Run run = cli(lookup);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--unmasked"));
        run = cli(lookup + as(QStringLiteral("wang.fang")));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--unmasked"));
        QVERIFY2(run.object().value(u"error").toObject().value(u"message").toString().contains(QStringLiteral("窗口经办员")),
                 run.json.toJson().constData());
        // Only the refusals were written (and the sign-ins): no look-up. Each list adds the
        // supervisor's sign-in, newest.
        QJsonArray records = auditList();
        QCOMPARE(records.size(), before + 4);
        QCOMPARE(records.at(0).toObject().value(u"action").toString(), QStringLiteral("sign-in"));
        QCOMPARE(records.at(1).toObject().value(u"action").toString(), QStringLiteral("refused"));
        QCOMPARE(records.at(1).toObject().value(u"outcome").toString(), QStringLiteral("refused"));
        QCOMPARE(records.at(1).toObject().value(u"clerk").toString(), QStringLiteral("wang.fang"));
        QCOMPARE(records.at(1).toObject().value(u"person").toString(), QStringLiteral("110105********0311"));
        QCOMPARE(records.at(2).toObject().value(u"action").toString(), QStringLiteral("sign-in"));
        QCOMPARE(records.at(3).toObject().value(u"action").toString(), QStringLiteral("refused"));
        QVERIFY(records.at(3).toObject().value(u"clerk").toString().startsWith(QStringLiteral("cli:")));

        // An expert without a reason, with one too short.
        run = cli(lookup.mid(0, 6) + as(QStringLiteral("li.qiang")));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--reason"));
        run = cli(lookup.mid(0, 7) + QStringList {QStringLiteral("核对")} + as(QStringLiteral("li.qiang")));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--reason"));

        run = cli(lookup + as(QStringLiteral("li.qiang")));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.object().value(u"person").toObject().value(u"id_number").toString(), DemoGenerator::colleagueLiCitizenId());
        records = auditList();
        const QJsonObject unmask = records.at(1).toObject();
        QCOMPARE(unmask.value(u"action").toString(), QStringLiteral("unmask"));
        QCOMPARE(unmask.value(u"reason").toString(), QStringLiteral("本人申请核对"));
        QCOMPARE(unmask.value(u"clerk").toString(), QStringLiteral("li.qiang"));
        QCOMPARE(unmask.value(u"person").toString(), QStringLiteral("110105********0311")); // masked in the list
        QCOMPARE(records.at(2).toObject().value(u"action").toString(), QStringLiteral("look-up"));
        QCOMPARE(records.at(3).toObject().value(u"action").toString(), QStringLiteral("sign-in"));
        QCOMPARE(records.at(3).toObject().value(u"clerk").toString(), QStringLiteral("li.qiang"));
    }

    void signInErrorsNameTheOption()
    {
        const QStringList lookup {QStringLiteral("lookup"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
                                  DemoGenerator::colleagueLiCitizenId()};
        Run run = cli(lookup + as(QStringLiteral("wang.fang"), m_wrongPasswordFile));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--password-file"));
        run = cli(lookup + as(QStringLiteral("nobody")));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--user"));
        run = cli(lookup + QStringList {QStringLiteral("--user"), QStringLiteral("wang.fang")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--password-file"));
        run = cli(lookup + as(QStringLiteral("wang.fang"), m_dir.filePath(QStringLiteral("missing"))));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--password-file"));
        // Both refusals of a sign-in are in the log.
        const QJsonArray records = auditList();
        QCOMPARE(records.at(0).toObject().value(u"action").toString(), QStringLiteral("sign-in"));
        QCOMPARE(records.at(1).toObject().value(u"action").toString(), QStringLiteral("sign-in-refused"));
        QCOMPARE(records.at(1).toObject().value(u"clerk").toString(), QStringLiteral("nobody"));
        QCOMPARE(records.at(2).toObject().value(u"action").toString(), QStringLiteral("sign-in-refused"));
        QCOMPARE(records.at(2).toObject().value(u"clerk").toString(), QStringLiteral("wang.fang"));
    }

    void listIsASupervisorsRight()
    {
        Run run = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--user"));
        run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), m_db}
                  + as(QStringLiteral("li.qiang")));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--user"));
        const QJsonArray records = auditList();
        QCOMPARE(records.at(0).toObject().value(u"clerk").toString(), QStringLiteral("zhao.min"));
        QCOMPARE(records.at(1).toObject().value(u"action").toString(), QStringLiteral("refused"));
        QCOMPARE(records.at(1).toObject().value(u"clerk").toString(), QStringLiteral("li.qiang"));
        QCOMPARE(records.at(2).toObject().value(u"action").toString(), QStringLiteral("sign-in"));
        QCOMPARE(records.at(3).toObject().value(u"action").toString(), QStringLiteral("refused"));
        QVERIFY(records.at(3).toObject().value(u"clerk").toString().startsWith(QStringLiteral("cli:")));
        // --since: a day in the future has nothing yet; a day long ago everything.
        QVERIFY(auditList({QStringLiteral("--since"), QStringLiteral("2000-01-01")}).size() > 5);
        QCOMPARE(auditList({QStringLiteral("--since"), QDate::currentDate().addDays(2).toString(Qt::ISODate)}).size(), 0);
        run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--since"),
                               QStringLiteral("2026-13-01")}
                  + as(QStringLiteral("zhao.min")));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--since"));
        run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--person"),
                               QStringLiteral("12345")}
                  + as(QStringLiteral("zhao.min")));
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("--person"));
    }

    // Last: the file is edited behind the triggers' back.
    void verifyFindsATamperedFile()
    {
        Run run = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.object().value(u"intact").toBool());
        QVERIFY(run.object().value(u"first_broken").isNull());
        const int records = run.object().value(u"records").toInt();
        QVERIFY(records > 5);
        {
            auto store = storage::LocalStore::open(m_db);
            QVERIFY(store.ok());
            QSqlQuery q((*store)->database());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_record_no_delete")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_record WHERE seq = 3")));
        }
        run = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.object().value(u"intact").toBool());
        QCOMPARE(run.object().value(u"first_broken").toInt(), 3);
        QCOMPARE(run.object().value(u"records").toInt(), records - 1);
        QVERIFY(!run.object().value(u"reason").toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "testcliaudit.moc"
