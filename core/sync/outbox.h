#pragma once

#include "common/error.h"
#include "sync/syncprotocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace tongban::sync {

/// What the sync status shows (Outbox::status).
struct OutboxStatus
{
    int pending = 0; ///< ops waiting to be pushed (including those parked behind an open conflict)
    int parked = 0; ///< of those, ops of records with an open conflict (not pushed until it is resolved)
    QDateTime oldestPending; ///< device time of the oldest pending op (UTC); invalid when none
    int openConflicts = 0; ///< sync_conflict rows not resolved
    int openRejections = 0; ///< sync_rejection rows not dismissed
    QDateTime lastPush; ///< sync_state.last_push_at (UTC); invalid when never
    QDateTime lastPull; ///< sync_state.last_pull_at (UTC); invalid when never
};

/// The local outbox (schema step 9, briefs/sync-protocol.md): the queue of changes to push. Ops are
/// written by the triggers of the synced tables, in the transaction of the change; this class
/// reads them and applies the server's answers.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sync::Outbox)

public:
    /// The first @p limit (≥ 1) ops to push, in client_seq order. Ops of a record with an open
    /// conflict are parked: left out until the conflict is resolved (ConflictRepository).
    /// Errors: BadInput ("limit") for limit < 1; Storage with the driver's text, or when a stored
    /// payload is not a JSON object.
    static Result<QList<OutboxOp>> pending(const QSqlDatabase &db, int limit);

    /// Applies the server's answers @p results to the pushed @p ops, in one write transaction:
    /// - applied, duplicate: the op is removed; sync_version takes the result's version (never
    ///   lowered), deleted for a delete op, this device as its author; an audit_record is marked
    ///   synced (synced_at = @p now);
    /// - conflict: the op is removed and stored in sync_conflict with both versions (its payload as
    ///   local_payload, the server's row, version, tombstone flag and device); a later conflict of
    ///   a record that already has an open conflict joins it (local_payload becomes the later
    ///   op's). The record's ops still in the outbox stay parked behind it (pending() skips them);
    /// - rejected: the op is removed and kept in sync_rejection (code, message, @p now) for a
    ///   person to see.
    /// sync_state.last_push_at = @p now. Results whose op is not in @p ops, and ops without a
    /// result, are errors: nothing is changed then (an op without an answer stays queued).
    /// Errors: BadInput ("results") naming the op_id; Storage with the driver's text.
    static Status acknowledge(const QSqlDatabase &db, const QList<OutboxOp> &ops, const QList<OpResult> &results, const QDateTime &now);

    /// Counts for the status line. Error (Storage) with the driver's text.
    static Result<OutboxStatus> status(const QSqlDatabase &db);
    /// After the server was restored from a backup (a new epoch, sync-design B3): queues again every
    /// record this device (@p deviceId) made or changed that the server had acknowledged, as it
    /// stands now, so that what the restore lost goes up again (the server applies a record it
    /// still holds as a new version of the same device, never as a conflict), and every audit record
    /// of this device the server had acknowledged, in its order, with the payload it was first
    /// queued with (the server answers "duplicate" for those it still holds; sync-design T21: no
    /// work done after the backup is lost, the record of who looked at whose data included).
    /// One write transaction. Returns how many were queued. Error: Storage.
    static Result<int> requeueOwnRecords(const QSqlDatabase &db, const QString &deviceId);

    /// Records a transient failure of a push of @p ops (attempts + 1, last_error = @p error); the
    /// ops stay queued with the same op_ids. Error (Storage).
    static Status recordFailure(const QSqlDatabase &db, const QList<OutboxOp> &ops, const QString &error);
};

} // namespace tongban::sync
