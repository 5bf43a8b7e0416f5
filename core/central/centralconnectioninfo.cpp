#include "centralconnectioninfo.h"

#include <libpq-fe.h>

#include <QRegularExpression>

namespace tongban::central {

namespace {

/// Every key libpq knows, and which of them are secret (dispchar "*").
struct KnownKeys
{
    QSet<QString> all;
    QSet<QString> secret;
};

const KnownKeys &knownKeys()
{
    static const KnownKeys keys = [] {
        KnownKeys k;
        PQconninfoOption *defaults = PQconndefaults();
        for (PQconninfoOption *o = defaults; o && o->keyword; ++o) {
            const QString key = QString::fromUtf8(o->keyword);
            k.all.insert(key);
            if (o->dispchar && o->dispchar[0] == '*')
                k.secret.insert(key);
        }
        PQconninfoFree(defaults);
        // Secret whatever this libpq says of them.
        k.secret.insert(QStringLiteral("password"));
        k.secret.insert(QStringLiteral("sslpassword"));
        return k;
    }();
    return keys;
}

/// libpq's parse error with every quoted text that is not a key replaced by "…": libpq quotes
/// the piece it could not read, which may be a password. A key is one libpq knows, or a word the
/// input uses as a key (followed by "="); punctuation ("=") is kept.
QString withoutValues(const QString &libpqMessage, const QString &input)
{
    static const QRegularExpression punctuation(QStringLiteral("^[^A-Za-z0-9]{0,2}$"));
    auto isKey = [&](const QString &token) {
        return knownKeys().all.contains(token) || punctuation.match(token).hasMatch() || (!token.isEmpty() && input.contains(token + u'='));
    };
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    QString text = libpqMessage.trimmed();
    QString result;
    qsizetype last = 0;
    auto it = quoted.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        result += isKey(match.captured(1)) ? match.captured(0) : QStringLiteral("\"…\"");
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\"));
    v.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

} // namespace

Result<CentralConnectionInfo> CentralConnectionInfo::parse(const QString &conninfo, const QString &field)
{
    if (conninfo.trimmed().isEmpty())
        return Error::badInput(field,
                               tr("a connection string of the central server is required, e.g. "
                                  "\"host=10.1.2.3 dbname=tongban user=admin sslmode=verify-full sslrootcert=ca.crt\""));
    char *errorMessage = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &errorMessage);
    if (!options) {
        const QString reason = errorMessage ? withoutValues(QString::fromUtf8(errorMessage), conninfo) : tr("out of memory");
        if (errorMessage)
            PQfreemem(errorMessage);
        return Error::badInput(field,
                               tr("the connection string cannot be read: %1 (libpq's form: key=value … or "
                                  "postgresql://user@host:port/database?key=value)")
                                   .arg(reason));
    }
    CentralConnectionInfo info;
    info.m_field = field;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        info.m_values.insert(key, QString::fromUtf8(o->val));
        if (knownKeys().secret.contains(key) || (o->dispchar && o->dispchar[0] == '*'))
            info.m_secretKeys.insert(key);
    }
    PQconninfoFree(options);
    for (auto it = info.m_values.cbegin(); it != info.m_values.cend(); ++it) {
        static const QSet<QString> ownSetters {QStringLiteral("host"), QStringLiteral("dbname"), QStringLiteral("user"),
                                               QStringLiteral("password")};
        if (!ownSetters.contains(it.key()) && it.value().contains(u';'))
            return Error::badInput(field,
                                   tr("the value of \"%1\" contains \";\", which cannot be passed on to the server's "
                                      "driver: rename the file or folder")
                                       .arg(it.key()));
    }
    return info;
}

CentralConnectionInfo CentralConnectionInfo::with(const QString &key, const QString &value) const
{
    CentralConnectionInfo copy = *this;
    copy.m_values.insert(key, value);
    if (knownKeys().secret.contains(key))
        copy.m_secretKeys.insert(key);
    return copy;
}

QString CentralConnectionInfo::display() const
{
    QStringList parts;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        parts << it.key() + u'=' + (m_secretKeys.contains(it.key()) ? QStringLiteral("***") : it.value());
    return parts.join(u' ');
}

QString CentralConnectionInfo::serverName() const
{
    const QString host = value(QStringLiteral("host")).isEmpty() ? value(QStringLiteral("hostaddr")) : value(QStringLiteral("host"));
    const QString port = value(QStringLiteral("port")).isEmpty() ? QStringLiteral("5432") : value(QStringLiteral("port"));
    return (host.isEmpty() ? QStringLiteral("localhost") : host) + u':' + port;
}

void CentralConnectionInfo::applyTo(QSqlDatabase &db) const
{
    db.setHostName(value(QStringLiteral("host")));
    db.setDatabaseName(value(QStringLiteral("dbname")));
    db.setUserName(value(QStringLiteral("user")));
    db.setPassword(value(QStringLiteral("password")));
    QStringList options;
    bool portSet = false;
    if (has(QStringLiteral("port"))) {
        bool ok = false;
        const int port = value(QStringLiteral("port")).toInt(&ok);
        if (ok) {
            db.setPort(port);
            portSet = true;
        }
    }
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        static const QSet<QString> ownSetters {QStringLiteral("host"), QStringLiteral("dbname"), QStringLiteral("user"),
                                               QStringLiteral("password")};
        if (ownSetters.contains(it.key()) || (it.key() == u"port" && portSet))
            continue;
        options << it.key() + u'=' + quoted(it.value());
    }
    if (!has(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options.join(u';'));
}

} // namespace tongban::central
