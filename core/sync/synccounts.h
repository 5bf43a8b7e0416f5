#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace tongban::sync {

/// The records of each entity this file holds of the server's (sync_version, not deleted): what
/// the first download's check compares with the server's counts (central::SyncServer::counts).
class SyncCounts
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sync::SyncCounts)

public:
    /// Entity → records. Error: Storage.
    static Result<QHash<QString, qint64>> local(const QSqlDatabase &db);
};

} // namespace tongban::sync
