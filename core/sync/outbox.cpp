#include "outbox.h"

#include "syncedtables.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QHash>

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace tongban::sync {

using storage::LocalStore;
using storage::StoredTime;
using storage::WriteTransaction;

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Status removeOp(const QSqlDatabase &db, const QString &opId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"));
    q.addBindValue(opId);
    if (!q.exec())
        return LocalStore::queryError(q, Outbox::tr("cannot remove op %1 from the outbox").arg(opId));
    return Done {};
}

Status storeVersion(const QSqlDatabase &db, const OutboxOp &op, qint64 version, const QString &device)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_version (entity, record_id, version, deleted, device_id) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (entity, record_id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted,"
                             " device_id = excluded.device_id WHERE excluded.version >= sync_version.version"));
    q.addBindValue(op.entity);
    q.addBindValue(op.recordId);
    q.addBindValue(version);
    q.addBindValue(op.kind == OpKind::Delete ? 1 : 0);
    q.addBindValue(device);
    if (!q.exec())
        return LocalStore::queryError(q, Outbox::tr("cannot store the version of %1 %2").arg(op.entity, op.recordId));
    return Done {};
}

Status markAuditSynced(const QSqlDatabase &db, const QString &recordId, const QString &now)
{
    const qsizetype colon = recordId.lastIndexOf(QLatin1Char(':'));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE audit_record SET synced_at = ? WHERE device_id = ? AND seq = ? AND synced_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(recordId.left(colon));
    q.addBindValue(recordId.mid(colon + 1).toLongLong());
    if (!q.exec())
        return LocalStore::queryError(q, Outbox::tr("cannot mark audit record %1 synced").arg(recordId));
    return Done {};
}

