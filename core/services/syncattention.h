#pragma once

#include "appcontext.h"

#include "common/error.h"
#include "sync/conflictrepository.h"
#include "sync/offlinelimits.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

#include <memory>

namespace tongban::services {

/// What sync left for a person to decide (issue 13, sync-design (a) 6 and 8): the conflicts
/// (another device changed a record this file changed too: both versions kept, nothing overwritten)
/// and the operations the server refused (a code and a reason). Each decision is the signed-in
/// clerk's, kept with their name: "keep mine" sends this file's version again on top of the
/// server's, "take theirs" puts the server's version here; a refusal is dismissed once read (the
/// record stays as it is here and is not sent again). Reads on a reader of the store, decisions on
/// its writer.
class SyncAttention
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::SyncAttention)

public:
    explicit SyncAttention(const AppContext &context);

    /// The open conflicts, oldest first. Error: Storage.
    QFuture<Result<QList<sync::SyncConflict>>> conflicts() const;
    /// The refusals not yet dismissed, oldest first. Error: Storage.
    QFuture<Result<QList<sync::SyncRejection>>> rejections() const;
    /// Resolves conflict @p conflictId with this file's version (queued for the next push).
    /// Errors: NotFound "conflict" (unknown or already resolved); Storage.
    QFuture<Result<Done>> keepMine(const QString &conflictId) const;
    /// Resolves conflict @p conflictId with the server's version (written here, nothing queued).
    /// Errors: NotFound "conflict"; Storage.
    QFuture<Result<Done>> takeTheirs(const QString &conflictId) const;
    /// Marks refusal @p opId read. Errors: NotFound "rejection"; Storage.
    QFuture<Result<Done>> dismiss(const QString &opId) const;

    /// The file's standing against the offline limits now. Error: Storage.
    QFuture<Result<sync::OfflineStanding>> standing() const;
    /// Sets the offline limits (sync::OfflineLimits::set). Errors: Forbidden "sync-admin" for a
    /// role without the right (a supervisor's); those of set().
    QFuture<Result<Done>> setLimits(int days, int records) const;
    /// The hand-carry file of the outbox (sync::HandCarry::exportOutbox); @p count (may be null)
    /// receives the operations in it once the future is finished. Errors: those of exportOutbox.
    QFuture<Result<QByteArray>> exportCarryFile(std::shared_ptr<int> count = nullptr) const;

    /// The on-screen name of a synced record's kind (@p entity, e.g. "intake_matter" → "事项").
    static QString entityLabel(const QString &entity);

private:
    const AppContext &m_context;
};

} // namespace tongban::services
