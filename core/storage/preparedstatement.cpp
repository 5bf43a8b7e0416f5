#include "preparedstatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace tongban::storage {

namespace {

/// The sqlite3* of Qt's SQLite driver (QSqlDriver::handle, "sqlite3*"), or nullptr.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.data());
    return nullptr;
}

Error notSqlite()
{
    return Error::storage(PreparedStatement::tr("the connection is not an open SQLite database"));
}

} // namespace

PreparedStatement::PreparedStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{ }

PreparedStatement::PreparedStatement(PreparedStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{ }

PreparedStatement &PreparedStatement::operator=(PreparedStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

PreparedStatement::~PreparedStatement()
{
    sqlite3_finalize(m_statement); // a no-op on nullptr
}

Result<PreparedStatement> PreparedStatement::prepare(const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return notSqlite();
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        const Error error = Error::storage(QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_finalize(statement);
        return error;
    }
    return PreparedStatement(handle, statement);
}

void PreparedStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void PreparedStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void PreparedStatement::bindText(int index, const QString &text)
{
    sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

Status PreparedStatement::run(bool *row)
{
    const int stepped = sqlite3_step(m_statement);
    const bool gaveRow = stepped == SQLITE_ROW;
    if (gaveRow) {
        const int columns = std::min(sqlite3_column_count(m_statement), kMaxColumns);
        for (int c = 0; c < columns; ++c)
            m_row[c] = sqlite3_column_int64(m_statement, c);
    }
    // sqlite3_reset answers the step's error again; the message is the connection's.
    if (sqlite3_reset(m_statement) != SQLITE_OK || (stepped != SQLITE_DONE && !gaveRow))
        return Error::storage(QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (row)
        *row = gaveRow;
    return Done {};
}

Result<bool> PreparedStatement::foreignKeysPending(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return notSqlite();
    int current = 0;
    int highest = 0;
    if (sqlite3_db_status(handle, SQLITE_DBSTATUS_DEFERRED_FKS, &current, &highest, 0) != SQLITE_OK)
        return Error::storage(QString::fromUtf8(sqlite3_errmsg(handle)));
    return current != 0;
}

} // namespace tongban::storage
