#include "synccounts.h"

#include "storage/localstore.h"

#include <QSqlQuery>

namespace tongban::sync {

Result<QHash<QString, qint64>> SyncCounts::local(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT entity, count(*) FROM sync_version WHERE deleted = 0 GROUP BY entity")))
        return storage::LocalStore::queryError(q, tr("cannot count the synced records"));
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

} // namespace tongban::sync