// The audit records of @p deviceId the server acknowledged, queued again in their order, each with
// the payload its insert trigger queued (schema step 9: every column but the local-only ones) and
// a new op id. Their ops were removed when acknowledged, and the append-only table takes no update
// that would queue them. Returns how many were queued. Error: Storage.
Result<int> requeueAcknowledgedAudit(const QSqlDatabase &db, const SyncedTable &audit, const QString &deviceId)
{
    QSqlQuery q(db);
    // PRAGMA takes no bound values; the table is the fixed audit_record.
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(audit.entity)))
        return LocalStore::queryError(q, Outbox::tr("cannot read the columns of %1").arg(audit.entity));
    QStringList payloadArguments;
    while (q.next()) {
        const QString column = q.value(0).toString();
        if (!audit.localOnlyColumns.contains(column))
            payloadArguments << QStringLiteral("'%1', \"%1\"").arg(column);
    }
    q.finish();
    // Names from the table's own columns, never input.
    if (!q.prepare(QStringLiteral("SELECT device_id || ':' || seq, json_object(%1), clerk FROM \"%2\""
                                  " WHERE device_id = ? AND synced_at IS NOT NULL ORDER BY seq")
                       .arg(payloadArguments.join(QStringLiteral(", ")), audit.entity)))
        return LocalStore::queryError(q, Outbox::tr("cannot read the acknowledged audit records"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return LocalStore::queryError(q, Outbox::tr("cannot read the acknowledged audit records"));
    QSqlQuery insert(db);
    // device_time as the triggers stamp it (SQLite's clock, UTC).
    insert.prepare(QStringLiteral("INSERT INTO outbox (op_id, entity, record_id, kind, base_version, payload, clerk, device_time)"
                                  " VALUES (?, ?, ?, 'upsert', 0, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
    int queued = 0;
    while (q.next()) {
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.addBindValue(audit.entity);
        insert.addBindValue(q.value(0));
        insert.addBindValue(q.value(1));
        insert.addBindValue(q.value(2));
        if (!insert.exec())
            return LocalStore::queryError(insert, Outbox::tr("cannot queue audit record %1 again").arg(q.value(0).toString()));
        ++queued;
    }
    return queued;
}

Status storeRejection(const QSqlDatabase &db, const OutboxOp &op, const OpResult &r, const QString &now)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO sync_rejection (op_id, entity, record_id, payload, code, message, at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (op_id) DO NOTHING"));
    q.addBindValue(op.opId);
    q.addBindValue(op.entity);
    q.addBindValue(op.recordId);
    q.addBindValue(jsonText(op.payload));
    q.addBindValue(r.code.isEmpty() ? QStringLiteral("rejected") : r.code);
    q.addBindValue(r.message);
    q.addBindValue(now);
    if (!q.exec())
        return LocalStore::queryError(q, Outbox::tr("cannot keep the rejection of op %1").arg(op.opId));
    return Done {};
}

} // namespace

Result<QList<OutboxOp>> Outbox::pending(const QSqlDatabase &db, int limit)
{
    if (limit < 1)
        return Error::badInput(QStringLiteral("limit"), tr("at least one op must be asked for"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT client_seq, op_id, entity, record_id, kind, base_version, payload, clerk, device_time, attempts,"
                             " last_error FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM sync_conflict c WHERE c.entity = o.entity"
                             " AND c.record_id = o.record_id AND c.resolved_at IS NULL) ORDER BY client_seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the outbox"));
    QList<OutboxOp> ops;
    while (q.next()) {
        OutboxOp op;
        op.clientSeq = q.value(0).toLongLong();
        op.opId = q.value(1).toString();
        op.entity = q.value(2).toString();
        op.recordId = q.value(3).toString();
        op.kind = q.value(4).toString() == QLatin1String("delete") ? OpKind::Delete : OpKind::Upsert;
        op.baseVersion = q.value(5).toLongLong();
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(6).toString().toUtf8());
        if (!doc.isObject())
            return Error::storage(tr("outbox op %1: the payload is not a JSON object").arg(op.opId));
        op.payload = doc.object();
        op.clerk = q.value(7).toString();
        op.deviceTime = q.value(8).toString();
        op.attempts = q.value(9).toInt();
        op.lastError = q.value(10).toString();
        ops << op;
    }
    return ops;
}

Status Outbox::acknowledge(const QSqlDatabase &db, const QList<OutboxOp> &ops, const QList<OpResult> &results, const QDateTime &now)
{
    // Positions, not pointers: the optimiser cannot prove a looked-up pointer non-null.
    QHash<QString, qsizetype> byOp;
    for (qsizetype i = 0; i < results.size(); ++i)
        byOp.insert(results.at(i).opId, i);
    for (const OpResult &r : results) {
        if (std::none_of(ops.begin(), ops.end(), [&r](const OutboxOp &op) { return op.opId == r.opId; }))
            return Error::badInput(QStringLiteral("results"), tr("the server answered op %1, which was not pushed").arg(r.opId));
    }
    for (const OutboxOp &op : ops) {
        if (!byOp.contains(op.opId))
            return Error::badInput(QStringLiteral("results"), tr("the server did not answer op %1").arg(op.opId));
    }
    const QString nowText = StoredTime::toText(now);
    WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const auto device = RecordWriter::deviceId(db);
    if (!device)
        return device.error();
    for (const OutboxOp &op : ops) {
        const OpResult &r = results.at(byOp.value(op.opId));
        switch (r.outcome) {
        case OpResult::Outcome::Applied:
        case OpResult::Outcome::Duplicate:
            if (op.entity == QLatin1String("audit_record")) {
                if (const Status s = markAuditSynced(db, op.recordId, nowText); !s)
                    return s.error();
            } else if (const Status s = storeVersion(db, op, r.version, *device); !s) {
                return s.error();
            }
            break;
        case OpResult::Outcome::Conflict:
            if (const Status s = RecordWriter::storeConflict(db, op.entity, op.recordId, op.payload, r.serverPayload, r.serverVersion,
                                                             r.serverDeleted, r.serverDevice, nowText);
                !s)
                return s.error();
            break;
        case OpResult::Outcome::Rejected:
            if (const Status s = storeRejection(db, op, r, nowText); !s)
                return s.error();
            break;
        }
        if (const Status s = removeOp(db, op.opId); !s)
            return s.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_state SET last_push_at = ?"));
    q.addBindValue(nowText);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot store the time of the push"));
    return tx.commit();
}

Result<OutboxStatus> Outbox::status(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM outbox),"
                               " (SELECT count(*) FROM outbox o WHERE EXISTS (SELECT 1 FROM sync_conflict c WHERE c.entity = o.entity"
                               "  AND c.record_id = o.record_id AND c.resolved_at IS NULL)),"
                               " (SELECT min(device_time) FROM outbox),"
                               " (SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL),"
                               " (SELECT count(*) FROM sync_rejection WHERE dismissed_at IS NULL),"
                               " (SELECT last_push_at FROM sync_state), (SELECT last_pull_at FROM sync_state)"))
        || !q.next())
        return LocalStore::queryError(q, tr("cannot read the sync status"));
    OutboxStatus s;
    s.pending = q.value(0).toInt();
    s.parked = q.value(1).toInt();
    s.oldestPending = StoredTime::fromText(q.value(2).toString());
    s.openConflicts = q.value(3).toInt();
    s.openRejections = q.value(4).toInt();
    s.lastPush = StoredTime::fromText(q.value(5).toString());
    s.lastPull = StoredTime::fromText(q.value(6).toString());
    return s;
}

Status Outbox::recordFailure(const QSqlDatabase &db, const QList<OutboxOp> &ops, const QString &error)
{
    WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE op_id = ?"));
    for (const OutboxOp &op : ops) {
        q.addBindValue(error);
        q.addBindValue(op.opId);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot record the failed push of op %1").arg(op.opId));
    }
    return tx.commit();
}

Result<int> Outbox::requeueOwnRecords(const QSqlDatabase &db, const QString &deviceId)
{
    WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    int queued = 0;
    QSqlQuery q(db);
    for (const QString &entity : SyncEntities::up()) {
        const SyncedTable *table = SyncedTable::find(entity);
        if (!table)
            continue;
        if (table->recordIdColumn.isEmpty()) { // audit_record: append-only, no update trigger to fire
            const auto audit = requeueAcknowledgedAudit(db, *table, deviceId);
            if (!audit)
                return audit.error();
            queued += *audit;
            continue;
        }
        // The table's update trigger queues each row as it is now (names from the fixed table list, never input).
        q.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = \"%2\" WHERE \"%2\" IN"
                                 " (SELECT record_id FROM sync_version WHERE entity = ? AND device_id = ? AND deleted = 0)")
                      .arg(table->entity, table->recordIdColumn));
        q.addBindValue(entity);
        q.addBindValue(deviceId);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot queue %1 again").arg(entity));
        queued += q.numRowsAffected();
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    return queued;
}

} // namespace tongban::sync
