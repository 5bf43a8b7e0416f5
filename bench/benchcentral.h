#pragma once

// What the benchmarks of sync share (benchdownload, benchpush, benchsyncload): a database of their
// own on the PostgreSQL of TONGBAN_TEST_PG (tests/core/centraltestdatabase.h: an owner role that
// is no superuser, dropped at the end), clerks, local files synced through the real
// services::SyncRound, and libpq for the raw baselines.
//
// Without TONGBAN_TEST_PG a benchmark prints a skip line and exits 0; with CI=true it fails
// (exit 1), as the tests of the central store do.

#include "benchsupport.h"
#include "core/centraltestdatabase.h"

#include "central/centralaccounts.h"
#include "central/centralsession.h"
#include "central/servermigrations.h"
#include "central/syncserver.h"
#include "services/syncround.h"
#include "storage/storeservice.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace tongban::bench {

inline const QString kClerkPassword = QStringLiteral("Counter2026");

/// Exits the program when there is no server: 0 with a skip line, 1 under CI=true.
inline void requireServerOrExit(const char *bench)
{
    if (test::CentralTestDatabase::serverGiven())
        return;
    if (test::CentralTestDatabase::inCi()) {
        std::fprintf(stderr, "%s: TONGBAN_TEST_PG is not set and CI=true: run it through scripts/with-test-postgres\n", bench);
        std::exit(1);
    }
    std::printf("SKIP %s: TONGBAN_TEST_PG is not set (run it through scripts/with-test-postgres)\n", bench);
    std::exit(0);
}

/// Prints @p what and exits 1: the work itself failed (not a slow figure).
[[noreturn]] inline void fail(const QString &what)
{
    std::fprintf(stderr, "FAILED: %s\n", qPrintable(what));
    std::fflush(stdout);
    std::exit(1);
}

/// The value of @p result, or fail() with its error and @p doing.
template<typename T> T valueOrFail(Result<T> result, const char *doing)
{
    if (!result)
        fail(QStringLiteral("%1: %2").arg(QLatin1String(doing), result.error().message));
    return std::move(result).value();
}

/// A migrated central database of the bench's own, with the owner's session.
class BenchServer
{
public:
    BenchServer()
    {
        const QString why = m_database.create();
        if (!why.isEmpty())
            fail(QStringLiteral("cannot make the bench database: ") + why);
        m_owner = valueOrFail(central::CentralSession::open(m_database.ownerInfo()), "the owner's connection");
        if (auto migrated = central::ServerMigrations::migrate(*m_owner); !migrated)
            fail(QStringLiteral("server-init: ") + migrated.error().message);
    }

    central::CentralSession &owner() { return *m_owner; }
    test::CentralTestDatabase &database() { return m_database; }

    /// Adds office @p code when it does not exist.
    void ensureOffice(const QString &code)
    {
        central::CentralAccounts accounts(*m_owner);
        const auto offices = valueOrFail(accounts.listOffices(), "listing the offices");
        for (const central::Office &office : offices) {
            if (office.code == code)
                return;
        }
        valueOrFail(accounts.addOffice(code, QStringLiteral("Bench office %1").arg(code)), "adding an office");
    }

    /// Adds window clerk @p name (login: the database's prefix + name) of office @p office.
    QString addClerk(const QString &name, const QString &office)
    {
        central::CentralAccounts::NewUser user;
        user.login = m_database.login(name);
        user.displayName = name;
        user.role = accounts::Role::WindowClerk;
        user.officeCode = office;
        user.password = kClerkPassword;
        valueOrFail(central::CentralAccounts(*m_owner).addUser(user), "adding a clerk");
        return user.login;
    }

    /// A connection of clerk @p login (on the calling thread).
    std::unique_ptr<central::CentralSession> connectAs(const QString &login)
    {
        return valueOrFail(central::CentralSession::open(m_database.as(login, kClerkPassword)), "a clerk's connection");
    }

    /// One number of the owner's @p sql.
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_owner->database());
        if (!q.exec(sql) || !q.next())
            fail(sql + QStringLiteral(": ") + q.lastError().text());
        return q.value(0).toLongLong();
    }

    /// The owner's libpq connection string (for the raw baselines).
    QString ownerConninfo() const { return test::CentralTestDatabase::conninfo(m_database.ownerInfo()); }

private:
    test::CentralTestDatabase m_database;
    std::unique_ptr<central::CentralSession> m_owner;
};

/// A libpq connection, closed at the end of its scope.
class RawConnection
{
public:
    explicit RawConnection(const QString &conninfo)
        : m_conn(PQconnectdb(conninfo.toUtf8().constData()))
    {
        if (PQstatus(m_conn) != CONNECTION_OK)
            fail(QStringLiteral("libpq: ") + QString::fromUtf8(PQerrorMessage(m_conn)));
    }
    ~RawConnection() { PQfinish(m_conn); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    PGconn *get() const { return m_conn; }

    /// Runs @p sql (no result rows expected); fail() when it fails.
    void exec(const char *sql)
    {
        PGresult *result = PQexec(m_conn, sql);
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            fail(QStringLiteral("libpq %1: %2").arg(QLatin1String(sql), QString::fromUtf8(PQerrorMessage(m_conn))));
        PQclear(result);
    }

private:
    PGconn *m_conn;
};

/// A local file of its own, opened (created when missing) by the real StoreService.
inline std::unique_ptr<storage::StoreService> openLocal(const QString &path)
{
    storage::StoreService::Options options;
    options.path = path;
    options.createIfMissing = true;
    auto store = std::make_unique<storage::StoreService>(options, Clock::system());
    if (auto opened = store->open().result(); !opened)
        fail(QStringLiteral("opening %1: %2").arg(path, opened.error().message));
    return store;
}

/// Bytes of a local SQLite file with its WAL and shared-memory files.
inline qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

/// Removes a SQLite file with its WAL and shared-memory files.
inline void removeLocal(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace tongban::bench
