// Tests of tongban::accounts: the role table (data), the access policy, the Argon2id verifier and
// the offline sign-in.

#include "accounts/accesspolicy.h"
#include "accounts/offlinesignin.h"
#include "accounts/offlineverifier.h"
#include "accounts/roletable.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace tongban;
using namespace tongban::accounts;

namespace {

// Low costs keep the tests fast; the parameters are stored with the hash, as in the program.
constexpr int kTestMemoryKiB = 256;

SignedInUser userWithRole(Role role)
{
    SignedInUser user;
    user.login = QStringLiteral("wang.fang");
    user.displayName = QStringLiteral("王芳");
    user.role = role;
    return user;
}

OfflineCredential credential(const QString &password, const QDateTime &verifiedOnlineAt)
{
    OfflineCredential c;
    c.login = QStringLiteral("wang.fang");
    c.displayName = QStringLiteral("王芳");
    c.role = Role::AssistingExpert;
    c.officeCode = QStringLiteral("110102");
    c.officeName = QStringLiteral("西城区社保中心");
    c.verifier = OfflineVerifier::make(password, 1, kTestMemoryKiB, 1).value();
    c.verifiedOnlineAt = verifiedOnlineAt;
    c.graceDays = 7;
    return c;
}

QByteArray shippedTable()
{
    QFile file(QStringLiteral(":/accounts/roles.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no shipped role table");
    return file.readAll();
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void shippedTableLoadsWithEveryRole()
    {
        const auto table = RoleTable::loadBuiltIn();
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().field + u": " + table.error().message));
        QCOMPARE((*table)->definition(Role::WindowClerk).nameZh, QStringLiteral("窗口经办员"));
        QCOMPARE((*table)->definition(Role::AssistingExpert).nameZh, QStringLiteral("帮办专家"));
        QCOMPARE((*table)->definition(Role::Supervisor).nameZh, QStringLiteral("主管"));
        for (Role role : {Role::WindowClerk, Role::AssistingExpert, Role::Supervisor})
            QVERIFY(!(*table)->definition(role).source.isEmpty());
        QVERIFY(!(*table)->source().isEmpty());
    }

