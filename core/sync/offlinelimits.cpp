#include "offlinelimits.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tongban::sync {

Result<OfflineStanding> OfflineLimits::standing(const QSqlDatabase &db, const QDateTime &now)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT coalesce(offline_days_cap, %1), coalesce(offline_records_cap, %2) FROM sync_state")
                    .arg(kDefaultDays)
                    .arg(kDefaultRecords)))
        return Error::storage(tr("reading the offline limits failed: %1").arg(q.lastError().text()));
    OfflineStanding standing;
    standing.daysLimit = q.next() ? q.value(0).toInt() : kDefaultDays;
    standing.recordsLimit = q.isValid() ? q.value(1).toInt() : kDefaultRecords;
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*), min(device_time) FROM outbox WHERE entity <> 'audit_record'")) || !q.next())
        return Error::storage(tr("reading the outbox failed: %1").arg(q.lastError().text()));
    standing.unsyncedRecords = q.value(0).toLongLong();
    const QDateTime oldest = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    standing.unsyncedDays = oldest.isValid() ? int(qMax<qint64>(0, oldest.daysTo(now.toUTC()))) : 0;

    const bool pastDays = standing.unsyncedRecords > 0 && standing.unsyncedDays >= standing.daysLimit;
    const bool pastRecords = standing.unsyncedRecords >= standing.recordsLimit;
    // 80 %, in whole numbers: days × 5 ≥ limit × 4.
    const bool nearDays = standing.unsyncedRecords > 0 && standing.unsyncedDays * 5 >= standing.daysLimit * 4;
    const bool nearRecords = standing.unsyncedRecords * 5 >= qint64(standing.recordsLimit) * 4;
    if (pastDays || pastRecords) {
        standing.level = OfflineStanding::Level::Refused;
        standing.message = tr("This computer holds %n record(s) not yet sent to the server, the oldest from %1 day(s) ago: past the "
                              "office's limit (%2 days, %3 records). New intakes are refused until it is synced — connect to the "
                              "server and sync, or export the outbox for hand carrying to the hall.",
                              nullptr, int(standing.unsyncedRecords))
                               .arg(standing.unsyncedDays)
                               .arg(standing.daysLimit)
                               .arg(standing.recordsLimit);
    } else if (nearDays || nearRecords) {
        standing.level = OfflineStanding::Level::Warning;
        standing.message = tr("This computer holds %n record(s) not yet sent to the server, the oldest from %1 day(s) ago; the office's "
                              "limit is %2 days or %3 records, after which new intakes are refused. Sync soon.",
                              nullptr, int(standing.unsyncedRecords))
                               .arg(standing.unsyncedDays)
                               .arg(standing.daysLimit)
                               .arg(standing.recordsLimit);
    }
    return standing;
}

Status OfflineLimits::admitIntake(const QSqlDatabase &db, const QDateTime &now)
{
    auto current = standing(db, now);
    if (!current)
        return current.error();
    if (current->level == OfflineStanding::Level::Refused)
        return Error::forbidden(QStringLiteral("sync"), current->message);
    return Done {};
}

Status OfflineLimits::set(const QSqlDatabase &db, int days, int records)
{
    if (days < 1 || days > 90)
        return Error::badInput(QStringLiteral("days"), tr("the days a file may stay unsynced are 1 to 90, not %1").arg(days));
    if (records < 10 || records > 100000)
        return Error::badInput(QStringLiteral("records"), tr("the records a file may hold unsynced are 10 to 100000, not %1").arg(records));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE sync_state SET offline_days_cap = ?, offline_records_cap = ?"));
    q.addBindValue(days);
    q.addBindValue(records);
    if (!q.exec())
        return Error::storage(tr("saving the offline limits failed: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return Error::storage(tr("saving the offline limits failed: the file has no sync state"));
    return Done {};
}

} // namespace tongban::sync
