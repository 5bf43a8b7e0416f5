// core/central CentralAccounts and OnlineSignIn against the test PostgreSQL (TONGBAN_TEST_PG), in
// a database of its own: who may manage which accounts (the server checks again), the password
// policy, signing in online (the server checks the password; whoami gives name, role, office), a
// wrong password, a disabled account, a reset password; TLS with sslmode=verify-full and the test
// CA, another CA refused; the audit's retention and append-only rule on the server.

#include "centraltestdatabase.h"
#include "testsupport.h"

#include "central/centralaccounts.h"
#include "central/onlinesignin.h"
#include "central/servermigrations.h"

#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using tongban::Error;
using tongban::accounts::Role;
using tongban::central::CentralAccounts;
using tongban::central::CentralSession;
using tongban::central::OnlineSignIn;
using tongban::central::ServerMigrations;
using tongban::test::CentralTestDatabase;

namespace {

const QString officeA = QStringLiteral("110105");
const QString officeB = QStringLiteral("320102");
const QString password = QStringLiteral("Counter2026");

} // namespace

class TestCentralAccounts : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    std::unique_ptr<CentralSession> m_owner;

    QString login(const char *name) const { return m_database.login(QString::fromLatin1(name)); }

    std::unique_ptr<CentralSession> connectAs(const char *name, const QString &pw = password)
    {
        auto session = CentralSession::open(m_database.as(login(name), pw));
        if (!session)
            qWarning("%s cannot connect: %s", name, qPrintable(session.error().message));
        return session ? std::move(session.value()) : nullptr;
    }

    CentralAccounts::NewUser newUser(const char *name, Role role, const QString &office) const
    {
        return {login(name), QString::fromUtf8(name), role, office, password};
    }

