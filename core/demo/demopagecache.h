#pragma once

#include <QSqlDatabase>
#include <QVariant>

namespace tongban::demo {

/// A page cache of at least 64 MiB (instead of SQLite's 2 MiB) on a connection while it exists, restored
/// to what it was when it goes. A large batch needs its index pages in memory: a smaller cache
/// spills half-written b-tree pages to the log many times per batch. A connection setting only,
/// nothing in the file.
class DemoPageCache
{
public:
    /// Enlarges the page cache of @p db (an open SQLite connection); failures are ignored (the
    /// cache stays as it was).
    explicit DemoPageCache(QSqlDatabase db);
    ~DemoPageCache();

    DemoPageCache(const DemoPageCache &) = delete;
    DemoPageCache &operator=(const DemoPageCache &) = delete;

private:
    QSqlDatabase m_db;
    QVariant m_previous;
};

} // namespace tongban::demo
