#include "syncedtables.h"

#include "storage/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <map>

namespace tongban::sync {

using storage::LocalStore;

namespace {

SyncedTable makeUp(const char *entity, const char *recordId, QStringList localOnly = {})
{
    return {QLatin1String(entity), QLatin1String(recordId), std::move(localOnly), true};
}

const std::map<QString, SyncedTable> &tables()
{
    static const std::map<QString, SyncedTable> all = [] {
        std::map<QString, SyncedTable> m;
        for (const SyncedTable &t : {
                 makeUp("visit_session", "id"),
                 makeUp("intake_visit", "session_id"),
                 makeUp("intake_matter", "id"),
                 makeUp("matter_status_event", "id"),
                 makeUp("session_event", "id"),
                 makeUp("unemployment_claim", "uuid", {QStringLiteral("id")}),
                 makeUp("difficult_case", "id"),
                 makeUp("difficult_case_event", "id"),
                 makeUp("service_rating", "id"),
                 makeUp("rating_followup", "id"),
                 makeUp("data_disclosure", "id"),
                 makeUp("audit_record", "", {QStringLiteral("synced_at")}),
                 SyncedTable {QStringLiteral("insured_person"), QStringLiteral("id"), {QStringLiteral("key")}, false},
                 SyncedTable {QStringLiteral("employer"), QStringLiteral("id"), {QStringLiteral("key")}, false},
             })
            m.emplace(t.entity, t);
        return m;
    }();
    return all;
}

// The table's columns (PRAGMA table_info).
Result<QStringList> columnsOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    // PRAGMA takes no bound values; table is one of the fixed names above.
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table)))
        return LocalStore::queryError(q, RecordWriter::tr("cannot read the columns of %1").arg(table));
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    if (columns.isEmpty())
        return Error::storage(RecordWriter::tr("the local store has no table %1").arg(table));
    return columns;
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

QVariant toVariant(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const auto i = static_cast<qint64>(d);
        if (static_cast<double>(i) == d)
            return i;
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

const SyncedTable *SyncedTable::find(const QString &entity)
{
    const auto it = tables().find(entity);
    return it == tables().end() ? nullptr : &it->second;
}

RecordWriter::Statements::Statements() = default;
RecordWriter::Statements::~Statements() = default;

Status RecordWriter::upsert(const QSqlDatabase &db, const SyncedTable &table, const QString &recordId, const QJsonObject &payload,
                            Statements *reuse)
{
    if (table.recordIdColumn.isEmpty())
        return Error::badInput(table.entity, tr("%1 is never written from the server").arg(table.entity));
    const bool known = reuse && reuse->m_columns.contains(table.entity);
    const auto columns = known ? Result<QStringList>(reuse->m_columns.value(table.entity)) : columnsOf(db, table.entity);
    if (!columns)
        return columns.error();
    if (reuse && !known)
        reuse->m_columns.insert(table.entity, *columns);
    QJsonObject row = payload;
    const QJsonValue given = row.value(table.recordIdColumn);
    if (!given.isUndefined() && given.toString() != recordId)
        return Error::badInput(table.entity + QLatin1Char('.') + table.recordIdColumn,
                               tr("the payload's %1 (%2) is not the record id %3").arg(table.recordIdColumn, given.toString(), recordId));
    row.insert(table.recordIdColumn, recordId);
    QStringList names;
    QVariantList values;
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (!columns->contains(it.key()) || table.localOnlyColumns.contains(it.key()))
            return Error::badInput(table.entity + QLatin1Char('.') + it.key(),
                                   tr("%1 has no column %2 that a payload may carry").arg(table.entity, it.key()));
        names << it.key();
        values << toVariant(it.value());
    }
    // A visitor of another county: the person is not in this file, the visit keeps no person.
    if (table.entity == QLatin1String("visit_session")) {
        const int at = static_cast<int>(names.indexOf(QStringLiteral("person_id")));
        if (at >= 0 && !values.at(at).isNull()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT 1 FROM insured_person WHERE id = ?"));
            q.addBindValue(values.at(at));
            if (!q.exec())
                return LocalStore::queryError(q, tr("cannot read the visit's person"));
            if (!q.next())
                values[at] = QVariant();
        }
    }
    QStringList quotedNames, placeholders, updates;
    for (const QString &name : names) {
        quotedNames << quoted(name);
        placeholders << QStringLiteral("?");
        if (name != table.recordIdColumn)
            updates << QStringLiteral("%1 = excluded.%1").arg(quoted(name));
    }
    // Column names are checked against the table above; the values are bound.
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO ")
                      .arg(quoted(table.entity), quotedNames.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                           quoted(table.recordIdColumn));
    sql += updates.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", "));
    std::shared_ptr<QSqlQuery> prepared = reuse ? reuse->m_queries.value(sql) : nullptr;
    if (!prepared) {
        prepared = std::make_shared<QSqlQuery>(db);
        if (!prepared->prepare(sql))
            return LocalStore::queryError(*prepared, tr("cannot store %1 %2").arg(table.entity, recordId));
        if (reuse)
            reuse->m_queries.insert(sql, prepared);
    }
    QSqlQuery &q = *prepared;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot store %1 %2").arg(table.entity, recordId));
    return Done {};
}

