#include "syncstaterepository.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace tongban::sync {

using storage::LocalStore;
using storage::StoredTime;

namespace {

Status update(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return LocalStore::queryError(q, SyncStateRepository::tr("cannot store the sync state"));
    return Done {};
}

} // namespace

Result<SyncState> SyncStateRepository::read(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT office_code, epoch, cursor, first_download_complete, last_push_at, last_pull_at, last_error,"
                           " offline_days_cap, offline_records_cap, install_nonce, coalesce(carry_key, '') FROM sync_state WHERE id = 1")))
        return LocalStore::queryError(q, tr("cannot read the sync state"));
    if (!q.next())
        return Error::storage(tr("cannot read the sync state: the row is missing"));
    SyncState s;
    s.officeCode = q.value(0).toString();
    if (!q.value(1).isNull())
        s.epoch = q.value(1).toLongLong();
    s.cursor = q.value(2).toString();
    s.firstDownloadComplete = q.value(3).toInt() == 1;
    s.lastPushAt = StoredTime::fromText(q.value(4).toString());
    s.lastPullAt = StoredTime::fromText(q.value(5).toString());
    s.lastError = q.value(6).toString();
    if (!q.value(7).isNull())
        s.offlineDaysCap = q.value(7).toInt();
    if (!q.value(8).isNull())
        s.offlineRecordsCap = q.value(8).toInt();
    s.installNonce = q.value(9).toString();
    s.hasCarryKey = !q.value(10).toString().isEmpty();
    return s;
}

Status SyncStateRepository::setCarryKey(const QSqlDatabase &db, const QString &key)
{
    if (key.isEmpty())
        return Done {}; // a server that issues none: the file cannot be hand-carried
    return update(db, QStringLiteral("UPDATE sync_state SET carry_key = ?"), {key});
}

Status SyncStateRepository::setOffice(const QSqlDatabase &db, const QString &officeCode)
{
    static const QRegularExpression code(QStringLiteral("^[1-9][0-9]{5}$"));
    if (!code.match(officeCode).hasMatch())
        return Error::badInput(QStringLiteral("office_code"), tr("an office code has six digits: %1").arg(officeCode));
    return update(db, QStringLiteral("UPDATE sync_state SET office_code = ?"), {officeCode});
}

Status SyncStateRepository::setFirstDownloadComplete(const QSqlDatabase &db, bool complete)
{
    return update(db, QStringLiteral("UPDATE sync_state SET first_download_complete = ?"), {complete ? 1 : 0});
}

Status SyncStateRepository::setLastPush(const QSqlDatabase &db, const QDateTime &at)
{
    return update(db, QStringLiteral("UPDATE sync_state SET last_push_at = ?"), {StoredTime::toText(at)});
}

Status SyncStateRepository::setLastError(const QSqlDatabase &db, const QString &error)
{
    return update(db, QStringLiteral("UPDATE sync_state SET last_error = ?"), {error.isEmpty() ? QVariant() : QVariant(error)});
}

Status SyncStateRepository::setCaps(const QSqlDatabase &db, std::optional<int> days, std::optional<int> records)
{
    if (days && *days < 1)
        return Error::badInput(QStringLiteral("offline_days_cap"), tr("the cap of offline days is at least 1"));
    if (records && *records < 1)
        return Error::badInput(QStringLiteral("offline_records_cap"), tr("the cap of offline records is at least 1"));
    return update(db, QStringLiteral("UPDATE sync_state SET offline_days_cap = ?, offline_records_cap = ?"),
                  {days ? QVariant(*days) : QVariant(), records ? QVariant(*records) : QVariant()});
}

Status SyncStateRepository::resetCursor(const QSqlDatabase &db)
{
    return update(db, QStringLiteral("UPDATE sync_state SET cursor = '', first_download_complete = 0"), {});
}

} // namespace tongban::sync
