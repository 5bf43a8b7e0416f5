#include "auditquery.h"
#include "auditlog.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"

#include <QSqlQuery>

namespace tongban::audit {

namespace {

/// The start of the hall's local day @p date as stored text (UTC).
QString startOfDay(const QDate &date)
{
    return storage::StoredTime::toText(date.startOfDay());
}

} // namespace

Result<AuditQuery::Page> AuditQuery::run(const QSqlDatabase &db, const Filter &filter, int limit, std::optional<qint64> after)
{
    if (!filter.action.isEmpty() && !AuditLog::isKnownAction(filter.action))
        return Error::badInput(QStringLiteral("action"), tr("unknown audit action \"%1\"").arg(filter.action));
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return Error::badInput(QStringLiteral("to"), tr("the last day is before the first day"));
    if (limit < 1 || limit > 1000)
        return Error::badInput(QStringLiteral("limit"), tr("a page holds 1 to 1000 records"));

    QStringList where;
    if (after)
        where << QStringLiteral("seq < :after");
    if (!filter.person.isEmpty())
        where << QStringLiteral("subject = :person");
    if (!filter.clerk.isEmpty())
        where << QStringLiteral("clerk = :clerk");
    if (!filter.action.isEmpty())
        where << QStringLiteral("action = :action");
    if (filter.from.isValid())
        where << QStringLiteral("at >= :from");
    if (filter.to.isValid())
        where << QStringLiteral("at < :to");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, device_id, at, clerk, office_code, action, subject, object, reason, outcome, detail, prev_hash,"
                             " hash, synced_at FROM audit_record")
              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
              + QStringLiteral(" ORDER BY seq DESC LIMIT :limit"));
    if (after)
        q.bindValue(QStringLiteral(":after"), *after);
    if (!filter.person.isEmpty())
        q.bindValue(QStringLiteral(":person"), filter.person);
    if (!filter.clerk.isEmpty())
        q.bindValue(QStringLiteral(":clerk"), filter.clerk);
    if (!filter.action.isEmpty())
        q.bindValue(QStringLiteral(":action"), filter.action);
    if (filter.from.isValid())
        q.bindValue(QStringLiteral(":from"), startOfDay(filter.from));
    if (filter.to.isValid())
        q.bindValue(QStringLiteral(":to"), startOfDay(filter.to.addDays(1)));
    q.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!q.exec())
        return storage::LocalStore::queryError(q, tr("cannot read the audit log"));
    Page page;
    while (q.next()) {
        if (page.records.size() == limit) {
            page.next = page.records.last().seq;
            break;
        }
        AuditRecord record;
        record.seq = q.value(0).toLongLong();
        record.deviceId = q.value(1).toString();
        record.at = storage::StoredTime::fromText(q.value(2).toString());
        record.clerk = q.value(3).toString();
        record.officeCode = q.value(4).toString();
        record.entry.action = q.value(5).toString();
        record.entry.subject = q.value(6).toString();
        record.entry.object = q.value(7).toString();
        record.entry.reason = q.value(8).toString();
        record.entry.outcome = q.value(9).toString();
        record.entry.detail = q.value(10).toString();
        record.prevHash = q.value(11).toString();
        record.hash = q.value(12).toString();
        record.syncedAt = storage::StoredTime::fromText(q.value(13).toString());
        page.records.append(record);
    }
    return page;
}

} // namespace tongban::audit
