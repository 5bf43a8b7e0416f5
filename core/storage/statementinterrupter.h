#pragma once

#include <QSqlDatabase>

#include <mutex>
#include <vector>

struct sqlite3;

namespace tongban::storage {

/// Lets another thread stop a long statement on a store connection — a whole-file check that a
/// county's file makes last tens of seconds — so that closing the program does not wait for it
/// (sqlite3_interrupt, which SQLite allows from any thread). Statements on several connections
/// may be attached at once.
class StatementInterrupter
{
public:
    /// Called on the connection's thread before the statement: false when interrupt() was already
    /// called (then do not start it).
    bool attach(const QSqlDatabase &db);
    /// Called on the connection's thread after the statement, whatever its outcome.
    void detach(const QSqlDatabase &db);
    /// Stops the attached statement (it fails with "interrupted"), and any later attach().
    void interrupt();

private:
    std::mutex m_mutex;
    std::vector<sqlite3 *> m_handles;
    bool m_interrupted = false;
};

} // namespace tongban::storage
