#pragma once

#include "centralsession.h"

#include "common/error.h"
#include "sync/syncprotocol.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace tongban::central {

/// The central side of sync (issue 13) over a clerk's connection: the server's functions of
/// resources/server/0004-sync.sql (tongban.sync_enrol, sync_push, sync_pull, sync_counts,
/// sync_load; the pull through 0007's sync_pull_rows), each call in one transaction of its own. What the server does and why is in
/// docs/sync.md; the wire types are core/sync/syncprotocol.h.
///
/// Errors (besides those of CentralSession::errorFrom):
/// - TB101 (the client's protocol or local schema is older than the server takes): BadInput on
///   "schema", saying that the program must be upgraded; nothing was changed and the client keeps
///   its outbox and cursor;
/// - TB102 (the device id is enrolled with another install nonce: a copied file or disk image):
///   Forbidden on "device";
/// - TB103 (the device is not enrolled, or by another office): Forbidden on "device";
/// - the connection lost or the server unreachable: Unavailable, nothing changed (the transaction
///   was not committed; a push may be replayed with the same op ids).
class SyncServer
{
    Q_DECLARE_TR_FUNCTIONS(tongban::central::SyncServer)

public:
    /// One record for load(): its key and payload (the local row's columns, see the protocol);
    /// @c deleted: a tombstone (the payload is ignored).
    struct LoadRecord
    {
        QString recordId;
        QJsonObject payload;
        bool deleted = false;
    };

    /// What load() did: records inserted, changed (their payload differed), left as they were.
    struct LoadOutcome
    {
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
    };

    /// Works on @p session (a clerk's connection; the owner's for load()), which must outlive it.
    explicit SyncServer(CentralSession &session);

    /// Enrols device @p deviceId (the local store's device.id, a uuid) with its install nonce
    /// @p nonce (8 to 200 characters, made once at installation) for the signed-in clerk's office,
    /// or checks an enrolled one (to be called at each sync round). Returns the office and the
    /// server's epoch. Errors: TB102 and TB103 as Forbidden on "device" (see the class); BadInput on
    /// "device" or "nonce" when malformed.
    Result<sync::Enrolment> enrol(const QString &deviceId, const QString &nonce);

    /// Pushes @p ops (in client_seq order) of device @p deviceId, whose local store is at schema
    /// step @p schemaVersion: each applied once, in order, each in a savepoint of its own. Returns
    /// one result per op, in the same order (applied, duplicate, conflict, rejected; see docs/sync.md).
    /// Errors: TB101, TB103 (see the class); Storage when the server's answer is malformed.
    Result<QList<sync::OpResult>> push(const QString &deviceId, int schemaVersion, const QList<sync::OutboxOp> &ops);

    /// The next page of the office's changes after @p cursor ('' at first), at most @p limit
    /// (1 to 10000), for device @p deviceId whose local store is at schema step @p schemaVersion.
    /// A page never skips a change committed late (docs/sync.md, "the pull rule"); a cursor of
    /// another epoch answers mustResync with no changes. Read through tongban.sync_pull_rows
    /// (protocol 2, server step 7: one row per change, a history's payload as arrays of columns);
    /// from a server before step 7, which lacks it, through sync_pull_text (protocol 1's page, a
    /// history as one object per month), for the rest of this object's life — PageApplier reads
    /// both forms. Errors: TB101, TB103 (see the class); Storage naming what the server's page
    /// lacks ("changes[3].payload": not a JSON object).
    Result<sync::PullPage> pull(const QString &deviceId, int schemaVersion, const QString &cursor, int limit);

    /// What receives the changes of a page one at a time as pull() reads them (the page's epoch
    /// beside each); an error stops the read, and pull() answers that error.
    using ChangeSink = std::function<Status(sync::Change &&change, qint64 epoch)>;
    /// The same page, each change handed to @p sink as soon as it is read — with its own cursor
    /// (sync::Change::cursor) from a server of step 7, so that the first changes of a page can be
    /// stored before the rest has come. Returns the page's end (epoch, cursor, more, mustResync)
    /// without its changes. Errors as pull(), or the sink's; a malformed page is found out only
    /// where it goes wrong, so the changes before that point have been handed over.
    Result<sync::PullPage> pull(const QString &deviceId, int schemaVersion, const QString &cursor, int limit, const ChangeSink &sink);

    /// The carry key of device @p deviceId (its hand-carry file's, sync::HandCarry), for a
    /// supervisor of the device's office (tongban.sync_carry_key). Errors: Forbidden (not a
    /// supervisor: 42501; a device not enrolled in the office: TB103 on "device").
    Result<QByteArray> carryKey(const QString &deviceId);
    /// The number of records of each entity (not deleted) the signed-in clerk's office holds on
    /// the server, by entity name (every entity but audit_record, 0 when none): what a complete
    /// first download must hold.
    Result<QHash<QString, qint64>> counts();

    /// One edition of a policy parameter file as the server publishes it (server step 5).
    struct ParameterEdition
    {
        QString file; ///< "national.json", "regions/110000.json"
        QString edition; ///< "2026-12-01"
        QString digest; ///< SHA-256 of content, 64 hex digits, as the server computed it
        QByteArray content;
    };
    /// The newest edition of each parameter file (tongban.parameter_current), for every role.
    /// Errors: Unavailable (the server cannot be reached), Storage.
    Result<QList<ParameterEdition>> parameterEditions();
    /// Publishes @p content as edition @p edition of parameter file @p file (the owner's
    /// connection: tongban-cli parameters publish). A published edition is never changed.
    /// Errors: Forbidden (not the owner); BadInput on "edition" (that edition of the file is
    /// already published, or not later than the newest one), on "file" (not national.json or
    /// regions/<code>.json).
    Status publishParameterEdition(const QString &file, const QString &edition, const QByteArray &content);

    /// The administrator's loader (the owner's connection; tongban-cli demo-db --server): inserts
    /// or changes @p records of @p entity for office @p office (six digits), versioned and
    /// change-logged like any change, so that the office's devices pull them. A record whose
    /// payload is unchanged is left as it is. Errors: Forbidden (not the owner); BadInput on
    /// "office" (no such office), on "entity" (unknown entity or audit_record), on "records" (a
    /// record of another office, an empty record id).
    Result<LoadOutcome> load(const QString &office, const QString &entity, const QList<LoadRecord> &records);

private:
    /// pull() through sync_pull_rows; no page (and no error) when the server lacks it (SQLSTATE
    /// 42883: a server before step 7).
    Result<std::optional<sync::PullPage>> pullRows(const QString &deviceId, int schemaVersion, const QString &cursor, int limit,
                                                   const ChangeSink &sink);
    /// Runs @p sql (one jsonb result) with @p values bound, in a transaction of its own.
    Result<QJsonValue> call(const QString &sql, const QVariantList &values, const QString &doing);
    Error errorOf(const QSqlError &error, const QString &doing) const;

    CentralSession &m_session;
    bool m_serverBeforeRows = false; ///< the server lacks sync_pull_rows (before step 7): pull() reads sync_pull_text
};

} // namespace tongban::central
