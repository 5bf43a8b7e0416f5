#include "conflictrepository.h"

#include "syncedtables.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace tongban::sync {

using storage::LocalStore;
using storage::StoredTime;
using storage::WriteTransaction;

namespace {

const QString kColumns = QStringLiteral("id, entity, record_id, local_payload, server_payload, server_version, server_deleted,"
                                        " server_device, server_changed_by, detected_at, resolved_at, resolution, resolved_by");

SyncConflict fromRow(const QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toString();
    c.entity = q.value(1).toString();
    c.recordId = q.value(2).toString();
    c.localPayload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    c.serverPayload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    c.serverVersion = q.value(5).toLongLong();
    c.serverDeleted = q.value(6).toInt() == 1;
    c.serverDevice = q.value(7).toString();
    c.serverChangedBy = q.value(8).toString();
    c.detectedAt = StoredTime::fromText(q.value(9).toString());
    c.resolvedAt = StoredTime::fromText(q.value(10).toString());
    c.resolution = q.value(11).toString();
    c.resolvedBy = q.value(12).toString();
    return c;
}

// The open conflict and its table, inside the caller's transaction.
Result<std::pair<SyncConflict, const SyncedTable *>> openConflict(const QSqlDatabase &db, const QString &conflictId)
{
    const auto c = ConflictRepository::find(db, conflictId);
    if (!c)
        return c.error();
    if (c->resolvedAt.isValid())
        return Error::notFound(QStringLiteral("conflict"), ConflictRepository::tr("the conflict %1 is already resolved").arg(conflictId));
    const SyncedTable *table = SyncedTable::find(c->entity);
    if (!table || !table->up || table->recordIdColumn.isEmpty())
        return Error::badInput(QStringLiteral("entity"), ConflictRepository::tr("a conflict of %1 cannot be resolved here").arg(c->entity));
    return std::pair {*c, table};
}

Status dropOps(const QSqlDatabase &db, const SyncConflict &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE entity = ? AND record_id = ?"));
    q.addBindValue(c.entity);
    q.addBindValue(c.recordId);
    if (!q.exec())
        return LocalStore::queryError(q, ConflictRepository::tr("cannot replace the queued changes of %1 %2").arg(c.entity, c.recordId));
    return Done {};
}

Status takeServerVersion(const QSqlDatabase &db, const SyncConflict &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_version (entity, record_id, version, deleted, device_id) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (entity, record_id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted,"
                             " device_id = excluded.device_id"));
    q.addBindValue(c.entity);
    q.addBindValue(c.recordId);
    q.addBindValue(c.serverVersion);
    q.addBindValue(c.serverDeleted ? 1 : 0);
    q.addBindValue(c.serverDevice.isEmpty() ? QVariant() : QVariant(c.serverDevice));
    if (!q.exec())
        return LocalStore::queryError(q, ConflictRepository::tr("cannot store the version of %1 %2").arg(c.entity, c.recordId));
    return Done {};
}

Status markResolved(const QSqlDatabase &db, const SyncConflict &c, const QString &resolution, const QString &clerk, const QString &now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_conflict SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(resolution);
    q.addBindValue(clerk);
    q.addBindValue(c.id);
    if (!q.exec())
        return LocalStore::queryError(q, ConflictRepository::tr("cannot mark the conflict %1 resolved").arg(c.id));
    return Done {};
}

} // namespace

Result<QList<SyncConflict>> ConflictRepository::open(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM sync_conflict WHERE resolved_at IS NULL ORDER BY detected_at, id").arg(kColumns)))
        return LocalStore::queryError(q, tr("cannot read the sync conflicts"));
    QList<SyncConflict> list;
    while (q.next())
        list << fromRow(q);
    return list;
}

