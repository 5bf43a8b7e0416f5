#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace tongban::sync {

/// The one row of sync_state (schema step 9).
struct SyncState
{
    QString officeCode; ///< GB/T 2260 code of the office this file syncs with; empty before enrolment
    std::optional<qint64> epoch; ///< the server's epoch of the cursor; none before the first pull
    QString cursor; ///< opaque pull cursor; '' at first
    bool firstDownloadComplete = false; ///< the last page of the first download was applied and the counts matched
    QDateTime lastPushAt; ///< UTC; invalid when never
    QDateTime lastPullAt; ///< UTC; invalid when never
    QString lastError; ///< the last sync failure as shown to the clerk; empty when the last round succeeded
    std::optional<int> offlineDaysCap; ///< the supervisor's limit of unsynced days; none: not set
    std::optional<int> offlineRecordsCap; ///< the supervisor's limit of unsynced records; none: not set
    QString installNonce; ///< made with the file (32 hex digits); sent at every enrolment
    bool hasCarryKey = false; ///< the server issued the hand-carry key (the key itself is not read here)
};

/// Reads and writes sync_state. Each setter is one UPDATE: atomic alone, and part of the
/// caller's transaction when one is open on @p db. The cursor and epoch are written by
/// PageApplier, in the transaction of their page.
class SyncStateRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sync::SyncStateRepository)

public:
    /// The row. Error (Storage) with the driver's text.
    static Result<SyncState> read(const QSqlDatabase &db);
    /// The office enrolled with (@p officeCode: six digits). Errors: BadInput ("office_code"); Storage.
    static Status setOffice(const QSqlDatabase &db, const QString &officeCode);
    /// Keeps the hand-carry key @p key the server issued at enrolment (sync::HandCarry); an empty
    /// key changes nothing. Error: Storage.
    static Status setCarryKey(const QSqlDatabase &db, const QString &key);
    /// Marks the first download complete or not. Error (Storage).
    static Status setFirstDownloadComplete(const QSqlDatabase &db, bool complete);
    /// last_push_at. Error (Storage).
    static Status setLastPush(const QSqlDatabase &db, const QDateTime &at);
    /// last_error (empty: none). Error (Storage).
    static Status setLastError(const QSqlDatabase &db, const QString &error);
    /// The supervisor's caps (none: not set; otherwise ≥ 1). Errors: BadInput ("offline_days_cap",
    /// "offline_records_cap"); Storage.
    static Status setCaps(const QSqlDatabase &db, std::optional<int> days, std::optional<int> records);
    /// Resets the cursor to '' and the first download to not complete, keeping the epoch (a
    /// full re-sync). Error (Storage).
    static Status resetCursor(const QSqlDatabase &db);
};

} // namespace tongban::sync
