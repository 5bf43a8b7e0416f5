#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The wire types of sync (issue 13): what a device pushes to the central store and what it pulls
// from it, and their JSON forms, which are the arguments and results of the server's functions
// tongban.sync_push and tongban.sync_pull (resources/server/0004-sync.sql, docs/sync.md). The
// names are fixed by the protocol page of issue 13 (briefs/sync-protocol.md). A UUID is its
// lower-case text form without braces; a payload is a JSON object, one key per column of the local
// row (money integer fen, dates and timestamps in the local text forms).
namespace tongban::sync {

/// The version of this protocol, sent with every push and pull; the server refuses an older one
/// than it takes (SQLSTATE TB101, "upgrade required").
/// - 1: the pull as one JSON text of the page (tongban.sync_pull_text, server step 6); a
///   contribution history as one object per month ({"records": [{…}, …]}).
/// - 2 (server step 7): the pull as one row per change (tongban.sync_pull_rows); a history as one
///   array per column (HistoryPayload). A server of step 7 still serves protocol 1 (its histories
///   converted to the old form), and this client still reads a server before step 7 (protocol 1's
///   pull and form: central::SyncServer::pull, HistoryPayload::read).
inline constexpr int kProtocolVersion = 2;

/// The oldest local store schema (core/storage/migrations) that may sync: step 9 adds the outbox.
/// The server refuses a client of an older schema (TB101).
inline constexpr int kMinimumSchemaVersion = 9;

/// The entities that sync: the local tables, by name (the protocol page's table).
class SyncEntities
{
public:
    /// Pushed by devices and pulled by the other devices of the office: visit_session,
    /// intake_visit, intake_matter, matter_status_event, session_event, unemployment_claim,
    /// difficult_case, difficult_case_event, service_rating, rating_followup, data_disclosure,
    /// audit_record (audit_record is pushed only, never pulled).
    static QStringList up();
    /// Pulled only (a device may not push them): insured_person, employer, contribution_history.
    static QStringList down();
    /// Records that are never changed once written: a second push of one is a duplicate, never a
    /// conflict (matter_status_event, session_event, difficult_case_event, data_disclosure,
    /// audit_record).
    static QStringList insertOnly();
    /// Whether @p entity is one of up() or down().
    static bool isKnown(const QString &entity);
};

/// What an outbox operation does to its record.
enum class OpKind { Upsert, Delete };

/// "upsert" or "delete".
QString opKindName(OpKind kind);

/// One queued change of one record, as the local outbox holds it and as it is pushed.
struct OutboxOp
{
    qint64 clientSeq = 0; ///< the outbox's AUTOINCREMENT number: the order of pushing, never reused
    QString opId; ///< uuid made when the op was queued; a replay carries the same one
    QString entity; ///< SyncEntities::up()
    QString recordId; ///< the record's key that never changes (protocol page's table)
    OpKind kind = OpKind::Upsert;
    qint64 baseVersion = 0; ///< the server version the device had of the record; 0: none
    QJsonObject payload; ///< the row's columns as the trigger saw them (empty for some deletes)
    QString clerk; ///< the login of the clerk who made the change
    QString deviceTime; ///< UTC timestamp of the change on the device ("2026-12-03T08:15:00Z")
    int attempts = 0; ///< local only: pushes tried (not on the wire)
    QString lastError; ///< local only: the last transient failure (not on the wire)

    /// The wire form: {"op_id", "client_seq", "entity", "record_id", "kind", "base_version",
    /// "payload", "clerk", "device_time"}.
    QJsonObject toJson() const;
    /// Reads the wire form. Errors: BadInput naming the missing or malformed key ("op_id", …).
    static Result<OutboxOp> fromJson(const QJsonObject &json);
};

/// The server's answer to one pushed op.
struct OpResult
{
    enum class Outcome {
        Applied, ///< the change is stored; @c version is the record's new server version
        Duplicate, ///< this op_id was applied before (or an insert-only record exists): the stored result
        Conflict, ///< another device changed the record since base_version: server_* carry its row
        Rejected, ///< refused for good: @c code and @c message say why; a replay is refused the same way
    };

    QString opId;
    Outcome outcome = Outcome::Rejected;
    qint64 version = 0; ///< Applied/Duplicate: the record's server version after this op
    QString code; ///< Rejected: "unknown-entity", "read-only-entity", "other-office", "bad-payload", "forbidden"
    QString message; ///< Rejected: the reason in Chinese, for a person to read
    QJsonObject serverPayload; ///< Conflict: the server's payload of the record (empty when deleted)
    qint64 serverVersion = 0; ///< Conflict: the server's version of the record
    bool serverDeleted = false; ///< Conflict: the server's record is a tombstone
    QString serverDevice; ///< Conflict: the device that made the server's version (uuid)

    /// "applied", "duplicate", "conflict" or "rejected".
    static QString outcomeName(Outcome outcome);

    /// The wire form: {"op_id", "result", "version", "code", "message", "server_payload",
    /// "server_version", "server_deleted", "server_device"} (keys not used by the outcome are
    /// left out).
    QJsonObject toJson() const;
    /// Reads the wire form. Errors: BadInput naming the key ("op_id", "result").
    static Result<OpResult> fromJson(const QJsonObject &json);
};

/// One change of one record of the office, as pulled.
struct Change
{
    QString entity;
    QString recordId;
    qint64 version = 0; ///< the record's server version after this change
    bool deleted = false; ///< a tombstone: the record was deleted
    QJsonObject payload; ///< the record's columns (empty for a tombstone)
    QString deviceId; ///< the device that pushed the change; empty for the loader's (sync_load)
    /// Protocol 2: the pull cursor after this change — the changes of a page up to this one,
    /// stored with it, are a page by the pull rule of their own. Empty from a server before step 7
    /// (the page's cursor only), and not part of the JSON form.
    QString cursor;

    /// {"entity", "record_id", "version", "deleted", "payload", "device_id"}.
    QJsonObject toJson() const;
    /// Errors: BadInput naming the key.
    static Result<Change> fromJson(const QJsonObject &json);
};

/// One page of a pull.
struct PullPage
{
    qint64 epoch = 0; ///< the server's epoch; a new one means the server was restored
    QList<Change> changes; ///< in the server's (txid, seq) order
    QString cursor; ///< opaque: the position after the last change returned (the one sent when none)
    bool more = false; ///< more changes may follow: pull again from @c cursor
    bool mustResync = false; ///< the cursor is of another epoch: push the outbox, then pull from ''

    /// {"epoch", "changes", "cursor", "more", "must_resync"}.
    QJsonObject toJson() const;
    /// Errors: BadInput naming the key ("changes[3].version").
    static Result<PullPage> fromJson(const QJsonObject &json);
};

/// What the server answers an enrolment (tongban.sync_enrol).
struct Enrolment
{
    QString deviceId; ///< uuid: the local device.id
    QString officeCode; ///< GB/T 2260 code of the enrolling clerk's office
    QString officeName;
    qint64 epoch = 0;
    QString carryKey; ///< the key of this device's hand-carry file (sync::HandCarry); never shown

    /// {"device_id", "office_code", "office_name", "epoch", "carry_key"}.
    QJsonObject toJson() const;
    /// Errors: BadInput naming the key.
    static Result<Enrolment> fromJson(const QJsonObject &json);
};

/// A list of ops as the JSON array sync_push takes.
QJsonArray toJsonArray(const QList<OutboxOp> &ops);

} // namespace tongban::sync
