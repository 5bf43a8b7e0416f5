#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace tongban::storage {

/// One connection to the local store: a single SQLite file (Qt's QSQLITE driver).
///
/// A QSqlDatabase connection may only be used on the thread that opened it. Every LocalStore
/// therefore has its own connection under a name unique in the process (thread id and a
/// counter); a background task opens its own LocalStore on the same file with openAnother()
/// (or open() with the path) on its own thread. The destructor closes the connection and
/// removes it from Qt's registry (RAII): the LocalStore, and every QSqlQuery made from it,
/// must not outlive the thread that opened it.
///
/// Every connection is set up with PRAGMA journal_mode=WAL (readers do not block the writer),
/// synchronous=FULL (a committed transaction survives a power cut), foreign_keys=ON and
/// busy_timeout=5000 (ms a writer waits for another connection's lock before SQLITE_BUSY).
class LocalStore
{
    Q_DECLARE_TR_FUNCTIONS(tongban::storage::LocalStore)

public:
    enum class OpenMode {
        CreateOrUpgrade, ///< create the file if missing, then bring the schema up to date (Migrations)
        ExistingOnly, ///< the file must exist; the schema is brought up to date
        NoMigration, ///< open or create the file with the pragmas only (for migration tests)
        ReadOnly, ///< the file must exist at the latest schema; the connection cannot write
    };

    /// Opens @p path (a file system path) on the calling thread and applies the pragmas and,
    /// unless @p mode is NoMigration, the migrations.
    /// Errors: NotFound (field "path") when @p mode is ExistingOnly or ReadOnly and the file is
    /// missing; Storage when @p mode is ReadOnly and the schema is not the latest (a read-only
    /// connection cannot migrate: the writer opens the file first);
    /// Storage with the driver's text when the driver is missing, the file cannot be opened or
    /// is not a SQLite database, a pragma fails, or a migration fails; Storage when the file was
    /// written by a newer program (its schema version is higher than Migrations knows).
    /// BadInput (field "path"), the file left as it was, when @p mode migrates (CreateOrUpgrade,
    /// ExistingOnly): a SQLite database of another program (tables but no Tongban schema), and an
    /// empty file when @p mode is ExistingOnly (the file must be a Tongban database already).
    static Result<std::unique_ptr<LocalStore>> open(const QString &path, OpenMode mode = OpenMode::CreateOrUpgrade);

    /// Whether @p path may be opened as a Tongban database, read on a read-only connection of its
    /// own (nothing written): BadInput (field "path") for a SQLite database of another program (it
    /// holds tables but no Tongban schema, user_version 0) and, unless @p mayBeNew, for an empty
    /// file; Storage with the driver's text when the file is not a SQLite database. A missing file
    /// passes when @p mayBeNew (it is to be created). For a caller that opens without migrating
    /// (StoreService's writer, which checks the file before it migrates); open() checks the same.
    static Status checkIsTongbanFile(const QString &path, bool mayBeNew);

    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    /// Another connection to the same file for the calling thread (e.g. inside a background
    /// task). The schema is not migrated again. Errors as open().
    Result<std::unique_ptr<LocalStore>> openAnother() const;

    /// The connection; valid while this LocalStore lives, on its thread only.
    QSqlDatabase database() const { return m_db; }
    /// The file path given to open().
    QString path() const { return m_path; }
    /// The unique Qt connection name.
    QString connectionName() const { return m_connectionName; }

    /// Copies everything committed in the write-ahead log into the database file and truncates
    /// the log (PRAGMA wal_checkpoint(TRUNCATE)); used before the file is moved or copied.
    /// Error (Storage) with the driver's text.
    Status checkpoint();
    /// The same on connection @p db, as far as the other connections let it: what no reader still
    /// needs is copied, and the log is emptied when nobody reads it; the next commits copy the rest
    /// (after a first download, whose pages put the copy off: sync::PageApplier). Returns whether
    /// the whole log was copied. Error (Storage) with the driver's text.
    static Result<bool> checkpointWhenFree(const QSqlDatabase &db);

    /// An Error of kind Storage for a failed @p query: "@p what: <driver text>".
    static Error queryError(const QSqlQuery &query, const QString &what);
    /// An Error of kind Storage for @p error: "@p what: <driver text>".
    static Error sqlError(const QSqlError &error, const QString &what);

private:
    LocalStore(QString path, QString connectionName);
    /// Before anything is written to the file (the WAL pragma of configure() writes its header):
    /// checkIsTongbanFile's refusals, on this connection.
    Status refuseWhatIsNotOurs(bool mayBeNew) const;
    static Status refuseWhatIsNotOurs(const QSqlDatabase &db, const QString &path, bool mayBeNew);
    Status configure();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace tongban::storage
