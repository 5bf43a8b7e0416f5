// Parameter editions go down with sync (issue 13, point 1; server step 5), against the test
// PostgreSQL (TONGBAN_TEST_PG): the administrator publishes a new edition of a parameter file with
// the real tongban-cli; a clerk's next round receives it once and the program computes with it
// from its next start; a clerk cannot publish; a published edition is never changed; an edition
// not later than the newest is refused; an edition the device's program cannot load is not taken,
// and the round still succeeds.

#include "centraltestdatabase.h"
#include "testcontext.h"

#include "central/centralaccounts.h"
#include "central/centralsession.h"
#include "central/servermigrations.h"
#include "central/syncserver.h"
#include "services/effectiveparameters.h"
#include "services/parameterpublisher.h"
#include "services/syncround.h"
#include "sync/parametereditionstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using tongban::test::CentralTestDatabase;

namespace {

const QString kOffice = QStringLiteral("110105");
const QString kPassword = QStringLiteral("Counter2026");
const QString kBeijing = QStringLiteral("regions/110000.json");

QByteArray beijing(const QString &edition, const QString &nameEn)
{
    QFile f(QStringLiteral(":/parameters/") + kBeijing);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the shipped Beijing file");
    QString text = QString::fromUtf8(f.readAll());
    text.replace(QRegularExpression(QStringLiteral("\"edition\": \"[0-9-]+\"")), QStringLiteral("\"edition\": \"%1\"").arg(edition));
    text.replace(QStringLiteral("\"name_en\": \"Beijing\""), QStringLiteral("\"name_en\": \"%1\"").arg(nameEn));
    return text.toUtf8();
}

} // namespace

class TestParameterSync : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    QTemporaryDir m_dir;

    QString clerk() const { return m_database.login(QStringLiteral("clerk")); }

    Result<services::SyncReport> syncAs(test::TestContext &context, const QString &login)
    {
        auto session = central::CentralSession::open(m_database.as(login, kPassword));
        if (!session)
            return session.error();
        central::SyncServer server(**session);
        return services::SyncRound(context.store(), server, context.context().clock()).run();
    }

    /// tongban-cli parameters publish as the administrator; its JSON output and exit code.
    std::pair<int, QJsonObject> publishWithCli(const QString &path)
    {
        QProcess cli;
        cli.start(QStringLiteral(TONGBAN_CLI_PATH),
                  {QStringLiteral("parameters"), QStringLiteral("publish"), QStringLiteral("--server"),
                   CentralTestDatabase::conninfo(m_database.ownerInfo()), QStringLiteral("--file"), path});
        if (!cli.waitForFinished(60000))
            return {-1, {}};
        return {cli.exitCode(), QJsonDocument::fromJson(cli.readAllStandardOutput()).object()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        auto owner = central::CentralSession::open(m_database.ownerInfo());
        QVERIFY(owner);
        QVERIFY(central::ServerMigrations::migrate(**owner));
        central::CentralAccounts accounts(**owner);
        QVERIFY(accounts.addOffice(kOffice, QStringLiteral("朝阳区社保中心")));
        central::CentralAccounts::NewUser user;
        user.login = clerk();
        user.displayName = QStringLiteral("clerk");
        user.role = accounts::Role::Supervisor;
        user.officeCode = kOffice;
        user.password = kPassword;
        QVERIFY(accounts.addUser(user));
    }

    void cleanupTestCase() { m_database.drop(); }

    void publishedEditionReachesTheDeviceOnce()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("regions")));
        const QString file = m_dir.filePath(QStringLiteral("regions/110000.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(beijing(QStringLiteral("2099-01-01"), QStringLiteral("Beijing 2099")));
        out.close();
        const auto [exit, published] = publishWithCli(file);
        QCOMPARE(exit, 0);
        QCOMPARE(published.value(u"file").toString(), kBeijing);
        QCOMPARE(published.value(u"edition").toString(), QStringLiteral("2099-01-01"));
        QCOMPARE(published.value(u"digest").toString().size(), 64);

        const QString path = m_dir.filePath(QStringLiteral("device.sqlite"));
        {
            test::TestContext device(path);
            QVERIFY(device.open());
            auto first = syncAs(device, clerk());
            QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
            QCOMPARE(first->parameterEditions, QStringList {QStringLiteral("regions/110000.json 2099-01-01")});
            QVERIFY(first->parameterProblem.isEmpty());
            auto second = syncAs(device, clerk());
            QVERIFY(second);
            QVERIFY(second->parameterEditions.isEmpty());
        }
        // the program's next start computes with it
        QString warning;
        const auto parameters = services::EffectiveParameters::load(path, &warning);
        QVERIFY(parameters);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE((*parameters)->region(QStringLiteral("110000")).value()->nameEn, QStringLiteral("Beijing 2099"));

        // the same edition again, or an older one: refused, naming the edition
        const auto [again, refusal] = publishWithCli(file);
        QCOMPARE(again, 2);
        QCOMPARE(refusal.value(u"error").toObject().value(u"field").toString(), QStringLiteral("edition"));
    }

    void clerksCannotPublishAndEditionsNeverChange()
    {
        auto session = central::CentralSession::open(m_database.as(clerk(), kPassword));
        QVERIFY(session);
        central::SyncServer asClerk(**session);
        const auto refused
            = services::ParameterPublisher::publish(asClerk, kBeijing, beijing(QStringLiteral("2099-02-01"), QStringLiteral("x")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);

        auto owner = central::CentralSession::open(m_database.ownerInfo());
        QVERIFY(owner);
        QSqlQuery q((*owner)->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE tongban.parameter_edition SET content = content || '\\x20'::bytea")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM tongban.parameter_edition")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tongban.parameter_edition")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void editionTheProgramCannotLoadIsNotTaken()
    {
        // put on the server behind the publisher's check (a newer program's file, say)
        auto owner = central::CentralSession::open(m_database.ownerInfo());
        QVERIFY(owner);
        QByteArray broken = beijing(QStringLiteral("2099-03-01"), QStringLiteral("Beijing broken"));
        broken.replace("\"region\": \"110000\"", "\"region\": \"120000\"");
        QSqlQuery q((*owner)->database());
        q.prepare(QStringLiteral("INSERT INTO tongban.parameter_edition (file, edition, content, digest)"
                                 " VALUES (?, '2099-03-01', ?, encode(sha256(?), 'hex'))"));
        q.addBindValue(kBeijing);
        q.addBindValue(broken);
        q.addBindValue(broken);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        const QString path = m_dir.filePath(QStringLiteral("device.sqlite"));
        {
            test::TestContext device(path);
            QVERIFY(device.open());
            auto round = syncAs(device, clerk());
            QVERIFY2(round, qPrintable(round ? QString() : round.error().message));
            QVERIFY(round->parameterEditions.isEmpty());
            QVERIFY(!round->parameterProblem.isEmpty());
        }
        // the device keeps computing with the edition it had
        const auto parameters = services::EffectiveParameters::load(path);
        QVERIFY(parameters);
        QCOMPARE((*parameters)->region(QStringLiteral("110000")).value()->nameEn, QStringLiteral("Beijing 2099"));
    }
};

QTEST_GUILESS_MAIN(TestParameterSync)
#include "testparametersync.moc"
