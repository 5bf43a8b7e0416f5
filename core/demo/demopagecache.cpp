#include "demopagecache.h"

#include <QSqlQuery>

namespace tongban::demo {

DemoPageCache::DemoPageCache(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    // Negative: KiB; positive: pages (SQLite's default page of 4 KiB assumed). Never made smaller.
    const qint64 current = q.value(0).toLongLong();
    if ((current < 0 ? -current : current * 4) >= 65536)
        return;
    m_previous = q.value(0);
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

DemoPageCache::~DemoPageCache()
{
    if (m_previous.isValid())
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous.toLongLong()));
}

} // namespace tongban::demo
