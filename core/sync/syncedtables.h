#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlQuery;

namespace tongban::sync {

/// Where a synced entity lives in the local store (briefs/sync-protocol.md, "Records and
/// entities"): its table, the column that holds its record_id and the columns that never leave
/// the file. contribution_history is not a row of its own (the person's whole history) and is not
/// described here.
struct SyncedTable
{
    QString entity; ///< the entity name = the local table's name
    QString recordIdColumn; ///< e.g. "id", "session_id" (intake_visit), "uuid" (unemployment_claim); empty for audit_record
    QStringList localOnlyColumns; ///< never in a payload: "key", unemployment_claim "id", audit_record "synced_at"
    bool up = false; ///< pushed (has the outbox triggers of schema step 9)

    /// The table of @p entity, or nullptr for an unknown entity and for contribution_history.
    static const SyncedTable *find(const QString &entity);
};

/// Writes records of synced tables from payloads (the pulled page, a conflict's "take theirs").
/// The caller holds the write transaction and has switched the outbox triggers off (sync_applying).
class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sync::RecordWriter)

public:
    /// What upsert() looks up and prepares, kept for the next rows of one transaction (a pulled
    /// page is up to thousands of persons or employers): each table's columns, and each statement
    /// by its SQL (the same table and payload keys give the same SQL). Used on the connection's
    /// thread only, and dropped before the connection closes.
    class Statements
    {
    public:
        Statements();
        ~Statements();
        Statements(const Statements &) = delete;
        Statements &operator=(const Statements &) = delete;

    private:
        friend class RecordWriter;
        QHash<QString, QStringList> m_columns;
        QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    };

    /// Inserts or updates the row @p recordId of @p table from @p payload (column → value; text,
    /// integer, null; an object or array is stored as its compact JSON text), keeping columns the
    /// payload leaves out and the row's local integer key (INSERT … ON CONFLICT DO UPDATE, never a
    /// REPLACE that would delete and cascade). A visit_session whose person_id is not in this file
    /// (a visitor of another county) is stored with a NULL person_id.
    /// Errors (BadInput, field "<entity>.<column>"): a key that is not a column of the table or is
    /// local-only; a record id in the payload other than @p recordId. Storage: the driver's text
    /// (a CHECK or UNIQUE constraint).
    /// With @p reuse, the table's columns and the prepared statement are taken from it (and kept
    /// in it) instead of being read and prepared again.
    static Status upsert(const QSqlDatabase &db, const SyncedTable &table, const QString &recordId, const QJsonObject &payload,
                         Statements *reuse = nullptr);
    /// Deletes the row @p recordId of @p table (cascades as the schema says). Nothing when absent.
    /// Error (Storage): the driver's text, e.g. a row of another table still refers to it.
    static Status remove(const QSqlDatabase &db, const SyncedTable &table, const QString &recordId);
    /// The row @p recordId of @p table as a payload (without local-only columns); an empty object
    /// when there is no such row. Error (Storage): the driver's text.
    static Result<QJsonObject> payloadOf(const QSqlDatabase &db, const SyncedTable &table, const QString &recordId);
    /// Whether the row exists. Error (Storage).
    static Result<bool> exists(const QSqlDatabase &db, const SyncedTable &table, const QString &recordId);
    /// Turns the outbox triggers off (@p on true: a row in sync_applying) or on again; inside the
    /// caller's transaction. Error (Storage).
    static Status setApplying(const QSqlDatabase &db, bool on);
    /// Stores a conflict of the record (@p entity, @p recordId): updates the record's open
    /// sync_conflict (at most one) or opens one (a new uuid, detected_at = @p now).
    /// server_changed_by is the server payload's "clerk" when it has one. Error (Storage).
    static Status storeConflict(const QSqlDatabase &db, const QString &entity, const QString &recordId, const QJsonObject &localPayload,
                                const QJsonObject &serverPayload, qint64 serverVersion, bool serverDeleted, const QString &serverDevice,
                                const QString &now);
    /// This file's device id (table device). Error (Storage) when missing.
    static Result<QString> deviceId(const QSqlDatabase &db);
};

} // namespace tongban::sync
