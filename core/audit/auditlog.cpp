#include "auditlog.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace tongban::audit {

namespace {

/// @p text, never null: Qt binds a null QString as SQL NULL, and the columns are NOT NULL ('' for none).
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

void appendField(QByteArray &out, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += '\n';
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

bool AuditLog::isKnownAction(const QString &name)
{
    for (const QString *known : {&action::lookUp, &action::openPerson, &action::print, &action::pdf, &action::exportCsv, &action::unmask,
                                 &action::compare, &action::signIn, &action::signInRefused, &action::refused, &action::account}) {
        if (*known == name)
            return true;
    }
    return false;
}

QByteArray AuditLog::canonicalForm(const AuditRecord &record)
{
    QByteArray out("tongban-audit-1\n");
    appendField(out, QString::number(record.seq));
    appendField(out, record.deviceId);
    appendField(out, storage::StoredTime::toText(record.at));
    appendField(out, record.clerk);
    appendField(out, record.officeCode);
    appendField(out, record.entry.action);
    appendField(out, record.entry.subject);
    appendField(out, record.entry.object);
    appendField(out, record.entry.reason);
    appendField(out, record.entry.outcome);
    appendField(out, record.entry.detail);
    appendField(out, record.prevHash);
    return out;
}

QString AuditLog::hashOf(const AuditRecord &record)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalForm(record), QCryptographicHash::Sha256).toHex());
}

Result<QString> AuditLog::deviceId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM device")))
        return storage::LocalStore::queryError(q, tr("cannot read the device of the audit log"));
    if (!q.next())
        return Error::storage(tr("the file has no device row: its schema is too old for the audit log"));
    return q.value(0).toString();
}

Result<AuditRecord> AuditLog::append(const QSqlDatabase &db, const accounts::SignedInUser &user, const AuditEntry &entry,
                                     const QDateTime &now)
{
    if (!isKnownAction(entry.action))
        return Error::badInput(QStringLiteral("action"), tr("unknown audit action \"%1\"").arg(entry.action));
    if (entry.outcome != QStringLiteral("ok") && entry.outcome != QStringLiteral("refused"))
        return Error::badInput(QStringLiteral("outcome"), tr("the outcome must be ok or refused, not \"%1\"").arg(entry.outcome));
    QSqlQuery q(db);
    // An audit record is never committed on its own: a BEGIN that succeeds means no transaction
    // was active (a deferred BEGIN takes no lock; it is rolled back at once).
    if (q.exec(QStringLiteral("BEGIN"))) {
        q.exec(QStringLiteral("ROLLBACK"));
        return Error::storage(tr("an audit record must be written inside the action's write transaction"));
    }
    const auto device = deviceId(db);
    if (!device)
        return device.error();

    AuditRecord record;
    record.deviceId = *device;
    record.at = now.toUTC();
    record.clerk = user.login.trimmed().isEmpty() ? user.displayName : user.login;
    record.officeCode = user.officeCode;
    record.entry = entry;
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_record ORDER BY seq DESC LIMIT 1")))
        return storage::LocalStore::queryError(q, tr("cannot read the audit log"));
    if (q.next()) {
        record.seq = q.value(0).toLongLong() + 1;
        record.prevHash = q.value(1).toString();
    } else {
        record.seq = 1;
        record.prevHash = genesisHash();
    }
    q.finish();
    record.hash = hashOf(record);

    q.prepare(QStringLiteral("INSERT INTO audit_record (seq, device_id, at, clerk, office_code, action, subject, object, reason, outcome,"
                             " detail, prev_hash, hash) VALUES (:seq, :device, :at, :clerk, :office, :action, :subject, :object, :reason,"
                             " :outcome, :detail, :prev, :hash)"));
    q.bindValue(QStringLiteral(":seq"), record.seq);
    q.bindValue(QStringLiteral(":device"), record.deviceId);
    q.bindValue(QStringLiteral(":at"), storage::StoredTime::toText(record.at));
    q.bindValue(QStringLiteral(":clerk"), notNull(record.clerk));
    q.bindValue(QStringLiteral(":office"), notNull(record.officeCode));
    q.bindValue(QStringLiteral(":action"), entry.action);
    q.bindValue(QStringLiteral(":subject"), notNull(entry.subject));
    q.bindValue(QStringLiteral(":object"), notNull(entry.object));
    q.bindValue(QStringLiteral(":reason"), notNull(entry.reason));
    q.bindValue(QStringLiteral(":outcome"), entry.outcome);
    q.bindValue(QStringLiteral(":detail"), notNull(entry.detail));
    q.bindValue(QStringLiteral(":prev"), record.prevHash);
    q.bindValue(QStringLiteral(":hash"), record.hash);
    if (!q.exec())
        return storage::LocalStore::queryError(q, tr("cannot write the audit record"));
    return record;
}

} // namespace tongban::audit