Status RecordWriter::remove(const QSqlDatabase &db, const SyncedTable &table, const QString &recordId)
{
    if (table.recordIdColumn.isEmpty())
        return Error::badInput(table.entity, tr("%1 is never written from the server").arg(table.entity));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(quoted(table.entity), quoted(table.recordIdColumn)));
    q.addBindValue(recordId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot delete %1 %2").arg(table.entity, recordId));
    return Done {};
}

Result<QJsonObject> RecordWriter::payloadOf(const QSqlDatabase &db, const SyncedTable &table, const QString &recordId)
{
    if (table.recordIdColumn.isEmpty())
        return Error::badInput(table.entity, tr("%1 is never written from the server").arg(table.entity));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(quoted(table.entity), quoted(table.recordIdColumn)));
    q.addBindValue(recordId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read %1 %2").arg(table.entity, recordId));
    QJsonObject payload;
    if (!q.next())
        return payload;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (table.localOnlyColumns.contains(name))
            continue;
        const QVariant v = q.value(i);
        if (v.isNull())
            payload.insert(name, QJsonValue::Null);
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            payload.insert(name, v.toLongLong());
        else
            payload.insert(name, v.toString());
    }
    return payload;
}

Result<bool> RecordWriter::exists(const QSqlDatabase &db, const SyncedTable &table, const QString &recordId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(quoted(table.entity), quoted(table.recordIdColumn)));
    q.addBindValue(recordId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read %1 %2").arg(table.entity, recordId));
    return q.next();
}

Status RecordWriter::setApplying(const QSqlDatabase &db, bool on)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM sync_applying")))
        return LocalStore::queryError(q, tr("cannot switch the outbox triggers"));
    if (on && !q.exec(QStringLiteral("INSERT INTO sync_applying (\"on\") VALUES (1)")))
        return LocalStore::queryError(q, tr("cannot switch the outbox triggers"));
    return Done {};
}

Status RecordWriter::storeConflict(const QSqlDatabase &db, const QString &entity, const QString &recordId, const QJsonObject &localPayload,
                                   const QJsonObject &serverPayload, qint64 serverVersion, bool serverDeleted, const QString &serverDevice,
                                   const QString &now)
{
    const auto text = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    const QString changedBy = serverPayload.value(QStringLiteral("clerk")).toString();
    const QVariant device = serverDevice.isEmpty() ? QVariant() : QVariant(serverDevice);
    const QVariant by = changedBy.isEmpty() ? QVariant() : QVariant(changedBy);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_conflict SET local_payload = ?, server_payload = ?, server_version = ?, server_deleted = ?,"
                             " server_device = ?, server_changed_by = ? WHERE entity = ? AND record_id = ? AND resolved_at IS NULL"));
    for (const QVariant &v : {QVariant(text(localPayload)), QVariant(text(serverPayload)), QVariant(serverVersion),
                              QVariant(serverDeleted ? 1 : 0), device, by, QVariant(entity), QVariant(recordId)})
        q.addBindValue(v);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot store the conflict of %1 %2").arg(entity, recordId));
    if (q.numRowsAffected() > 0)
        return Done {};
    q.prepare(QStringLiteral("INSERT INTO sync_conflict (id, entity, record_id, local_payload, server_payload, server_version,"
                             " server_deleted, server_device, server_changed_by, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(entity), QVariant(recordId), QVariant(text(localPayload)),
          QVariant(text(serverPayload)), QVariant(serverVersion), QVariant(serverDeleted ? 1 : 0), device, by, QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot store the conflict of %1 %2").arg(entity, recordId));
    return Done {};
}

Result<QString> RecordWriter::deviceId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM device")))
        return LocalStore::queryError(q, tr("cannot read the device id"));
    if (!q.next())
        return Error::storage(tr("the local store has no device id"));
    return q.value(0).toString();
}

} // namespace tongban::sync
