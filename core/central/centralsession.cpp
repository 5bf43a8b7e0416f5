#include "centralsession.h"

#include <libpq-fe.h>

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QVariant>

namespace tongban::central {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tongban-central-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

bool mentions(const QString &text, const char *phrase)
{
    return text.contains(QLatin1String(phrase), Qt::CaseInsensitive);
}

} // namespace

CentralSession::CentralSession(QSqlDatabase db, CentralConnectionInfo server)
    : m_db(std::move(db))
    , m_server(std::move(server))
{ }

CentralSession::~CentralSession()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<CentralSession>> CentralSession::open(const CentralConnectionInfo &server, const CredentialFields &credentials)
{
    const QString name = nextConnectionName();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error::storage(tr("Qt's PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed"));
        }
        server.applyTo(db);
        if (db.open())
            return std::unique_ptr<CentralSession>(new CentralSession(db, server));
        failure = db.lastError().databaseText();
        if (failure.isEmpty())
            failure = db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return connectionError(failure, server, credentials);
}

Error CentralSession::connectionError(const QString &serverText, const CentralConnectionInfo &server, const CredentialFields &credentials)
{
    const QString field = server.field();
    const QString loginField = credentials.login.isEmpty() ? field : credentials.login;
    const QString passwordField = credentials.password.isEmpty() ? field : credentials.password;
    const QString login = server.value(QStringLiteral("user"));
    const QString reason = serverText.simplified();
    if (mentions(reason, "password authentication failed") || (mentions(reason, "role \"") && mentions(reason, "does not exist")))
        return Error::badInput(passwordField, tr("the central server refused the login \"%1\": wrong login or password").arg(login));
    if (mentions(reason, "no password supplied"))
        return Error::badInput(field,
                               tr("the central server asks for the password of \"%1\": give it in the connection "
                                  "string, in PGPASSWORD or in ~/.pgpass")
                                   .arg(login));
    if (mentions(reason, "is not permitted to log in"))
        return Error::forbidden(loginField, tr("the account \"%1\" is disabled: it may not sign in; ask a supervisor").arg(login));
    if (mentions(reason, "pg_hba.conf"))
        return Error::forbidden(loginField,
                                tr("the central server does not accept the login \"%1\" from this computer "
                                   "(its pg_hba.conf): ask the administrator")
                                    .arg(login));
    if (mentions(reason, "certificate") || mentions(reason, "does not match host name"))
        return Error::badInput(field,
                               tr("the central server's certificate is not trusted (%1): check sslrootcert (the "
                                  "certificate authority's file) and that the host name is the one in the "
                                  "server's certificate")
                                   .arg(reason));
    if (mentions(reason, "SSL was required") || mentions(reason, "does not support SSL"))
        return Error::badInput(
            field, tr("the connection asks for TLS (sslmode) but the central server %1 does not offer it").arg(server.serverName()));
    if (mentions(reason, "database \"") && mentions(reason, "does not exist"))
        return Error::badInput(
            field,
            tr("there is no database \"%1\" on the central server %2").arg(server.value(QStringLiteral("dbname")), server.serverName()));
    return Error::unavailable(tr("the central server %1 cannot be reached (%2); nothing was changed: try again when "
                                 "the network and the server are back")
                                  .arg(server.serverName(), reason));
}

Error CentralSession::errorFrom(const QSqlError &error, const QString &doing) const
{
    const QString state = error.nativeErrorCode();
    const QString serverText = error.databaseText().simplified();
    if (state == u"TB001")
        return Error::badInput(QStringLiteral("office"),
                               tr("there is no office of this code on the central server: add it "
                                  "first (office add)"));
    if (state == u"TB002")
        return Error::badInput(QStringLiteral("login"), tr("this login exists already on the central server: choose another"));
    if (state == u"TB003")
        return Error::badInput(QStringLiteral("login"), tr("there is no account of this login on the central server"));
    if (state == u"TB004")
        return Error::badInput(QStringLiteral("role"), tr("unknown role: window-clerk, expert or supervisor"));
    if (state == u"TB005")
        return Error::badInput(QStringLiteral("login"),
                               tr("a login is 2 to 63 characters: a lower-case letter first, then lower-case letters, "
                                  "digits, \".\", \"_\" or \"-\""));
    if (state == u"TB006")
        return Error::badInput(QStringLiteral("grace_days"), tr("the offline grace period is 1 to 30 days"));
    if (state == u"TB007")
        return Error::badInput(QStringLiteral("verifier"), tr("the server takes a SCRAM-SHA-256 verifier, never a password"));
    if (state == u"TB008")
        return Error::badInput(QStringLiteral("older_than"),
                               tr("audit records are kept at least 6 months (MLPS 2.0 level 3, "
                                  "Cybersecurity Law art. 21)"));
    if (state == u"TBF01")
        return Error::forbidden(QStringLiteral("office"), tr("a supervisor manages the accounts of their own office only"));
    if (state == u"TBF02")
        return Error::forbidden(QStringLiteral("role"), tr("only the administrator adds or changes a supervisor's account"));
    if (state == u"42501")
        return Error::forbidden(
            QString(), tr("the role \"%1\" has no right to this (%2): %3").arg(m_server.value(QStringLiteral("user")), doing, serverText));
    if (state == u"3F000" || state == u"42883" || state == u"42P01")
        return Error::storage(tr("the central server has no Tongban schema, or an older one (%1): run tongban-cli "
                                 "server-init as the administrator")
                                  .arg(serverText));
    if (state.startsWith(u"08") || state == u"57P01" || state == u"57P02" || state == u"57P03" || !m_db.isOpen()
        || (state.isEmpty()
            && (mentions(serverText, "server closed the connection") || mentions(serverText, "no connection to the server")
                || mentions(serverText, "could not receive data") || mentions(serverText, "could not send data"))))
        return Error::unavailable(tr("the connection to the central server %1 was lost while %2 (%3); nothing was "
                                     "changed: try again")
                                      .arg(m_server.serverName(), doing, serverText));
    return Error::storage(tr("the central server refused %1: %2").arg(doing, serverText.isEmpty() ? error.text() : serverText));
}

Result<QString> CentralSession::scramVerifier(const QString &password, const QString &login) const
{
    const QVariant handle = m_db.driver()->handle();
    // Qt registers the handle's type under libpq's struct name ("pg_conn*"; "PGconn*" in Qt's
    // documentation).
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return Error::storage(tr("the connection to the central server is not a PostgreSQL connection"));
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    char *verifier = PQencryptPasswordConn(connection, password.toUtf8().constData(), login.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return Error::storage(
            tr("the password's SCRAM verifier could not be computed: %1").arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    QString result = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return result;
}

} // namespace tongban::central
