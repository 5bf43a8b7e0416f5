#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace tongban::sync {

/// One row of sync_conflict: a record changed here and on the server by another device.
struct SyncConflict
{
    QString id; ///< uuid
    QString entity;
    QString recordId;
    QJsonObject localPayload; ///< this file's version (empty when deleted here)
    QJsonObject serverPayload; ///< the server's version (empty when deleted there)
    qint64 serverVersion = 0;
    bool serverDeleted = false;
    QString serverDevice; ///< the device that made the server's version
    QString serverChangedBy; ///< the clerk of the server's version, when its payload names one
    QDateTime detectedAt; ///< UTC
    QDateTime resolvedAt; ///< UTC; invalid while open
    QString resolution; ///< "keep-mine" or "take-theirs"; empty while open
    QString resolvedBy; ///< the login of the clerk who resolved it
};

/// The conflicts for a person to resolve (schema step 9). Never deleted: a resolution marks the
/// row resolved, by whom and when.
/// An operation the server refused for good (sync_rejection): kept for a person to read.
struct SyncRejection
{
    QString opId;
    QString entity;
    QString recordId;
    QJsonObject payload; ///< what was sent
    QString code; ///< the server's stable code ("other-office", "bad-payload", …)
    QString message; ///< the server's reason, in Chinese
    QDateTime at; ///< UTC, when the refusal came back
};

class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sync::ConflictRepository)

public:
    /// The open conflicts, oldest first. Error (Storage) with the driver's text.
    static Result<QList<SyncConflict>> open(const QSqlDatabase &db);
    /// The conflict @p conflictId, open or resolved. Errors: NotFound ("conflict"); Storage.
    static Result<SyncConflict> find(const QSqlDatabase &db, const QString &conflictId);

    /// Keeps this file's version: in one write transaction, the record's parked ops are replaced by
    /// one new op on the server's version (base_version = server_version): an upsert of the current
    /// local row (queued by the table's trigger) or, when the row was deleted here, a delete (none
    /// when the server deleted it too); the op's clerk is @p clerk and its device time @p now.
    /// sync_version takes the server's version; the conflict is marked keep-mine by @p clerk at
    /// @p now. Errors: BadInput ("clerk") for an empty clerk; NotFound ("conflict") when there is
    /// no open conflict @p conflictId; Storage with the driver's text.
    static Status keepMine(const QSqlDatabase &db, const QString &conflictId, const QString &clerk, const QDateTime &now);

    /// Takes the server's version: in one write transaction with the outbox triggers off, the
    /// server's payload is written to the local row (or the row deleted when the server deleted
    /// it), the record's parked ops are dropped (this conflict keeps what they held), sync_version
    /// takes the server's version, and the conflict is marked take-theirs by @p clerk at @p now.
    /// Errors: as keepMine, and those of writing the row (RecordWriter::upsert).
    static Status takeTheirs(const QSqlDatabase &db, const QString &conflictId, const QString &clerk, const QDateTime &now);
    /// The refusals not yet dismissed, oldest first. Error: Storage.
    static Result<QList<SyncRejection>> rejections(const QSqlDatabase &db);
    /// Marks refusal @p opId read by @p clerk at @p now (the record stays as it is here and is not
    /// sent again). Errors: NotFound "rejection" (unknown or dismissed already); BadInput "clerk"
    /// (empty); Storage.
    static Status dismissRejection(const QSqlDatabase &db, const QString &opId, const QString &clerk, const QDateTime &now);
};

} // namespace tongban::sync
