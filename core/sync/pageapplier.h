#pragma once

#include "common/error.h"
#include "sync/syncprotocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace tongban::sync {

/// What applying one pulled page did (PageApplier::apply).
struct ApplyReport
{
    int applied = 0; ///< changes written to their local tables
    int ownEchoes = 0; ///< changes of this device over pending ops: only sync_version moved
    int conflicts = 0; ///< changes of another device over pending ops or an open conflict
    bool stale = false; ///< a batch that continues another cursor than the file's: nothing applied
};

/// Applies a pulled page (briefs/sync-protocol.md) to the local store.
class PageApplier
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sync::PageApplier)

public:
    /// Applies @p page in ONE write transaction together with its cursor and epoch
    /// (sync_state.cursor, .epoch, .last_pull_at = @p now): after a kill either the whole page and
    /// the new cursor are stored or neither (T4). The outbox triggers are off meanwhile. The commit
    /// does not wait for the disk (synchronous NORMAL: a page lost to a power cut is lost with its
    /// cursor and pulled again) and leaves the write-ahead log's copy into the file until the log
    /// holds 64 MB; the connection's own settings are back after it.
    ///
    /// Each change, in the page's order:
    /// - up entities (not audit_record), insured_person, employer: a delete removes the local row
    ///   (cascading as the schema says); an upsert inserts or updates the row from the payload
    ///   (columns = payload keys, checked against the table; persons and employers by uuid, keeping
    ///   the local integer key);
    /// - contribution_history: the person's (record_id, a uuid) records are replaced by the
    ///   payload's months, in either form of HistoryPayload (employer uuid → local key); a delete
    ///   removes them. The months are written through statements prepared once for the page
    ///   (storage::PreparedStatement);
    /// - an up record with pending outbox ops or an open conflict is not written: a change made by
    ///   @p myDeviceId (its own echo) only moves sync_version; a change of another device opens a
    ///   conflict (or updates the open one) with the local row and the server's, for a person to
    ///   resolve (ConflictRepository);
    /// - sync_version takes the change's version, tombstone flag and device for every record
    ///   written or echoed.
    /// A pulled visit_session whose person_id is not in this file (a visitor of another county)
    /// is stored with a NULL person_id; any other reference to a missing row fails the page.
    /// A page with must_resync stores its epoch, resets the cursor to '' and the first download to
    /// not complete, and applies nothing (it carries no changes).
    ///
    /// Errors (nothing of the page is stored, the cursor stays): BadInput naming the change
    /// ("changes[3]") and the entity or column — an unknown or push-only entity (audit_record), a
    /// payload key that is not a column of the table, a history of a person not in the file or
    /// naming an employer not in the file, a history whose columns differ in length or hold a value
    /// of the wrong type ("changes[3].payload.kind", "changes[3].payload.base_fen[17]"), a record
    /// id that is not in the payload's form; Storage with the driver's text (a CHECK, UNIQUE or
    /// foreign key of the schema; a broken reference is looked for only when SQLite counts one).
    /// @p afterChange (may be empty), called inside the transaction after each change with its
    /// index, is the failure tests' kill point (tests/core/testsyncfailures: T4).
    static Result<ApplyReport> apply(const QSqlDatabase &db, const PullPage &page, const QString &myDeviceId, const QDateTime &now,
                                     const std::function<void(int)> &afterChange = {});

    /// apply() for a batch of a page's changes that continues from cursor @p from (a page's
    /// first changes, each with its own cursor, handed over before the rest of the page has come:
    /// services::SyncRound; @p page's cursor is the one after its last change): applied only when
    /// the file's cursor is still @p from; otherwise nothing is applied and the report says
    /// stale (a batch before it failed, or another round moved the cursor). Errors as apply().
    static Result<ApplyReport> apply(const QSqlDatabase &db, const PullPage &page, const QString &from, const QString &myDeviceId,
                                     const QDateTime &now, const std::function<void(int)> &afterChange = {});

private:
    static Result<ApplyReport> applyContinuing(const QSqlDatabase &db, const PullPage &page, const QString *from, const QString &myDeviceId,
                                               const QDateTime &now, const std::function<void(int)> &afterChange);
};

} // namespace tongban::sync
