#pragma once

// A database of its own on the test PostgreSQL (TONGBAN_TEST_PG, started by
// scripts/with-test-postgres), so that the tests of the central store run in parallel: each makes
// an owner role (LOGIN CREATEROLE, no superuser: as a service hall's administrator) and a database
// it owns, both named with a random prefix, and drops them — and every role named with the prefix,
// the clerks' logins included — at the end.

#include "central/centralconnectioninfo.h"
#include "central/centralsession.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

#include <memory>

namespace tongban::test {

class CentralTestDatabase
{
public:
    /// Whether TONGBAN_TEST_PG is set. Without it a test calls requireServer(), which fails under
    /// CI=true and skips otherwise.
    static bool serverGiven() { return !qEnvironmentVariableIsEmpty("TONGBAN_TEST_PG"); }
    static bool inCi() { return qEnvironmentVariable("CI") == u"true"; }

    /// The administrator's connection of the test server (the cluster's superuser).
    static central::CentralConnectionInfo superuser()
    {
        auto info = central::CentralConnectionInfo::parse(qEnvironmentVariable("TONGBAN_TEST_PG"), QStringLiteral("TONGBAN_TEST_PG"));
        if (!info)
            qFatal("TONGBAN_TEST_PG: %s", qPrintable(info.error().message));
        return *info;
    }

    /// Makes the owner role and the database. Returns an empty string on success, else why not.
    QString create()
    {
        m_prefix = QStringLiteral("tb%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        m_ownerPassword = QStringLiteral("owner%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        auto admin = central::CentralSession::open(superuser());
        if (!admin)
            return admin.error().message;
        QSqlQuery q((*admin)->database());
        if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(owner(), m_ownerPassword)))
            return q.lastError().text();
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_prefix, owner())))
            return q.lastError().text();
        m_created = true;
        return QString();
    }

    ~CentralTestDatabase() { drop(); }

    void drop()
    {
        if (!m_created)
            return;
        m_created = false;
        auto admin = central::CentralSession::open(superuser());
        if (!admin) {
            qWarning("cannot drop the test database %s: %s", qPrintable(m_prefix), qPrintable(admin.error().message));
            return;
        }
        QSqlQuery q((*admin)->database());
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_prefix)))
            qWarning("cannot drop the test database %s: %s", qPrintable(m_prefix), qPrintable(q.lastError().text()));
        QStringList roles;
        q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE '%1%' ORDER BY rolname = '%2'").arg(m_prefix, owner()));
        while (q.next())
            roles << q.value(0).toString();
        for (const QString &role : roles) {
            if (!q.exec(QStringLiteral("DROP ROLE %1").arg(role)))
                qWarning("cannot drop the test role %s: %s", qPrintable(role), qPrintable(q.lastError().text()));
        }
    }

    /// Every name this test makes starts with this ("tb" and 8 hex digits); a login of a clerk of
    /// the test is login("clerk_b").
    const QString &prefix() const { return m_prefix; }
    QString login(const QString &name) const { return m_prefix + u'_' + name; }
    QString owner() const { return login(QStringLiteral("owner")); }

    /// The owner's connection to the test database.
    central::CentralConnectionInfo ownerInfo() const
    {
        return superuser()
            .with(QStringLiteral("dbname"), m_prefix)
            .with(QStringLiteral("user"), owner())
            .with(QStringLiteral("password"), m_ownerPassword);
    }

    /// The connection of @p login with @p password to the test database.
    central::CentralConnectionInfo as(const QString &login, const QString &password) const
    {
        return superuser()
            .with(QStringLiteral("dbname"), m_prefix)
            .with(QStringLiteral("user"), login)
            .with(QStringLiteral("password"), password);
    }

    /// The superuser's connection to the test database (for checks of the catalog).
    central::CentralConnectionInfo superuserInfo() const { return superuser().with(QStringLiteral("dbname"), m_prefix); }

    /// The connection string of @p info as a libpq key=value text (for the CLI's --server).
    static QString conninfo(const central::CentralConnectionInfo &info)
    {
        QStringList parts;
        for (const QString &key : {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("dbname"), QStringLiteral("user"),
                                   QStringLiteral("password"), QStringLiteral("sslmode"), QStringLiteral("sslrootcert")}) {
            if (info.has(key))
                parts << key + QStringLiteral("='") + info.value(key) + u'\'';
        }
        return parts.join(u' ');
    }

private:
    QString m_prefix;
    QString m_ownerPassword;
    bool m_created = false;
};

} // namespace tongban::test

/// In initTestCase(): fails under CI=true, skips otherwise, when there is no test server; then
/// makes @p database or fails with why not.
#define TONGBAN_CREATE_CENTRAL_TEST_DATABASE(database)                                                                                     \
    do {                                                                                                                                   \
        if (!tongban::test::CentralTestDatabase::serverGiven()) {                                                                          \
            if (tongban::test::CentralTestDatabase::inCi())                                                                                \
                QFAIL("TONGBAN_TEST_PG is not set and CI=true: the tests of the central store need the server of "                         \
                      "scripts/with-test-postgres");                                                                                       \
            QSKIP("TONGBAN_TEST_PG is not set: run the tests through scripts/with-test-postgres (scripts/test)");                          \
        }                                                                                                                                  \
        const QString why = (database).create();                                                                                           \
        if (!why.isEmpty())                                                                                                                \
            QFAIL(qPrintable(QStringLiteral("cannot make the test database: ") + why));                                                    \
    } while (false)
