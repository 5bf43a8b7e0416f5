#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace tongban::storage {

/// One SQL statement prepared once on a local-store connection and run many times through SQLite's
/// own C API, on the connection's handle (QSqlDriver::handle()), inside whatever transaction the
/// connection has open.
///
/// For bulk writes only — a first download writes millions of contribution months, and QSqlQuery
/// costs more per row than SQLite itself (a QVariant per value, the bound list copied, the driver's
/// checks at each exec). Values are always bound, never put into the SQL text.
///
/// Use it on the connection's thread, and destroy it before the connection closes (it is finalized
/// in the destructor). Move-only.
class PreparedStatement
{
    Q_DECLARE_TR_FUNCTIONS(tongban::storage::PreparedStatement)

public:
    /// Prepares @p sql (one statement, `?` placeholders numbered from 1) on @p db, a QSQLITE
    /// connection. Errors: Storage — @p db is not an open SQLite connection, or SQLite refuses the
    /// SQL (its own text: "no such table: …").
    static Result<PreparedStatement> prepare(const QSqlDatabase &db, const QString &sql);

    PreparedStatement(PreparedStatement &&other) noexcept;
    PreparedStatement &operator=(PreparedStatement &&other) noexcept;
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;
    ~PreparedStatement();

    /// Binds @p value to placeholder @p index (1-based) for the next run(); a binding stays until
    /// it is bound again.
    void bindInteger(int index, qint64 value);
    /// Binds NULL to placeholder @p index.
    void bindNull(int index);
    /// Binds @p text (copied) to placeholder @p index.
    void bindText(int index, const QString &text);

    /// Runs the statement once with the values bound and resets it for the next values. For a
    /// query, @p row (may be null) receives whether it gave a row; integerAt() reads the first
    /// row's first kMaxColumns columns until the next run(). Errors: Storage with SQLite's text (a
    /// CHECK, UNIQUE or foreign key of the schema: "CHECK constraint failed: …").
    Status run(bool *row = nullptr);
    /// Column @p column (0-based, below kMaxColumns) of the row the last run() gave, as an integer.
    qint64 integerAt(int column) const { return m_row[column]; }
    /// The columns of a row that integerAt() reads.
    static constexpr int kMaxColumns = 4;

    /// Whether the connection's open transaction holds a reference to a missing row that COMMIT
    /// would refuse (deferred foreign keys, `PRAGMA defer_foreign_keys`), without reading the
    /// tables (sqlite3_db_status, SQLITE_DBSTATUS_DEFERRED_FKS): PRAGMA foreign_key_check, which
    /// reads every row of every table with a reference, is then needed only to name the row.
    /// Error: Storage when @p db is not an open SQLite connection.
    static Result<bool> foreignKeysPending(const QSqlDatabase &db);

private:
    PreparedStatement(sqlite3 *db, sqlite3_stmt *statement);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    qint64 m_row[kMaxColumns] = {};
};

} // namespace tongban::storage
