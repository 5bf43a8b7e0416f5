#pragma once

#include "centralconnectioninfo.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

namespace tongban::central {

/// One open connection to the central PostgreSQL store, through Qt's QPSQL driver, as the role of
/// its connection string (the administrator for server-init, a supervisor for accounts, a clerk
/// signing in).
///
/// Each session has a QSqlDatabase connection of its own name (unique in the process), so sessions
/// may be opened on any thread; a session is used on the thread that opened it and closes its
/// connection when destroyed.
///
/// What goes wrong is an Error a clerk can act on, each in plain words (tr()):
/// - the password is wrong (the server's 28P01), or no password was given: BadInput on the
///   connection's field;
/// - the login is disabled (28000 "not permitted to log in"), or the server's pg_hba refuses it:
///   Forbidden on the connection's field;
/// - the server's certificate is not trusted (sslmode=verify-full with another CA, or a host name
///   the certificate does not name): BadInput on the connection's field;
/// - no database of that name: BadInput;
/// - the server cannot be reached (connection refused, time-out, unknown host, the connection
///   lost: SQLSTATE class 08, 57P01–57P03): Unavailable — nothing was changed;
/// - a statement the role has no right to (42501, and the account functions' TBF01/TBF02):
///   Forbidden;
/// - the account functions' own SQLSTATEs (resources/server/0003-accounts.sql: TB001–TB008):
///   BadInput naming the field ("office", "login", "role", "grace_days", "verifier",
///   "older_than").
/// libpq reports a failed connection by text only (no SQLSTATE): the texts matched are the
/// server's English ones (lc_messages C or en, the default); any other failed connection is
/// reported as Unavailable with the server's own words.
class CentralSession
{
    Q_DECLARE_TR_FUNCTIONS(tongban::central::CentralSession)

public:
    /// Where a refused login or password is reported, when not on the connection's own field:
    /// a clerk signing in typed the login and the password (OnlineSignIn: "login", "password").
    struct CredentialFields
    {
        QString login; ///< the field of a disabled or refused login; empty: the connection's field
        QString password; ///< the field of a wrong password; empty: the connection's field
    };

    /// Connects as @p server says. Errors: see the class; a wrong password on
    /// @p credentials.password, a disabled login on @p credentials.login when given.
    static Result<std::unique_ptr<CentralSession>> open(const CentralConnectionInfo &server, const CredentialFields &credentials = {});

    ~CentralSession();
    CentralSession(const CentralSession &) = delete;
    CentralSession &operator=(const CentralSession &) = delete;

    /// The open connection (QPSQL), for this session's thread only.
    QSqlDatabase database() const { return m_db; }
    const CentralConnectionInfo &connectionInfo() const { return m_server; }

    /// The Error for a failed statement of this session, from its SQLSTATE (see the class);
    /// @p doing says what was being done ("adding the office"), for the messages that need it.
    Error errorFrom(const QSqlError &error, const QString &doing) const;

    /// The SCRAM-SHA-256 verifier of @p password for login @p login, computed here by libpq
    /// (PQencryptPasswordConn on this session's connection): what the server stores instead of the
    /// password, so that the password itself never travels in SQL. Error (Storage) when libpq
    /// cannot compute it.
    Result<QString> scramVerifier(const QString &password, const QString &login) const;

private:
    CentralSession(QSqlDatabase db, CentralConnectionInfo server);

    static Error connectionError(const QString &serverText, const CentralConnectionInfo &server, const CredentialFields &credentials);

    QSqlDatabase m_db;
    CentralConnectionInfo m_server;
};

} // namespace tongban::central
