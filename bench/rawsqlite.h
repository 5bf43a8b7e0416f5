#pragma once

// The raw baseline of the local store's figures: the same SQL through SQLite's own C API, one
// prepared statement reused, every column of every row read, nothing converted. What the program
// does beyond this (Qt's driver, building domain objects, the rules) is its overhead.

#include <sqlite3.h>

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace tongban::bench {

/// A read-only connection to a database file through the C API.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            fail("open");
    }
    ~RawDatabase() { sqlite3_close(m_db); }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    sqlite3 *handle() const { return m_db; }
    [[noreturn]] void fail(const char *what) const
    {
        std::fprintf(stderr, "raw sqlite %s: %s\n", what, sqlite3_errmsg(m_db));
        std::abort();
    }

private:
    sqlite3 *m_db = nullptr;
};

/// One prepared statement, reused: bind, read every row, reset.
class RawStatement
{
public:
    RawStatement(const RawDatabase &db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
            db.fail("prepare");
    }
    ~RawStatement() { sqlite3_finalize(m_statement); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    void bindText(int index, const QByteArray &utf8)
    {
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindInt(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }

    /// Steps through every row, touching every column (text as bytes, numbers as integers), and
    /// resets; returns the rows read. A failing step aborts the benchmark.
    qint64 readAll()
    {
        qint64 rows = 0;
        int rc;
        const int columns = sqlite3_column_count(m_statement);
        while ((rc = sqlite3_step(m_statement)) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_type(m_statement, c) == SQLITE_TEXT)
                    m_checksum += quint64(sqlite3_column_bytes(m_statement, c));
                else
                    m_checksum += quint64(sqlite3_column_int64(m_statement, c));
            }
            ++rows;
        }
        if (rc != SQLITE_DONE)
            m_db.fail("step");
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return rows;
    }

    /// A sum over what was read, so that the reading cannot be optimized away.
    quint64 checksum() const { return m_checksum; }

private:
    const RawDatabase &m_db;
    sqlite3_stmt *m_statement = nullptr;
    quint64 m_checksum = 0;
};

} // namespace tongban::bench
