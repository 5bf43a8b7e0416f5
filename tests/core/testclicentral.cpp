// Runs the real tongban-cli (TONGBAN_CLI_PATH) against the test PostgreSQL (TONGBAN_TEST_PG), in a
// database of its own: `server-init`, `office add`, `user add|disable|reset-password|set-grace`
// (contract: ../shared/contracts/cli.md) — their JSON, exit 2 naming the argument for bad input,
// exit 3 for a server that cannot be reached.

#include "centraltestdatabase.h"
#include "testsupport.h"

#include "central/onlinesignin.h"
#include "central/servermigrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using tongban::central::OnlineSignIn;
using tongban::central::ServerMigrations;
using tongban::test::CentralTestDatabase;

class TestCliCentral : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    QTemporaryDir m_dir;
    QString m_server; // the administrator's --server

    static std::pair<int, QJsonObject> run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(TONGBAN_CLI_PATH), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return {-1, {}};
        const QByteArray out = process.readAllStandardOutput();
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        if (process.exitCode() != 0)
            qInfo("exit %d: %s", process.exitCode(), out.constData());
        return {process.exitCode(), json};
    }

    static QString errorField(const QJsonObject &json) { return json.value(u"error").toObject().value(u"field").toString(); }
    static QString errorMessage(const QJsonObject &json) { return json.value(u"error").toObject().value(u"message").toString(); }

    QString passwordFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString login(const char *name) const { return m_database.login(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        m_server = CentralTestDatabase::conninfo(m_database.ownerInfo());
    }

    void cleanupTestCase() { m_database.drop(); }

    void serverInit()
    {
        const auto [exitCode, json] = run({QStringLiteral("server-init"), QStringLiteral("--server"), m_server});
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(u"schema_version").toInt(), ServerMigrations::latestVersion());
        QCOMPARE(json.value(u"previous_version").toInt(), 0);
        QCOMPARE(json.value(u"applied").toArray().size(), ServerMigrations::latestVersion());
        // again: nothing to do, exit 0
        const auto [again, json2] = run({QStringLiteral("server-init"), QStringLiteral("--server"), m_server});
        QCOMPARE(again, 0);
        QCOMPARE(json2.value(u"schema_version").toInt(), ServerMigrations::latestVersion());
        QCOMPARE(json2.value(u"applied").toArray().size(), 0);
    }

    void officeAdd()
    {
        const auto [exitCode, json]
            = run({QStringLiteral("office"), QStringLiteral("add"), QStringLiteral("--server"), m_server, QStringLiteral("--code"),
                   QStringLiteral("110105"), QStringLiteral("--name"), QStringLiteral("朝阳区社保中心")});
        QCOMPARE(exitCode, 0);
        QCOMPARE(
            json,
            (QJsonObject {{QStringLiteral("code"), QStringLiteral("110105")}, {QStringLiteral("name"), QStringLiteral("朝阳区社保中心")}}));
        QCOMPARE(run({QStringLiteral("office"), QStringLiteral("add"), QStringLiteral("--server"), m_server, QStringLiteral("--code"),
                      QStringLiteral("320102"), QStringLiteral("--name"), QStringLiteral("玄武区社保中心")})
                     .first,
                 0);
        const auto [again, json2]
            = run({QStringLiteral("office"), QStringLiteral("add"), QStringLiteral("--server"), m_server, QStringLiteral("--code"),
                   QStringLiteral("110105"), QStringLiteral("--name"), QStringLiteral("x")});
        QCOMPARE(again, 2);
        QCOMPARE(errorField(json2), QStringLiteral("--code"));
        const auto [missing, json3] = run({QStringLiteral("office"), QStringLiteral("add"), QStringLiteral("--server"), m_server,
                                           QStringLiteral("--code"), QStringLiteral("110106")});
        QCOMPARE(missing, 2);
        QCOMPARE(errorField(json3), QStringLiteral("--name"));
    }

    void userAdd()
    {
        // the first line is the password; what follows is ignored
        const QString file = passwordFile(QStringLiteral("supervisor.txt"), "Counter2026\nnot this\n");
        const QStringList add {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--server"), m_server};
        const auto [exitCode, json]
            = run(add
                  + QStringList {QStringLiteral("--office"), QStringLiteral("320102"), QStringLiteral("--role"),
                                 QStringLiteral("supervisor"), QStringLiteral("--login"), login("supervisor_b"), QStringLiteral("--name"),
                                 QStringLiteral("李主管"), QStringLiteral("--password-file"), file});
        QCOMPARE(exitCode, 0);
        QCOMPARE(json.value(u"login").toString(), login("supervisor_b"));
        QCOMPARE(json.value(u"name").toString(), QStringLiteral("李主管"));
        QCOMPARE(json.value(u"office").toString(), QStringLiteral("320102"));
        QCOMPARE(json.value(u"role").toString(), QStringLiteral("supervisor"));
        QCOMPARE(json.value(u"enabled").toBool(), true);
        const auto signedIn = OnlineSignIn::signIn(m_database.superuserInfo(), login("supervisor_b"), QStringLiteral("Counter2026"),
                                                   tongban::test::clock());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn ? QString() : signedIn.error().message));
        QCOMPARE(signedIn->displayName, QStringLiteral("李主管"));

        // the supervisor adds a window clerk of their office, with their own connection
        const QString supervisorServer = CentralTestDatabase::conninfo(m_database.as(login("supervisor_b"), QStringLiteral("Counter2026")));
        const QStringList bySupervisor {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--server"), supervisorServer};
        const auto [clerkExit, clerk]
            = run(bySupervisor
                  + QStringList {QStringLiteral("--office"), QStringLiteral("320102"), QStringLiteral("--role"),
                                 QStringLiteral("window-clerk"), QStringLiteral("--login"), login("clerk_b"), QStringLiteral("--name"),
                                 QStringLiteral("王芳"), QStringLiteral("--password-file"), file});
        QCOMPARE(clerkExit, 0);
        QCOMPARE(clerk.value(u"role").toString(), QStringLiteral("window-clerk"));

        struct Refusal
        {
            const char *what;
            QStringList arguments;
            QString field;
        };
        const QString weak = passwordFile(QStringLiteral("weak.txt"), "short1\n");
        const QList<Refusal> refusals {
            {"login exists",
             add
                 + QStringList {QStringLiteral("--office"), QStringLiteral("320102"), QStringLiteral("--role"), QStringLiteral("expert"),
                                QStringLiteral("--login"), login("clerk_b"), QStringLiteral("--name"), QStringLiteral("x"),
                                QStringLiteral("--password-file"), file},
             QStringLiteral("--login")},
            {"unknown office",
             add
                 + QStringList {QStringLiteral("--office"), QStringLiteral("999999"), QStringLiteral("--role"), QStringLiteral("expert"),
                                QStringLiteral("--login"), login("expert_x"), QStringLiteral("--name"), QStringLiteral("x"),
                                QStringLiteral("--password-file"), file},
             QStringLiteral("--office")},
            {"unknown role",
             add
                 + QStringList {QStringLiteral("--office"), QStringLiteral("320102"), QStringLiteral("--role"), QStringLiteral("boss"),
                                QStringLiteral("--login"), login("expert_x"), QStringLiteral("--name"), QStringLiteral("x"),
                                QStringLiteral("--password-file"), file},
             QStringLiteral("--role")},
            {"short password",
             add
                 + QStringList {QStringLiteral("--office"), QStringLiteral("320102"), QStringLiteral("--role"), QStringLiteral("expert"),
                                QStringLiteral("--login"), login("expert_x"), QStringLiteral("--name"), QStringLiteral("x"),
                                QStringLiteral("--password-file"), weak},
             QStringLiteral("--password-file")},
            {"no password file",
             add
                 + QStringList {QStringLiteral("--office"), QStringLiteral("320102"), QStringLiteral("--role"), QStringLiteral("expert"),
                                QStringLiteral("--login"), login("expert_x"), QStringLiteral("--name"), QStringLiteral("x"),
                                QStringLiteral("--password-file"), m_dir.filePath(QStringLiteral("missing.txt"))},
             QStringLiteral("--password-file")},
            {"password on the command line", add + QStringList {QStringLiteral("--password"), QStringLiteral("Counter2026")},
             QStringLiteral("--password")},
            {"supervisor adds a supervisor",
             bySupervisor
                 + QStringList {QStringLiteral("--office"), QStringLiteral("320102"), QStringLiteral("--role"),
                                QStringLiteral("supervisor"), QStringLiteral("--login"), login("supervisor_x"), QStringLiteral("--name"),
                                QStringLiteral("x"), QStringLiteral("--password-file"), file},
             QStringLiteral("--role")},
            {"supervisor adds to another office",
             bySupervisor
                 + QStringList {QStringLiteral("--office"), QStringLiteral("110105"), QStringLiteral("--role"),
                                QStringLiteral("window-clerk"), QStringLiteral("--login"), login("clerk_x"), QStringLiteral("--name"),
                                QStringLiteral("x"), QStringLiteral("--password-file"), file},
             QStringLiteral("--office")},
        };
        for (const Refusal &refusal : refusals) {
            const auto [code, out] = run(refusal.arguments);
            QVERIFY2(code == 2, refusal.what);
            QVERIFY2(errorField(out) == refusal.field, qPrintable(QString::fromLatin1(refusal.what) + u": " + errorField(out)));
            QVERIFY2(!errorMessage(out).isEmpty(), refusal.what);
            QVERIFY2(!errorMessage(out).contains(u"Counter2026"), refusal.what);
        }
    }

    void userDisableResetGrace()
    {
        const QString file = passwordFile(QStringLiteral("new.txt"), "Renewed2027\r\n");
        const auto [resetExit, reset] = run({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("--server"), m_server,
                                             QStringLiteral("--login"), login("clerk_b"), QStringLiteral("--password-file"), file});
        QCOMPARE(resetExit, 0);
        QCOMPARE(reset.value(u"login").toString(), login("clerk_b"));
        QVERIFY(
            OnlineSignIn::signIn(m_database.superuserInfo(), login("clerk_b"), QStringLiteral("Renewed2027"), tongban::test::clock()).ok());

        const auto [graceExit, grace] = run({QStringLiteral("user"), QStringLiteral("set-grace"), QStringLiteral("--server"), m_server,
                                             QStringLiteral("--login"), login("clerk_b"), QStringLiteral("--days"), QStringLiteral("14")});
        QCOMPARE(graceExit, 0);
        QCOMPARE(grace.value(u"offline_grace_days").toInt(), 14);
        const auto [badGrace, badGraceJson]
            = run({QStringLiteral("user"), QStringLiteral("set-grace"), QStringLiteral("--server"), m_server, QStringLiteral("--login"),
                   login("clerk_b"), QStringLiteral("--days"), QStringLiteral("0")});
        QCOMPARE(badGrace, 2);
        QCOMPARE(errorField(badGraceJson), QStringLiteral("--days"));

        const auto [disableExit, disabled] = run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--server"), m_server,
                                                  QStringLiteral("--login"), login("clerk_b")});
        QCOMPARE(disableExit, 0);
        QCOMPARE(disabled.value(u"enabled").toBool(), false);
        const auto refused
            = OnlineSignIn::signIn(m_database.superuserInfo(), login("clerk_b"), QStringLiteral("Renewed2027"), tongban::test::clock());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, tongban::Error::Kind::Forbidden);

        const auto [unknownExit, unknown] = run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("--server"), m_server,
                                                 QStringLiteral("--login"), login("nobody")});
        QCOMPARE(unknownExit, 2);
        QCOMPARE(errorField(unknown), QStringLiteral("--login"));
    }

    // The hall's import of a hand-carried file reads --password-file as every command does: the
    // first line, which must not be empty (it was taken as an empty password and sent to the server).
    void carryImportReadsItsPasswordLikeEveryCommand()
    {
        const QString carried = passwordFile(QStringLiteral("carried.bin"), "not read this far");
        const QStringList import {QStringLiteral("carry"),          QStringLiteral("import"),
                                  QStringLiteral("--file"),         carried,
                                  QStringLiteral("--server"),       m_server,
                                  QStringLiteral("--user"),         login("supervisor_b"),
                                  QStringLiteral("--password-file")};
        const auto [emptyExit, empty] = run(import + QStringList {passwordFile(QStringLiteral("empty.txt"), "\n")});
        QCOMPARE(emptyExit, 2);
        QCOMPARE(errorField(empty), QStringLiteral("--password-file"));
        const auto [missingExit, missing] = run(import + QStringList {m_dir.filePath(QStringLiteral("no-such-password.txt"))});
        QCOMPARE(missingExit, 2);
        QCOMPARE(errorField(missing), QStringLiteral("--password-file"));
    }

    void wrongPasswordOfTheConnection()
    {
        const QString wrong
            = CentralTestDatabase::conninfo(m_database.ownerInfo().with(QStringLiteral("password"), QStringLiteral("Wrong2026pw")));
        const auto [code, json] = run({QStringLiteral("server-init"), QStringLiteral("--server"), wrong});
        QCOMPARE(code, 2);
        QCOMPARE(errorField(json), QStringLiteral("--server"));
        QVERIFY(!errorMessage(json).contains(u"Wrong2026pw"));
    }

    void malformedServer()
    {
        const auto [code, json] = run(
            {QStringLiteral("server-init"), QStringLiteral("--server"), QStringLiteral("host=127.0.0.1 password=Secret2026 colour=blue")});
        QCOMPARE(code, 2);
        QCOMPARE(errorField(json), QStringLiteral("--server"));
        QVERIFY2(errorMessage(json).contains(u"colour"), qPrintable(errorMessage(json)));
        QVERIFY(!errorMessage(json).contains(u"Secret2026"));
        const auto [missing, json2] = run({QStringLiteral("server-init")});
        QCOMPARE(missing, 2);
        QCOMPARE(errorField(json2), QStringLiteral("--server"));
    }

    // Port 1 of the loopback: nothing listens there, the connection is refused at once.
    void unreachableServerExits3_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString closed = QStringLiteral("host=127.0.0.1 port=1 dbname=tongban user=admin password=Counter2026");
        const QString file = passwordFile(QStringLiteral("unreachable.txt"), "Counter2026\n");
        QTest::newRow("server-init") << QStringList {QStringLiteral("server-init"), QStringLiteral("--server"), closed};
        QTest::newRow("office add") << QStringList {
            QStringLiteral("office"), QStringLiteral("add"),    QStringLiteral("--server"), closed,
            QStringLiteral("--code"), QStringLiteral("110105"), QStringLiteral("--name"),   QStringLiteral("x")};
        QTest::newRow("user add") << QStringList {QStringLiteral("user"),
                                                  QStringLiteral("add"),
                                                  QStringLiteral("--server"),
                                                  closed,
                                                  QStringLiteral("--office"),
                                                  QStringLiteral("110105"),
                                                  QStringLiteral("--role"),
                                                  QStringLiteral("expert"),
                                                  QStringLiteral("--login"),
                                                  QStringLiteral("someone"),
                                                  QStringLiteral("--name"),
                                                  QStringLiteral("x"),
                                                  QStringLiteral("--password-file"),
                                                  file};
        QTest::newRow("user disable") << QStringList {QStringLiteral("user"),     QStringLiteral("disable"),
                                                      QStringLiteral("--server"), closed,
                                                      QStringLiteral("--login"),  QStringLiteral("someone")};
    }

    void unreachableServerExits3()
    {
        QFETCH(QStringList, arguments);
        const auto [code, json] = run(arguments);
        QCOMPARE(code, 3);
        QVERIFY(json.contains(u"error"));
        QVERIFY(!errorMessage(json).isEmpty());
        QVERIFY(!errorMessage(json).contains(u"Counter2026"));
    }
};

QTEST_GUILESS_MAIN(TestCliCentral)
#include "testclicentral.moc"
