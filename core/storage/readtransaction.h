#pragma once

#include <QSqlDatabase>

namespace tongban::storage {

/// A read transaction on a local-store connection (RAII): BEGIN … ROLLBACK. Every statement run
/// inside sees one snapshot of the WAL database while other connections write (the deferral sweep
/// reads 100,000 employers page by page and must count and sum the same data throughout).
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    /// Ends the transaction (nothing was written, so rolling back only releases the snapshot).
    ~ReadTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    /// BEGIN (deferred: the snapshot is taken by the first read). False when the driver refused;
    /// QSqlDatabase::lastError() says why.
    bool begin() { return m_active = m_db.transaction(); }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace tongban::storage