Result<SyncConflict> ConflictRepository::find(const QSqlDatabase &db, const QString &conflictId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM sync_conflict WHERE id = ?").arg(kColumns));
    q.addBindValue(conflictId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the sync conflict %1").arg(conflictId));
    if (!q.next())
        return Error::notFound(QStringLiteral("conflict"), tr("there is no sync conflict %1").arg(conflictId));
    return fromRow(q);
}

Status ConflictRepository::keepMine(const QSqlDatabase &db, const QString &conflictId, const QString &clerk, const QDateTime &now)
{
    if (clerk.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk who resolves the conflict is missing"));
    const QString nowText = StoredTime::toText(now);
    WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const auto found = openConflict(db, conflictId);
    if (!found)
        return found.error();
    const auto &[c, table] = *found;
    if (const Status s = dropOps(db, c); !s)
        return s.error();
    if (const Status s = takeServerVersion(db, c); !s)
        return s.error();
    const auto exists = RecordWriter::exists(db, *table, c.recordId);
    if (!exists)
        return exists.error();
    QSqlQuery q(db);
    bool queued = false;
    if (*exists) {
        // The table's update trigger queues the row as it is, on the version just stored.
        q.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = \"%2\" WHERE \"%2\" = ?").arg(table->entity, table->recordIdColumn));
        q.addBindValue(c.recordId);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot queue %1 %2 again").arg(c.entity, c.recordId));
        queued = true;
    } else if (!c.serverDeleted) {
        q.prepare(QStringLiteral("INSERT INTO outbox (op_id, entity, record_id, kind, base_version, payload, clerk, device_time)"
                                 " VALUES (?, ?, ?, 'delete', ?, '{}', ?, ?)"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(c.entity);
        q.addBindValue(c.recordId);
        q.addBindValue(c.serverVersion);
        q.addBindValue(clerk);
        q.addBindValue(nowText);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot queue the delete of %1 %2").arg(c.entity, c.recordId));
    }
    if (queued) {
        q.prepare(QStringLiteral("UPDATE outbox SET clerk = ?, device_time = ? WHERE entity = ? AND record_id = ?"));
        q.addBindValue(clerk);
        q.addBindValue(nowText);
        q.addBindValue(c.entity);
        q.addBindValue(c.recordId);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot queue %1 %2 again").arg(c.entity, c.recordId));
    }
    if (const Status s = markResolved(db, c, QStringLiteral("keep-mine"), clerk, nowText); !s)
        return s.error();
    return tx.commit();
}

Status ConflictRepository::takeTheirs(const QSqlDatabase &db, const QString &conflictId, const QString &clerk, const QDateTime &now)
{
    if (clerk.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk who resolves the conflict is missing"));
    const QString nowText = StoredTime::toText(now);
    WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const auto found = openConflict(db, conflictId);
    if (!found)
        return found.error();
    const auto &[c, table] = *found;
    if (const Status s = RecordWriter::setApplying(db, true); !s)
        return s.error();
    const Status written
        = c.serverDeleted ? RecordWriter::remove(db, *table, c.recordId) : RecordWriter::upsert(db, *table, c.recordId, c.serverPayload);
    if (!written)
        return written.error();
    if (const Status s = dropOps(db, c); !s)
        return s.error();
    if (const Status s = takeServerVersion(db, c); !s)
        return s.error();
    if (const Status s = RecordWriter::setApplying(db, false); !s)
        return s.error();
    if (const Status s = markResolved(db, c, QStringLiteral("take-theirs"), clerk, nowText); !s)
        return s.error();
    return tx.commit();
}

Result<QList<SyncRejection>> ConflictRepository::rejections(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT op_id, entity, record_id, payload, code, message, at FROM sync_rejection"
                               " WHERE dismissed_at IS NULL ORDER BY at, op_id")))
        return LocalStore::queryError(q, tr("cannot read the refused operations"));
    QList<SyncRejection> list;
    while (q.next()) {
        SyncRejection r;
        r.opId = q.value(0).toString();
        r.entity = q.value(1).toString();
        r.recordId = q.value(2).toString();
        r.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        r.code = q.value(4).toString();
        r.message = q.value(5).toString();
        r.at = StoredTime::fromText(q.value(6).toString());
        list.append(r);
    }
    return list;
}

Status ConflictRepository::dismissRejection(const QSqlDatabase &db, const QString &opId, const QString &clerk, const QDateTime &now)
{
    if (clerk.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk who dismisses the refusal is missing"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_rejection SET dismissed_at = ?, dismissed_by = ? WHERE op_id = ? AND dismissed_at IS NULL"));
    q.addBindValue(StoredTime::toText(now));
    q.addBindValue(clerk.trimmed());
    q.addBindValue(opId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot dismiss the refusal"));
    if (q.numRowsAffected() != 1)
        return Error::notFound(QStringLiteral("rejection"), tr("no open refusal %1").arg(opId));
    return Done {};
}

} // namespace tongban::sync
