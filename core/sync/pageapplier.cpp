#include "pageapplier.h"

#include "syncedtables.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

#include <iterator>

namespace tongban::sync {

using storage::LocalStore;
using storage::StoredTime;
using storage::WriteTransaction;

namespace {

QString where(qsizetype index)
{
    return QStringLiteral("changes[%1]").arg(index);
}

Error atChange(qsizetype index, const Error &e)
{
    Error located = e;
    located.field = e.field.isEmpty() ? where(index) : where(index) + QLatin1Char('.') + e.field;
    located.message = QStringLiteral("%1: %2").arg(where(index), e.message);
    return located;
}

Result<bool> hasPendingOrConflict(const QSqlDatabase &db, const Change &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity = ? AND record_id = ?)"
                             " OR EXISTS (SELECT 1 FROM sync_conflict WHERE entity = ? AND record_id = ? AND resolved_at IS NULL)"));
    q.addBindValue(c.entity);
    q.addBindValue(c.recordId);
    q.addBindValue(c.entity);
    q.addBindValue(c.recordId);
    if (!q.exec() || !q.next())
        return LocalStore::queryError(q, PageApplier::tr("cannot read the outbox"));
    return q.value(0).toBool();
}

Status storeVersion(const QSqlDatabase &db, const Change &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO sync_version (entity, record_id, version, deleted, device_id) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (entity, record_id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted,"
                             " device_id = excluded.device_id"));
    q.addBindValue(c.entity);
    q.addBindValue(c.recordId);
    q.addBindValue(c.version);
    q.addBindValue(c.deleted ? 1 : 0);
    q.addBindValue(c.deviceId.isEmpty() ? QVariant() : QVariant(c.deviceId));
    if (!q.exec())
        return LocalStore::queryError(q, PageApplier::tr("cannot store the version of %1 %2").arg(c.entity, c.recordId));
    return Done {};
}

// The person's whole contribution history replaced by the payload's records.
Status replaceHistory(const QSqlDatabase &db, const Change &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT key FROM insured_person WHERE id = ?"));
    q.addBindValue(c.recordId);
    if (!q.exec())
        return LocalStore::queryError(q, PageApplier::tr("cannot read the insured person %1").arg(c.recordId));
    if (!q.next()) {
        if (c.deleted)
            return Done {};
        return Error::badInput(QStringLiteral("record_id"),
                               PageApplier::tr("contribution_history of %1: the insured person is not in the local store").arg(c.recordId));
    }
    const qint64 personKey = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM contribution_record WHERE person_key = ?"));
    q.addBindValue(personKey);
    if (!q.exec())
        return LocalStore::queryError(q, PageApplier::tr("cannot replace the contributions of %1").arg(c.recordId));
    if (c.deleted)
        return Done {};
    const QJsonValue records = c.payload.value(QStringLiteral("records"));
    if (!records.isArray())
        return Error::badInput(QStringLiteral("payload.records"), PageApplier::tr("contribution_history: \"records\" is not a list"));
    static const QStringList kKeys {QStringLiteral("month"),        QStringLiteral("kind"),         QStringLiteral("base_fen"),
                                    QStringLiteral("employer_fen"), QStringLiteral("personal_fen"), QStringLiteral("employer_id"),
                                    QStringLiteral("region")};
    QSqlQuery employer(db);
    employer.prepare(QStringLiteral("SELECT key FROM employer WHERE id = ?"));
    QHash<QString, qint64> employerKeys;
    q.prepare(QStringLiteral("INSERT INTO contribution_record (person_key, month, kind, base_fen, employer_fen, personal_fen, employer_key,"
                             " region) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QJsonArray list = records.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        // The field's path, made only for an error (a download checks millions of months).
        const auto at = [i] { return QStringLiteral("payload.records[%1]").arg(i); };
        const QJsonObject r = list.at(i).toObject();
        for (auto it = r.constBegin(); it != r.constEnd(); ++it) {
            if (!kKeys.contains(it.key()))
                return Error::badInput(at() + QLatin1Char('.') + it.key(),
                                       PageApplier::tr("contribution_history: unknown key %1").arg(it.key()));
        }
        static const QString kIntegerKeys[] = {QStringLiteral("month"),        QStringLiteral("kind"),         QStringLiteral("base_fen"),
                                               QStringLiteral("employer_fen"), QStringLiteral("personal_fen"), QStringLiteral("region")};
        qint64 integers[std::size(kIntegerKeys)] = {};
        for (size_t k = 0; k < std::size(kIntegerKeys); ++k) {
            const QJsonValue v = r.value(kIntegerKeys[k]);
            if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()))
                return Error::badInput(at() + QLatin1Char('.') + kIntegerKeys[k],
                                       PageApplier::tr("contribution_history: %1 is not an integer").arg(kIntegerKeys[k]));
            integers[k] = v.toInteger();
        }
        QVariant employerKey;
        const QString employerId = r.value(QStringLiteral("employer_id")).toString();
        if (!employerId.isEmpty()) {
            // A history names a few employers over hundreds of months: each is looked up once.
            auto known = employerKeys.constFind(employerId);
            if (known == employerKeys.cend()) {
                employer.addBindValue(employerId);
                if (!employer.exec())
                    return LocalStore::queryError(employer, PageApplier::tr("cannot read the employer %1").arg(employerId));
                if (!employer.next())
                    return Error::badInput(
                        at() + QStringLiteral(".employer_id"),
                        PageApplier::tr("contribution_history: the employer %1 is not in the local store").arg(employerId));
                known = employerKeys.insert(employerId, employer.value(0).toLongLong());
                employer.finish();
            }
            employerKey = *known;
        }
        q.addBindValue(personKey);
        for (size_t k = 0; k < 5; ++k) // month, kind, base_fen, employer_fen, personal_fen
            q.addBindValue(integers[k]);
        q.addBindValue(employerKey);
        q.addBindValue(integers[5]); // region
        if (!q.exec())
            return LocalStore::queryError(q, PageApplier::tr("cannot store %1 of contribution_history %2").arg(at(), c.recordId));
    }
    return Done {};
}

