#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace tongban::central {

/// Where and as whom to reach the central PostgreSQL store: a libpq connection string, in either
/// of libpq's forms — `host=10.1.2.3 port=5432 dbname=tongban user=admin sslmode=verify-full
/// sslrootcert=/etc/tongban/ca.crt` or `postgresql://admin@10.1.2.3:5432/tongban?sslmode=verify-full`.
///
/// Parsed by libpq itself (PQconninfoParse), so every key libpq knows is accepted with libpq's own
/// meaning (sslmode, sslrootcert, connect_timeout, …). What is not given is left to libpq's
/// defaults and environment (PGPASSWORD, ~/.pgpass, PGSSLMODE, …). The value of a secret key
/// (password, sslpassword) is never shown: display() masks it and no error message repeats it.
class CentralConnectionInfo
{
    Q_DECLARE_TR_FUNCTIONS(tongban::central::CentralConnectionInfo)

public:
    /// Parses @p conninfo. @p field names the input it came from ("--server" on the command
    /// line), and is the field of every Error about this connection (here and in CentralSession).
    /// Errors (BadInput on @p field): empty text; what libpq refuses — an unknown key, a missing
    /// "=", a malformed URI — with libpq's reason, in which a key is named and any other quoted
    /// text is replaced by "…" (so that a password is never repeated); a value containing ";"
    /// (which Qt's driver cannot pass on), naming the key.
    static Result<CentralConnectionInfo> parse(const QString &conninfo, const QString &field);

    /// The value of libpq key @p key ("host", "user", "dbname", …), empty when not given.
    QString value(const QString &key) const { return m_values.value(key); }
    bool has(const QString &key) const { return m_values.contains(key); }

    /// The same connection with @p key set to @p value (e.g. another "user" and "password" for a
    /// clerk's sign-in, another "dbname"). A key named "password" or "sslpassword" is secret.
    CentralConnectionInfo with(const QString &key, const QString &value) const;

    /// The input this connection came from ("--server"), for error fields.
    const QString &field() const { return m_field; }

    /// The connection as "key=value …" for messages, with every secret value shown as "***".
    QString display() const;

    /// "host:port" (libpq's defaults when not given: the local socket, 5432), for messages.
    QString serverName() const;

    /// Sets @p db (a QPSQL connection) to this connection: host, port, dbname, user and password
    /// through QSqlDatabase's own setters, every other key as a connect option; connect_timeout
    /// 10 seconds unless given, so that a server that does not answer is reported, not waited on.
    void applyTo(QSqlDatabase &db) const;

private:
    QMap<QString, QString> m_values;
    QSet<QString> m_secretKeys;
    QString m_field;
};

} // namespace tongban::central
