// services::SignInService, the window's one sign-in use case, against the test PostgreSQL
// (TONGBAN_TEST_PG) and a real local store: online first (the server checks the password, the
// offline verifier is cached), offline when the server cannot be reached (grace period, 5 wrong
// passwords lock, the lock lifted by the next online sign-in), a disabled account, a wrong
// password; every refusal audited in the local store. Also services::UserAdministration, the
// supervisor's users page's use case: list, add, disable, reset, grace days.

#include "centraltestdatabase.h"
#include "testcontext.h"
#include "testsupport.h"

#include "central/centralaccounts.h"
#include "central/servermigrations.h"
#include "services/signinservice.h"
#include "services/useradministration.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using tongban::Error;
using tongban::Result;
using tongban::accounts::Role;
using tongban::central::CentralAccounts;
using tongban::central::CentralConnectionInfo;
using tongban::central::CentralSession;
using tongban::services::SignInOutcome;
using tongban::services::SignInService;
using tongban::test::CentralTestDatabase;

namespace {

const QString officeA = QStringLiteral("110105");
const QString password = QStringLiteral("Counter2026");

/// The last audit record of the local store: action, object, outcome, clerk, detail.
struct LastAudit
{
    QString action, object, outcome, clerk, detail;
    int count = 0;
};

template<typename T> T waitFor(QFuture<T> future)
{
    // The service answers through the event loop of this thread: wait without blocking it.
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 60000))
        qFatal("no answer within a minute");
    return future.result();
}

} // namespace

class TestSignInService : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    QTemporaryDir m_dir;
    std::shared_ptr<QDateTime> m_now = std::make_shared<QDateTime>(tongban::test::fixedNow());
    std::unique_ptr<tongban::test::TestContext> m_context;
    std::unique_ptr<SignInService> m_service;

    QString login(const char *name) const { return m_database.login(QString::fromLatin1(name)); }
    CentralConnectionInfo server() const { return m_database.superuserInfo(); }
    /// A server nobody listens on: the sign-in must fall back to the offline verifier.
    static CentralConnectionInfo downServer()
    {
        return CentralConnectionInfo::parse(QStringLiteral("host=127.0.0.1 port=1 dbname=tongban connect_timeout=5"),
                                            QStringLiteral("server"))
            .value();
    }

    Result<SignInOutcome> signIn(const std::optional<CentralConnectionInfo> &at, const char *name, const QString &pw)
    {
        return waitFor(m_service->signIn(at, login(name), pw));
    }

    LastAudit lastAudit()
    {
        auto future = m_context->store().read<LastAudit>([](QSqlDatabase db) -> Result<LastAudit> {
            QSqlQuery q(db);
            LastAudit last;
            if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_record")) || !q.next())
                return Error::storage(QStringLiteral("no audit"));
            last.count = q.value(0).toInt();
            if (q.exec(QStringLiteral("SELECT action, object, outcome, clerk, detail FROM audit_record ORDER BY seq DESC LIMIT 1"))
                && q.next())
                last = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), last.count};
            return last;
        });
        future.waitForFinished();
        return future.result().value();
    }