    // The issue's table: what each role may, and may not.
    void rolesMayWhatTheIssueSays_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("may");
        QTest::newRow("clerk looks up") << Role::WindowClerk << Permission::LookUp << true;
        QTest::newRow("clerk prints") << Role::WindowClerk << Permission::Print << true;
        QTest::newRow("clerk no unmask") << Role::WindowClerk << Permission::Unmask << false;
        QTest::newRow("clerk no compare") << Role::WindowClerk << Permission::Compare << false;
        QTest::newRow("clerk no sweep csv") << Role::WindowClerk << Permission::SweepCsv << false;
        QTest::newRow("clerk no audit view") << Role::WindowClerk << Permission::AuditView << false;
        QTest::newRow("expert unmasks") << Role::AssistingExpert << Permission::Unmask << true;
        QTest::newRow("expert compares") << Role::AssistingExpert << Permission::Compare << true;
        QTest::newRow("expert no accounts") << Role::AssistingExpert << Permission::Accounts << false;
        QTest::newRow("expert no sweep csv") << Role::AssistingExpert << Permission::SweepCsv << false;
        QTest::newRow("supervisor sweep csv") << Role::Supervisor << Permission::SweepCsv << true;
        QTest::newRow("supervisor accounts") << Role::Supervisor << Permission::Accounts << true;
        QTest::newRow("supervisor audit view") << Role::Supervisor << Permission::AuditView << true;
    }
    void rolesMayWhatTheIssueSays()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, may);
        const AccessPolicy &policy = AccessPolicy::builtIn();
        QCOMPARE(policy.may(userWithRole(role), permission), may);
        const auto refusal = policy.require(userWithRole(role), permission, QStringLiteral("--unmasked"));
        QCOMPARE(!refusal.has_value(), may);
        if (refusal) {
            QCOMPARE(refusal->kind, Error::Kind::Forbidden);
            QCOMPARE(refusal->field, QStringLiteral("--unmasked"));
            QVERIFY2(refusal->message.contains(AccessPolicy::permissionName(permission)), qPrintable(refusal->message));
            QVERIFY2(refusal->message.contains(policy.roleName(role)), qPrintable(refusal->message));
        }
    }

    void permissionIdsRoundTrip()
    {
        for (Permission permission : allPermissions)
            QCOMPARE(permissionFromId(permissionId(permission)), std::optional<Permission>(permission));
        QVERIFY(!permissionFromId(QStringLiteral("everything")));
    }

    // A bad table is refused with the JSON path of the offending value.
    void badTableNamesThePath_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown permission") << QByteArray("\"may\": [\"intake\", \"look-up\", \"pension\", \"print\"")
                                            << QByteArray("\"may\": [\"intake\", \"look-up\", \"pension\", \"everything\"")
                                            << QStringLiteral("roles[0].may[3]");
        QTest::newRow("unknown role") << QByteArray("\"id\": \"expert\"") << QByteArray("\"id\": \"guest\"")
                                      << QStringLiteral("roles[1].id");
        QTest::newRow("repeated role") << QByteArray("\"id\": \"expert\"") << QByteArray("\"id\": \"window-clerk\"")
                                       << QStringLiteral("roles[1].id");
        QTest::newRow("empty name") << QByteArray("\"name_zh\": \"主管\"") << QByteArray("\"name_zh\": \" \"")
                                    << QStringLiteral("roles[2].name_zh");
        QTest::newRow("no source") << QByteArray("\"source\": \"Issue 12 §3: supervisor")
                                   << QByteArray("\"sourc\": \"Issue 12 §3: supervisor") << QStringLiteral("roles[2].source");
    }
    void badTableNamesThePath()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, field);
        QByteArray json = shippedTable();
        QVERIFY2(json.contains(from), from.constData());
        json.replace(json.indexOf(from), from.size(), to);
        const auto table = RoleTable::parse(json);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().field, field);
        QVERIFY(!table.error().message.isEmpty());
    }

    void missingRoleIsRefused()
    {
        const auto table = RoleTable::parse(R"({"source": "s", "roles": [{"id": "window-clerk", "name_zh": "a", "name_en": "b",
                                               "may": [], "source": "s"}]})");
        QVERIFY(!table.ok());
        QCOMPARE(table.error().field, QStringLiteral("roles"));
        QVERIFY2(table.error().message.contains(QStringLiteral("expert")), qPrintable(table.error().message));
    }

    void verifierIsArgon2idWithTheReferenceVector()
    {
        // The reference implementation's own test vector (phc-winner-argon2, src/test.c, Argon2id
        // version 0x13: t=2, m=2^16 KiB, p=1, "password", "somesalt").
        OfflineVerifier verifier;
        verifier.salt = QByteArrayLiteral("somesalt");
        verifier.timeCost = 2;
        verifier.memoryKiB = 65536;
        verifier.parallelism = 1;
        verifier.hash = QByteArray::fromHex("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7");
        QVERIFY(verifier.matches(QStringLiteral("password")));
        QVERIFY(!verifier.matches(QStringLiteral("passwore")));
    }

    void verifierIsSaltedAndNeverThePassword()
    {
        const auto a = OfflineVerifier::make(QStringLiteral("Secret123"), 1, kTestMemoryKiB, 1);
        const auto b = OfflineVerifier::make(QStringLiteral("Secret123"), 1, kTestMemoryKiB, 1);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->salt.size(), 16);
        QCOMPARE(a->hash.size(), 32);
        QVERIFY(a->salt != b->salt);
        QVERIFY(a->hash != b->hash);
        QVERIFY(!a->hash.contains("Secret123"));
        QVERIFY(a->matches(QStringLiteral("Secret123")));
        QVERIFY(!a->matches(QStringLiteral("secret123")));
        QVERIFY(!a->matches(QString()));
        // The stored costs are used: a verifier read back with other costs does not match.
        OfflineVerifier other = *a;
        other.timeCost = 2;
        QVERIFY(!other.matches(QStringLiteral("Secret123")));
        QCOMPARE(OfflineVerifier::make(QString()).error().field, QStringLiteral("password"));
    }

    void defaultCostsAreTheDesigned()
    {
        const auto verifier = OfflineVerifier::make(QStringLiteral("Secret123"));
        QVERIFY(verifier.ok());
        QCOMPARE(verifier->timeCost, 3);
        QCOMPARE(verifier->memoryKiB, 65536);
        QCOMPARE(verifier->parallelism, 1);
        QVERIFY(verifier->matches(QStringLiteral("Secret123")));
    }

    void offlineSignInWithinGrace()
    {
        const QDateTime now = test::fixedNow();
        OfflineCredential c = credential(QStringLiteral("Secret123"), now.addDays(-6));
        c.failedAttempts = 3;
        const auto user = OfflineSignIn::check(c, QStringLiteral("Secret123"), Clock::fixed(now));
        QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().message));
        QCOMPARE(user->login, QStringLiteral("wang.fang"));
        QCOMPARE(user->displayName, QStringLiteral("王芳"));
        QCOMPARE(user->role, Role::AssistingExpert);
        QCOMPARE(user->officeCode, QStringLiteral("110102"));
        QVERIFY(!user->online);
        QCOMPARE(user->signedInAt, now);
        QCOMPARE(c.failedAttempts, 0); // a right password resets the count
    }

    void graceEndsAfterTheDaysFromTheLastOnlineSignIn()
    {
        const QDateTime now = test::fixedNow();
        OfflineCredential c = credential(QStringLiteral("Secret123"), now.addDays(-7));
        auto user = OfflineSignIn::check(c, QStringLiteral("Secret123"), Clock::fixed(now));
        QVERIFY(!user.ok());
        QCOMPARE(user.error().kind, Error::Kind::Forbidden);
        QCOMPARE(user.error().field, QStringLiteral("grace"));
        QCOMPARE(c.failedAttempts, 0);
        // One second earlier it is still within.
        user = OfflineSignIn::check(c, QStringLiteral("Secret123"), Clock::fixed(now.addSecs(-1)));
        QVERIFY(user.ok());
        // A longer grace set by the supervisor.
        c.graceDays = 30;
        QVERIFY(OfflineSignIn::check(c, QStringLiteral("Secret123"), Clock::fixed(now)).ok());
    }

    void fiveWrongPasswordsLock()
    {
        const QDateTime now = test::fixedNow();
        OfflineCredential c = credential(QStringLiteral("Secret123"), now.addDays(-1));
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const auto user = OfflineSignIn::check(c, QStringLiteral("wrong%1").arg(attempt), Clock::fixed(now));
            QVERIFY(!user.ok());
            QCOMPARE(user.error().field, QStringLiteral("password"));
            QCOMPARE(c.failedAttempts, attempt);
            QCOMPARE(c.locked, attempt == 5);
        }
        // Locked: even the right password is refused, with its own reason.
        const auto user = OfflineSignIn::check(c, QStringLiteral("Secret123"), Clock::fixed(now));
        QVERIFY(!user.ok());
        QCOMPARE(user.error().field, QStringLiteral("locked"));
        QCOMPARE(user.error().kind, Error::Kind::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "testaccounts.moc"
