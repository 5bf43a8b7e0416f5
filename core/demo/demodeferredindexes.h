#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace tongban::demo {

/// The secondary indexes of the contribution records, dropped while a new demo file is filled and
/// built again at the end from their own stored definitions (sqlite_schema), so the file ends with
/// exactly the schema's indexes. Inserting 29 million records into the employer index one by one
/// touched a random page of it for each (every commit wrote hundreds of MB to the log, most of a
/// county's generation); CREATE INDEX sorts them once. For a file of the generator's own that is
/// thrown away on failure, never for a file in use.
class DemoDeferredIndexes
{
    Q_DECLARE_TR_FUNCTIONS(tongban::demo::DemoDeferredIndexes)

public:
    /// Reads the definitions of the indexes of contribution_record on @p db and drops them.
    /// Error (Storage) with SQLite's text: nothing is dropped then.
    static Result<DemoDeferredIndexes> drop(QSqlDatabase db);

    /// Creates the dropped indexes again on @p db (the connection drop() was given), in one
    /// transaction. Error (Storage) with SQLite's text.
    Status rebuild(QSqlDatabase db) const;

private:
    explicit DemoDeferredIndexes(QStringList definitions);

    // No connection kept: the generator closes it on failure while this still exists.
    QStringList m_definitions; ///< CREATE INDEX statements, as stored in sqlite_schema
};

} // namespace tongban::demo
