#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tongban::storage {

/// A write transaction on a local-store connection (RAII).
///
/// begin() issues "BEGIN IMMEDIATE", which takes the file's write lock at once (waiting up to
/// the connection's busy_timeout), unlike QSqlDatabase::transaction(), whose deferred BEGIN
/// can fail with SQLITE_BUSY half-way through when a read is upgraded to a write. commit()
/// must be called explicitly; a transaction begun and not committed is rolled back when the
/// object is destroyed, so an early return on an error leaves the file unchanged.
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(tongban::storage::WriteTransaction)

public:
    /// A transaction on @p db, not yet begun.
    explicit WriteTransaction(QSqlDatabase db);
    /// Rolls back when begun and not committed.
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// BEGIN IMMEDIATE. Error (Storage) with the driver's text, e.g. "database is locked" when
    /// another connection held the write lock for longer than busy_timeout, or when a
    /// transaction is already active on the connection.
    Status begin();
    /// COMMIT. Error (Storage) with the driver's text; the transaction is then rolled back.
    Status commit();
    /// ROLLBACK now (also done by the destructor). Nothing happens when not active.
    void rollback();
    /// True between a successful begin() and commit()/rollback().
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace tongban::storage