Status applyOne(const QSqlDatabase &db, const Change &c, const QString &myDeviceId, const QString &now, ApplyReport &report)
{
    if (c.entity == QLatin1String("contribution_history")) {
        if (const Status s = replaceHistory(db, c); !s)
            return s;
        ++report.applied;
        return storeVersion(db, c);
    }
    const SyncedTable *table = SyncedTable::find(c.entity);
    if (!table)
        return Error::badInput(QStringLiteral("entity"), PageApplier::tr("unknown entity %1").arg(c.entity));
    if (table->recordIdColumn.isEmpty())
        return Error::badInput(QStringLiteral("entity"), PageApplier::tr("%1 is pushed only, never pulled").arg(c.entity));
    if (c.recordId.isEmpty())
        return Error::badInput(QStringLiteral("record_id"), PageApplier::tr("%1: empty record id").arg(c.entity));
    if (table->up) {
        const auto busy = hasPendingOrConflict(db, c);
        if (!busy)
            return busy.error();
        if (*busy) {
            if (!myDeviceId.isEmpty() && c.deviceId == myDeviceId) {
                ++report.ownEchoes;
                return storeVersion(db, c);
            }
            const auto local = RecordWriter::payloadOf(db, *table, c.recordId);
            if (!local)
                return local.error();
            ++report.conflicts;
            return RecordWriter::storeConflict(db, c.entity, c.recordId, *local, c.payload, c.version, c.deleted, c.deviceId, now);
        }
    }
    const Status written
        = c.deleted ? RecordWriter::remove(db, *table, c.recordId) : RecordWriter::upsert(db, *table, c.recordId, c.payload);
    if (!written)
        return written;
    ++report.applied;
    return storeVersion(db, c);
}

} // namespace

Result<ApplyReport> PageApplier::apply(const QSqlDatabase &db, const PullPage &page, const QString &myDeviceId, const QDateTime &now,
                                       const std::function<void(int)> &afterChange)
{
    const QString nowText = StoredTime::toText(now);
    WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(db);
    // References are checked once the whole page is in (a change may come before the row it
    // refers to); PRAGMA foreign_key_check below names a broken one before COMMIT would refuse it.
    if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return LocalStore::queryError(q, tr("cannot apply the pulled page"));
    if (const Status s = RecordWriter::setApplying(db, true); !s)
        return s.error();
    ApplyReport report;
    if (page.mustResync) {
        if (!page.changes.isEmpty())
            return Error::badInput(QStringLiteral("changes"), tr("a page that asks for a full re-sync carries no changes"));
        q.prepare(QStringLiteral("UPDATE sync_state SET epoch = ?, cursor = '', first_download_complete = 0, last_pull_at = ?"));
    } else {
        for (qsizetype i = 0; i < page.changes.size(); ++i) {
            if (const Status s = applyOne(db, page.changes.at(i), myDeviceId, nowText, report); !s)
                return atChange(i, s.error());
            if (afterChange)
                afterChange(int(i));
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return LocalStore::queryError(q, tr("cannot check the references of the pulled page"));
        if (q.next())
            return Error::storage(tr("the pulled page leaves a row of %1 (row %2) referring to a missing row of %3")
                                      .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
        q.finish();
        q.prepare(QStringLiteral("UPDATE sync_state SET epoch = ?, cursor = ?, last_pull_at = ?"));
        q.addBindValue(page.epoch);
        q.addBindValue(page.cursor);
        q.addBindValue(nowText);
    }
    if (page.mustResync) {
        q.addBindValue(page.epoch);
        q.addBindValue(nowText);
    }
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot store the pull cursor"));
    if (const Status s = RecordWriter::setApplying(db, false); !s)
        return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace tongban::sync
