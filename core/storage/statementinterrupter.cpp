#include "statementinterrupter.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace tongban::storage {

namespace {

/// The sqlite3* of Qt's SQLite driver (QSqlDriver::handle, "sqlite3*"), or nullptr.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.data());
    return nullptr;
}

} // namespace

bool StatementInterrupter::attach(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    std::lock_guard lock(m_mutex);
    if (m_interrupted)
        return false;
    if (handle)
        m_handles.push_back(handle);
    return true;
}

void StatementInterrupter::detach(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    std::lock_guard lock(m_mutex);
    m_handles.erase(std::remove(m_handles.begin(), m_handles.end(), handle), m_handles.end());
}

void StatementInterrupter::interrupt()
{
    std::lock_guard lock(m_mutex);
    m_interrupted = true;
    for (sqlite3 *handle : m_handles)
        sqlite3_interrupt(handle);
}

} // namespace tongban::storage
