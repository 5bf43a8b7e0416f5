#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tongban::audit {

/// What a walk along the audit chain found.
struct AuditChainReport
{
    qint64 records = 0; ///< records in the log
    bool intact = true;
    std::optional<qint64> firstBroken; ///< the first sequence number where the chain breaks
    QString reason; ///< why (translated); empty when intact
};

/// Walks the local audit chain in seq order and finds the first record that was removed (a gap
/// in seq), moved or removed before it (its prev_hash is not the hash of the record before), or
/// altered (its hash is not the hash of its canonical form, AuditLog::canonicalForm), or written by
/// another device. Removing the newest records leaves no trace in the chain alone: the server's
/// copy (synced records) shows it.
class AuditChainCheck
{
    Q_DECLARE_TR_FUNCTIONS(tongban::audit::AuditChainCheck)

public:
    /// Checks the log of @p db (a read transaction of the caller's, or none). Error (Storage) on a
    /// driver error; a broken chain is a report, not an error.
    static Result<AuditChainReport> run(const QSqlDatabase &db);
};

} // namespace tongban::audit
