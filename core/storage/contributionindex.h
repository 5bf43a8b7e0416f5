#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace tongban::storage {

/// The employer index of the contribution records (contribution_record_employer: the deferral
/// sweep's premiums per employer and month, made by Migrations' step 3), which a first download
/// leaves out while it fills an empty file and builds once at its end: kept up row by row, its
/// random inserts were half of the download's writing or more (the 1,088-person office of
/// bench/benchdownload.cpp, 274,859 months: the writer's time 0.52–0.58 s without it, 1.2–1.6 s
/// with it, 0.92 s with it and a 64 MB page cache instead of SQLite's 2 MB; building it afterwards
/// from the records, 0.26 s).
///
/// While it is set aside the file is whole and every query answers the same, the sweep more
/// slowly. Its definition is the latest one the migrations give it (definition()), so that a
/// download killed before its end builds it the same at the end of the next round.
class ContributionIndex
{
    Q_DECLARE_TR_FUNCTIONS(tongban::storage::ContributionIndex)

public:
    /// The index's name.
    static QString name();
    /// Its CREATE INDEX statement: the last one of Migrations' steps (step 3's today).
    static QString definition();

    /// Whether the file holds the index. Error: Storage.
    static Result<bool> exists(const QSqlDatabase &db);
    /// Drops the index, when it exists and the file holds no contribution record (a file that
    /// holds records keeps it: a download over them is not a first fill). Returns whether it was
    /// dropped. In the caller's transaction, or its own. Error: Storage.
    static Result<bool> setAsideWhileEmpty(const QSqlDatabase &db);
    /// Builds the index from definition() when it is missing; nothing when it exists. Error:
    /// Storage (the driver's text).
    static Status build(const QSqlDatabase &db);
};

} // namespace tongban::storage
