#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace tongban::storage {

/// The schema of the local store, created and upgraded by numbered steps.
///
/// PRAGMA user_version holds the number of the last step applied (0 for an empty file). Step N
/// runs in its own BEGIN IMMEDIATE transaction together with setting user_version to N, so a
/// failed step leaves the file at N − 1 and the next start retries it; a new file (version 0)
/// takes all its steps in one such transaction, and a failure leaves it at 0. A file whose version is
/// higher than latestVersion() was written by a newer program and is refused, never downgraded.
/// Steps are never edited once released; a change is a new step.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(tongban::storage::Migrations)

public:
    /// The number of the last step this program knows.
    static int latestVersion();

    /// The SQL statements of step @p version (1…latestVersion()); empty for any other number.
    static QStringList statements(int version);

    /// The file's schema version (PRAGMA user_version). Error (Storage) with the driver's text.
    static Result<int> currentVersion(const QSqlDatabase &db);

    /// Applies the steps after the file's version up to @p targetVersion (default: the latest),
    /// each in one BEGIN IMMEDIATE transaction — all of them in one for a file at version 0. Does
    /// nothing when already there.
    /// Errors (Storage): the file's version is higher than latestVersion() ("written by a newer
    /// version of Tongban"); @p targetVersion outside 0…latestVersion() or below the file's
    /// version; a statement fails (the driver's text, the step's number; that step is rolled
    /// back).
    static Status migrate(const QSqlDatabase &db, int targetVersion = -1);
};

} // namespace tongban::storage