private slots:
    void initTestCase()
    {
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        auto owner = CentralSession::open(m_database.ownerInfo());
        QVERIFY2(owner.ok(), qPrintable(owner ? QString() : owner.error().message));
        m_owner = std::move(owner.value());
        const auto migrated = ServerMigrations::migrate(*m_owner);
        QVERIFY2(migrated.ok(), qPrintable(migrated ? QString() : migrated.error().message));
        CentralAccounts accounts(*m_owner);
        const auto a = accounts.addOffice(officeA, QStringLiteral("朝阳区社保中心"));
        QVERIFY2(a.ok(), qPrintable(a ? QString() : a.error().message));
        QCOMPARE(a->name, QStringLiteral("朝阳区社保中心"));
        QVERIFY(accounts.addOffice(officeB, QStringLiteral("玄武区社保中心")).ok());
        for (const auto &user : {newUser("supervisor_a", Role::Supervisor, officeA), newUser("supervisor_b", Role::Supervisor, officeB),
                                 newUser("clerk_a", Role::WindowClerk, officeA)}) {
            const auto added = accounts.addUser(user);
            QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
        }
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_database.drop();
    }

    void officeInput()
    {
        CentralAccounts accounts(*m_owner);
        const auto duplicate = accounts.addOffice(officeA, QStringLiteral("again"));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, Error::Kind::BadInput);
        QCOMPARE(duplicate.error().field, QStringLiteral("code"));
        const auto malformed = accounts.addOffice(QStringLiteral("11010"), QStringLiteral("x"));
        QVERIFY(!malformed.ok());
        QCOMPARE(malformed.error().field, QStringLiteral("code"));
        // a supervisor adds no office
        auto supervisor = connectAs("supervisor_b");
        QVERIFY(supervisor);
        const auto refused = CentralAccounts(*supervisor).addOffice(QStringLiteral("320104"), QStringLiteral("秦淮区"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
    }

    void supervisorManagesOwnOfficeClerksOnly()
    {
        auto supervisor = connectAs("supervisor_b");
        QVERIFY(supervisor);
        CentralAccounts accounts(*supervisor);
        const auto clerk = accounts.addUser(newUser("clerk_b", Role::WindowClerk, officeB));
        QVERIFY2(clerk.ok(), qPrintable(clerk ? QString() : clerk.error().message));
        QCOMPARE(clerk->login, login("clerk_b"));
        QCOMPARE(clerk->role, Role::WindowClerk);
        QCOMPARE(clerk->officeCode, officeB);
        QVERIFY(clerk->enabled);
        QCOMPARE(clerk->graceDays, 7);
        QVERIFY(accounts.addUser(newUser("expert_b", Role::AssistingExpert, officeB)).ok());

        const auto otherOffice = accounts.addUser(newUser("clerk_a2", Role::WindowClerk, officeA));
        QVERIFY(!otherOffice.ok());
        QCOMPARE(otherOffice.error().kind, Error::Kind::Forbidden);
        QCOMPARE(otherOffice.error().field, QStringLiteral("office"));
        const auto aSupervisor = accounts.addUser(newUser("supervisor_b2", Role::Supervisor, officeB));
        QVERIFY(!aSupervisor.ok());
        QCOMPARE(aSupervisor.error().kind, Error::Kind::Forbidden);
        QCOMPARE(aSupervisor.error().field, QStringLiteral("role"));
        for (const auto &refused :
             {accounts.disableUser(login("clerk_a")), accounts.resetPassword(login("clerk_a"), QStringLiteral("Other2026x")),
              accounts.setGraceDays(login("clerk_a"), 3), accounts.disableUser(login("supervisor_a"))}) {
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        }
        // none of the refused accounts was made
        QSqlQuery q(m_owner->database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('%1', '%2')").arg(login("clerk_a2"), login("supervisor_b2"))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        // a window clerk manages nobody
        auto clerkSession = connectAs("clerk_b");
        QVERIFY(clerkSession);
        const auto byClerk = CentralAccounts(*clerkSession).addUser(newUser("clerk_b3", Role::WindowClerk, officeB));
        QVERIFY(!byClerk.ok());
        QCOMPARE(byClerk.error().kind, Error::Kind::Forbidden);
        // the administrator adds a supervisor
        QVERIFY(CentralAccounts(*m_owner).addUser(newUser("supervisor_b3", Role::Supervisor, officeB)).ok());
    }

    void accountInput()
    {
        CentralAccounts accounts(*m_owner);
        const auto exists = accounts.addUser(newUser("clerk_a", Role::WindowClerk, officeA));
        QVERIFY(!exists.ok());
        QCOMPARE(exists.error().field, QStringLiteral("login"));
        const auto unknownOffice = accounts.addUser(newUser("clerk_x", Role::WindowClerk, QStringLiteral("999999")));
        QVERIFY(!unknownOffice.ok());
        QCOMPARE(unknownOffice.error().field, QStringLiteral("office"));
        const auto badLogin = accounts.addUser({QStringLiteral("Bad Login"), QStringLiteral("x"), Role::WindowClerk, officeA, password});
        QVERIFY(!badLogin.ok());
        QCOMPARE(badLogin.error().field, QStringLiteral("login"));
        const auto unknownLogin = accounts.disableUser(login("nobody"));
        QVERIFY(!unknownLogin.ok());
        QCOMPARE(unknownLogin.error().field, QStringLiteral("login"));
        const auto grace = accounts.setGraceDays(login("clerk_a"), 31);
        QVERIFY(!grace.ok());
        QCOMPARE(grace.error().field, QStringLiteral("grace_days"));
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("7 characters") << QStringLiteral("abc1234") << false;
        QTest::newRow("letters only") << QStringLiteral("abcdefghij") << false;
        QTest::newRow("digits only") << QStringLiteral("1234567890") << false;
        QTest::newRow("8 with both") << QStringLiteral("abcd1234") << true;
        QTest::newRow("Chinese letters and digits") << QStringLiteral("通办台密码2026") << true;
    }

    void passwordPolicy()
    {
        QFETCH(QString, candidate);
        QFETCH(bool, accepted);
        const auto error = CentralAccounts::checkPassword(candidate);
        QCOMPARE(!error.has_value(), accepted);
        if (error) {
            QCOMPARE(error->field, QStringLiteral("password"));
            QVERIFY(!error->message.contains(candidate));
            auto user = newUser("weak", Role::WindowClerk, officeA);
            user.password = candidate;
            const auto refused = CentralAccounts(*m_owner).addUser(user);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().field, QStringLiteral("password"));
        }
    }

    void signInOnline()
    {
        QVERIFY(CentralAccounts(*m_owner).setGraceDays(login("clerk_a"), 12).ok());
        const auto user = OnlineSignIn::signIn(m_database.superuserInfo(), login("clerk_a"), password, tongban::test::clock());
        QVERIFY2(user.ok(), qPrintable(user ? QString() : user.error().message));
        QCOMPARE(user->login, login("clerk_a"));
        QCOMPARE(user->displayName, QStringLiteral("clerk_a"));
        QCOMPARE(user->role, Role::WindowClerk);
        QCOMPARE(user->officeCode, officeA);
        QCOMPARE(user->officeName, QStringLiteral("朝阳区社保中心"));
        QVERIFY(user->online);
        QCOMPARE(user->signedInAt, tongban::test::fixedNow());
        QCOMPARE(user->graceDays, 12);
    }

    void wrongPassword()
    {
        const auto refused
            = OnlineSignIn::signIn(m_database.superuserInfo(), login("clerk_a"), QStringLiteral("Wrong2026pw"), tongban::test::clock());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QCOMPARE(refused.error().field, QStringLiteral("password"));
        QVERIFY(!refused.error().message.contains(u"Wrong2026pw"));
        const auto unknown = OnlineSignIn::signIn(m_database.superuserInfo(), login("nobody"), password, tongban::test::clock());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().field, QStringLiteral("password")); // the same answer: who exists is not told
    }

    void notAClerk()
    {
        // the administrator's own login is no clerk
        auto owner = OnlineSignIn::signIn(m_database.ownerInfo(), m_database.owner(),
                                          m_database.ownerInfo().value(QStringLiteral("password")), tongban::test::clock());
        QVERIFY(!owner.ok());
        QCOMPARE(owner.error().kind, Error::Kind::Forbidden);
        QCOMPARE(owner.error().field, QStringLiteral("login"));
    }

    void disabledAccountCannotSignIn()
    {
        auto supervisor = connectAs("supervisor_b");
        QVERIFY(supervisor);
        CentralAccounts accounts(*supervisor);
        QVERIFY(accounts.addUser(newUser("clerk_gone", Role::WindowClerk, officeB)).ok());
        QVERIFY(OnlineSignIn::signIn(m_database.superuserInfo(), login("clerk_gone"), password, tongban::test::clock()).ok());
        const auto disabled = accounts.disableUser(login("clerk_gone"));
        QVERIFY2(disabled.ok(), qPrintable(disabled ? QString() : disabled.error().message));
        QVERIFY(!disabled->enabled);
        const auto refused = OnlineSignIn::signIn(m_database.superuserInfo(), login("clerk_gone"), password, tongban::test::clock());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QCOMPARE(refused.error().field, QStringLiteral("login"));
        QVERIFY2(refused.error().message.contains(u"disabled"), qPrintable(refused.error().message));
    }

    void resetPassword()
    {
        auto supervisor = connectAs("supervisor_b");
        QVERIFY(supervisor);
        const QString fresh = QStringLiteral("Renewed2027");
        const auto reset = CentralAccounts(*supervisor).resetPassword(login("clerk_b"), fresh);
        QVERIFY2(reset.ok(), qPrintable(reset ? QString() : reset.error().message));
        QVERIFY(!OnlineSignIn::signIn(m_database.superuserInfo(), login("clerk_b"), password, tongban::test::clock()).ok());
        QVERIFY(OnlineSignIn::signIn(m_database.superuserInfo(), login("clerk_b"), fresh, tongban::test::clock()).ok());
    }

    void tlsVerifyFull()
    {
        const QString ca = qEnvironmentVariable("TONGBAN_TEST_PG_CA");
        if (ca.isEmpty())
            QFAIL("TONGBAN_TEST_PG_CA is not set: scripts/with-test-postgres exports the test server's CA");
        const auto tls = m_database.as(login("clerk_a"), password)
                             .with(QStringLiteral("host"), QStringLiteral("localhost"))
                             .with(QStringLiteral("sslmode"), QStringLiteral("verify-full"))
                             .with(QStringLiteral("sslrootcert"), ca);
        {
            auto session = CentralSession::open(tls);
            QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().message));
            QSqlQuery q((*session)->database());
            QVERIFY(q.exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next());
            QVERIFY(q.value(0).toBool());
            QVERIFY2(q.value(1).toString().startsWith(u"TLSv1."), qPrintable(q.value(1).toString()));
        }
        QVERIFY(OnlineSignIn::signIn(tls, login("clerk_a"), password, tongban::test::clock()).ok());

        // another CA, made now: the server's certificate is not signed by it
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=Another CA"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("other.key")),
                       QStringLiteral("-out"), dir.filePath(QStringLiteral("other.crt"))});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        const auto wrongCa = CentralSession::open(tls.with(QStringLiteral("sslrootcert"), dir.filePath(QStringLiteral("other.crt"))));
        QVERIFY(!wrongCa.ok());
        QCOMPARE(wrongCa.error().kind, Error::Kind::BadInput);
        QVERIFY2(wrongCa.error().message.contains(u"certificate"), qPrintable(wrongCa.error().message));
        // signing in over it: the connection's fault, not the clerk's password
        const auto signInWrongCa = OnlineSignIn::signIn(tls.with(QStringLiteral("sslrootcert"), dir.filePath(QStringLiteral("other.crt"))),
                                                        login("clerk_a"), password, tongban::test::clock());
        QVERIFY(!signInWrongCa.ok());
        QCOMPARE(signInWrongCa.error().kind, Error::Kind::BadInput);
        QCOMPARE(signInWrongCa.error().field, tls.field());
        // and a host name the certificate does not name (127.0.0.2 is loopback too, but not in it)
        const auto wrongHost = CentralSession::open(tls.with(QStringLiteral("host"), QStringLiteral("127.0.0.2")));
        QVERIFY(!wrongHost.ok());
    }

    void auditKeptAndAppendOnly()
    {
        auto clerk = connectAs("clerk_a");
        QVERIFY(clerk);
        QSqlQuery insert(clerk->database());
        QVERIFY2(insert.exec(QStringLiteral("INSERT INTO tongban.audit_record (device_id, seq, office_code, clerk, at, action, outcome, "
                                            "prev_hash, hash) VALUES (gen_random_uuid(), 1, '110105', session_user, now() - interval "
                                            "'2 years', 'look-up', 'ok', '', 'h')")),
                 qPrintable(insert.lastError().text()));
        QSqlQuery q(m_owner->database());
        // under 6 months: refused
        QVERIFY(!q.exec(QStringLiteral("SELECT tongban.purge_audit(interval '5 months')")));
        QCOMPARE(m_owner->errorFrom(q.lastError(), QStringLiteral("purging")).field, QStringLiteral("older_than"));
        // not even the owner changes or removes a record by hand
        QVERIFY(!q.exec(QStringLiteral("UPDATE tongban.audit_record SET reason = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM tongban.audit_record")));
        // a clerk may not purge
        QSqlQuery byClerk(clerk->database());
        QVERIFY(!byClerk.exec(QStringLiteral("SELECT tongban.purge_audit(interval '1 year')")));
        QCOMPARE(clerk->errorFrom(byClerk.lastError(), QStringLiteral("purging")).kind, Error::Kind::Forbidden);
        // the owner's purge of records older than a year keeps the newer: this one was received now
        QVERIFY2(q.exec(QStringLiteral("SELECT tongban.purge_audit(interval '1 year')")) && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tongban.audit_record")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCentralAccounts)
#include "testcentralaccounts.moc"
