#include "auditchaincheck.h"
#include "auditlog.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tongban::audit {

Result<AuditChainReport> AuditChainCheck::run(const QSqlDatabase &db)
{
    const auto device = AuditLog::deviceId(db);
    if (!device)
        return device.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, device_id, at, clerk, office_code, action, subject, object, reason, outcome, detail,"
                               " prev_hash, hash FROM audit_record ORDER BY seq")))
        return storage::LocalStore::queryError(q, tr("cannot read the audit log"));
    AuditChainReport report;
    qint64 expectedSeq = 1;
    QString previousHash = AuditLog::genesisHash();
    const auto broken = [&report](qint64 seq, QString reason) {
        if (!report.intact)
            return;
        report.intact = false;
        report.firstBroken = seq;
        report.reason = std::move(reason);
    };
    while (q.next()) {
        ++report.records;
        if (!report.intact)
            continue;
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
        if (record.seq != expectedSeq)
            broken(expectedSeq,
                   tr("record %1 is missing: the log goes from %2 to %3").arg(expectedSeq).arg(expectedSeq - 1).arg(record.seq));
        else if (record.prevHash != previousHash)
            broken(record.seq,
                   tr("record %1 does not follow record %2: a record before it was removed, replaced or moved")
                       .arg(record.seq)
                       .arg(record.seq - 1));
        else if (record.deviceId != *device)
            broken(record.seq, tr("record %1 was written by another device (%2)").arg(record.seq).arg(record.deviceId));
        else if (AuditLog::hashOf(record) != record.hash)
            broken(record.seq, tr("record %1 was altered: its content does not match its hash").arg(record.seq));
        expectedSeq = record.seq + 1;
        previousHash = record.hash;
    }
    if (q.lastError().isValid())
        return storage::LocalStore::queryError(q, tr("cannot read the audit log"));
    return report;
}

} // namespace tongban::audit