private slots:
    void initTestCase()
    {
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        {
            auto owner = CentralSession::open(m_database.ownerInfo());
            QVERIFY2(owner.ok(), qPrintable(owner ? QString() : owner.error().message));
            QVERIFY(tongban::central::ServerMigrations::migrate(**owner).ok());
            CentralAccounts accounts(**owner);
            QVERIFY(accounts.addOffice(officeA, QStringLiteral("朝阳区社保中心")).ok());
            for (const auto &[name, role] : {std::pair {"supervisor_a", Role::Supervisor}, std::pair {"clerk_a", Role::WindowClerk},
                                             std::pair {"clerk_off", Role::WindowClerk}}) {
                const auto added = accounts.addUser({login(name), QString::fromLatin1(name), role, officeA, password});
                QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
            }
        }
        QVERIFY(m_dir.isValid());
        auto now = m_now;
        m_context = std::make_unique<tongban::test::TestContext>(m_dir.filePath(QStringLiteral("store.db")), QStringLiteral("test-clerk"),
                                                                 tongban::Clock([now] { return *now; }));
        QVERIFY(m_context->open());
        m_service = std::make_unique<SignInService>(m_context->context(), tongban::services::VerifierCosts {1, 256, 1});
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_context.reset();
        m_database.drop();
    }

    void emptyInputIsRefusedBeforeAnythingIsTried()
    {
        const int before = lastAudit().count;
        const auto noLogin = waitFor(m_service->signIn(server(), QStringLiteral("  "), password));
        QVERIFY(!noLogin.ok());
        QCOMPARE(noLogin.error().field, QStringLiteral("login"));
        const auto noPassword = signIn(server(), "clerk_a", QString());
        QVERIFY(!noPassword.ok());
        QCOMPARE(noPassword.error().field, QStringLiteral("password"));
        QCOMPARE(lastAudit().count, before);
    }

    void noOfflineCredentialsBeforeTheFirstOnlineSignIn()
    {
        const auto has = waitFor(m_service->hasOfflineCredentials());
        QVERIFY(has.ok());
        QVERIFY(!*has);
        // offline (no server configured): never signed in online here
        const auto refused = signIn(std::nullopt, "clerk_a", password);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QCOMPARE(refused.error().field, QStringLiteral("login"));
        QCOMPARE(lastAudit().action, QStringLiteral("sign-in-refused"));
        QCOMPARE(lastAudit().object, QStringLiteral("offline"));
    }

    void wrongPasswordOnlineIsRefusedAndAudited()
    {
        const auto refused = signIn(server(), "clerk_a", QStringLiteral("Wrong2026x"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QCOMPARE(refused.error().field, QStringLiteral("password"));
        const LastAudit audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("sign-in-refused"));
        QCOMPARE(audit.object, QStringLiteral("online"));
        QCOMPARE(audit.outcome, QStringLiteral("refused"));
        QCOMPARE(audit.clerk, login("clerk_a"));
    }

    void onlineSignInCachesTheOfflineVerifierAndHoldsTheCredentials()
    {
        const auto outcome = signIn(server(), "clerk_a", password);
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(outcome->online);
        QVERIFY(outcome->user.online);
        QCOMPARE(outcome->user.login, login("clerk_a"));
        QCOMPARE(outcome->user.role, Role::WindowClerk);
        QCOMPARE(outcome->user.officeCode, officeA);
        QVERIFY(outcome->serverProblem.isEmpty());
        QVERIFY(outcome->credentials.has_value());
        QCOMPARE(outcome->credentials->login, login("clerk_a"));
        QCOMPARE(outcome->credentials->connection.value(QStringLiteral("user")), login("clerk_a"));
        QCOMPARE(outcome->credentials->connection.value(QStringLiteral("password")), password);
        QVERIFY(!outcome->credentials->connection.display().contains(password));
        const LastAudit audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("sign-in"));
        QCOMPARE(audit.object, QStringLiteral("online"));
        QCOMPARE(audit.outcome, QStringLiteral("ok"));
        QVERIFY(*waitFor(m_service->hasOfflineCredentials()));
    }

    void serverDownSignsInOfflineWithinTheGracePeriod()
    {
        const auto outcome = signIn(downServer(), "clerk_a", password);
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(!outcome->online);
        QVERIFY(!outcome->user.online);
        QVERIFY(!outcome->credentials.has_value());
        QVERIFY(!outcome->serverProblem.isEmpty());
        // the grace runs 7 days from the last online sign-in
        QCOMPARE(outcome->graceEnds, m_now->toUTC().addDays(7));
        QCOMPARE(lastAudit().action, QStringLiteral("sign-in"));
        QCOMPARE(lastAudit().object, QStringLiteral("offline"));
        // no server configured: the same
        const auto local = signIn(std::nullopt, "clerk_a", password);
        QVERIFY(local.ok());
        QVERIFY(local->serverProblem.isEmpty());
    }

    void fiveWrongPasswordsOfflineLockUntilTheNextOnlineSignIn()
    {
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const auto refused = signIn(downServer(), "clerk_a", QStringLiteral("Wrong2026x"));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
            QCOMPARE(refused.error().field, QStringLiteral("password"));
            if (attempt == 5) // the fifth says that the offline sign-in is locked now
                QVERIFY2(refused.error().message.contains(QStringLiteral("locked until")), qPrintable(refused.error().message));
            QVERIFY2(refused.error().message.contains(QStringLiteral("cannot be reached")), qPrintable(refused.error().message));
            QCOMPARE(lastAudit().action, QStringLiteral("sign-in-refused"));
        }
        const auto locked = signIn(downServer(), "clerk_a", password);
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().field, QStringLiteral("locked"));
        // online again: unlocked
        QVERIFY(signIn(server(), "clerk_a", password).ok());
        QVERIFY(signIn(downServer(), "clerk_a", password).ok());
    }

    void anExpiredGracePeriodIsRefusedOffline()
    {
        QVERIFY(signIn(server(), "clerk_a", password).ok());
        *m_now = m_now->addDays(7).addSecs(1);
        const auto expired = signIn(downServer(), "clerk_a", password);
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().kind, Error::Kind::Forbidden);
        QCOMPARE(expired.error().field, QStringLiteral("grace"));
        QCOMPARE(lastAudit().action, QStringLiteral("sign-in-refused"));
        // online it still works, and starts a new grace period
        QVERIFY(signIn(server(), "clerk_a", password).ok());
        QVERIFY(signIn(downServer(), "clerk_a", password).ok());
    }

    void aDisabledAccountIsRefusedOnlineAndNeverFallsBackOffline()
    {
        QVERIFY(signIn(server(), "clerk_off", password).ok());
        {
            auto owner = CentralSession::open(m_database.ownerInfo());
            QVERIFY(owner.ok());
            QVERIFY(CentralAccounts(**owner).disableUser(login("clerk_off")).ok());
        }
        const auto refused = signIn(server(), "clerk_off", password);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        QCOMPARE(refused.error().field, QStringLiteral("login"));
        QCOMPARE(lastAudit().action, QStringLiteral("sign-in-refused"));
        QCOMPARE(lastAudit().object, QStringLiteral("online"));
    }

    void aSupervisorManagesTheOfficesAccounts()
    {
        const auto outcome = signIn(server(), "supervisor_a", password);
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->user.role, Role::Supervisor);
        tongban::services::UserAdministration admin(*outcome->credentials, outcome->user.officeCode);

        const auto added = waitFor(admin.add(login("expert_a"), QStringLiteral("李专家"), Role::AssistingExpert, password));
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->officeCode, officeA);
        const auto weak = waitFor(admin.add(login("clerk_weak"), QStringLiteral("x"), Role::WindowClerk, QStringLiteral("short")));
        QVERIFY(!weak.ok());
        QCOMPARE(weak.error().field, QStringLiteral("password"));
        const auto supervisor = waitFor(admin.add(login("boss"), QStringLiteral("x"), Role::Supervisor, password));
        QVERIFY(!supervisor.ok());
        QCOMPARE(supervisor.error().kind, Error::Kind::Forbidden);

        const auto grace = waitFor(admin.setGraceDays(login("expert_a"), 14));
        QVERIFY(grace.ok());
        QCOMPARE(grace->graceDays, 14);
        QCOMPARE(waitFor(admin.setGraceDays(login("expert_a"), 31)).error().field, QStringLiteral("grace_days"));
        QVERIFY(waitFor(admin.resetPassword(login("expert_a"), QStringLiteral("NewPass2027"))).ok());
        QVERIFY(signIn(server(), "expert_a", QStringLiteral("NewPass2027")).ok());
        const auto disabled = waitFor(admin.disable(login("expert_a")));
        QVERIFY(disabled.ok());
        QVERIFY(!disabled->enabled);

        const auto users = waitFor(admin.list());
        QVERIFY2(users.ok(), qPrintable(users ? QString() : users.error().message));
        QStringList logins;
        for (const auto &user : *users)
            logins << user.login;
        QCOMPARE(logins, QStringList({login("clerk_a"), login("clerk_off"), login("expert_a"), login("supervisor_a")}));

        // a window clerk sees only themselves
        const auto clerk = signIn(server(), "clerk_a", password);
        QVERIFY(clerk.ok());
        const auto own = waitFor(tongban::services::UserAdministration(*clerk->credentials, officeA).list());
        QVERIFY(own.ok());
        QCOMPARE(own->size(), 1);
    }

    void theServerDownIsNamedByTheUsersPagesUseCase()
    {
        tongban::central::CentralCredentials credentials {downServer(), login("supervisor_a")};
        const auto users = waitFor(tongban::services::UserAdministration(credentials, officeA).list());
        QVERIFY(!users.ok());
        QCOMPARE(users.error().kind, Error::Kind::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestSignInService)
#include "testsigninservice.moc"
