#include "contributionindex.h"

#include "localstore.h"
#include "migrations.h"

#include <QSqlQuery>

namespace tongban::storage {

QString ContributionIndex::name()
{
    return QStringLiteral("contribution_record_employer");
}

QString ContributionIndex::definition()
{
    const QString create = QStringLiteral("CREATE INDEX %1 ON").arg(name());
    for (int step = Migrations::latestVersion(); step >= 1; --step) {
        for (const QString &sql : Migrations::statements(step)) {
            if (sql.startsWith(create))
                return sql;
        }
    }
    return QString();
}

Result<bool> ContributionIndex::exists(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?)"));
    q.addBindValue(name());
    if (!q.exec() || !q.next())
        return LocalStore::queryError(q, tr("cannot read the indexes of the file"));
    return q.value(0).toBool();
}

Result<bool> ContributionIndex::setAsideWhileEmpty(const QSqlDatabase &db)
{
    const auto there = exists(db);
    if (!there)
        return there.error();
    if (!*there)
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM contribution_record)")) || !q.next())
        return LocalStore::queryError(q, tr("cannot read the contribution records"));
    if (q.value(0).toBool())
        return false;
    q.finish();
    // The name is this class's own constant, not input.
    if (!q.exec(QStringLiteral("DROP INDEX %1").arg(name())))
        return LocalStore::queryError(q, tr("cannot set the index %1 aside").arg(name()));
    return true;
}

Status ContributionIndex::build(const QSqlDatabase &db)
{
    const auto there = exists(db);
    if (!there)
        return there.error();
    if (*there)
        return Done {};
    const QString sql = definition();
    if (sql.isEmpty())
        return Error::storage(tr("no schema step defines the index %1").arg(name()));
    QSqlQuery q(db);
    if (!q.exec(sql))
        return LocalStore::queryError(q, tr("cannot build the index %1").arg(name()));
    return Done {};
}

} // namespace tongban::storage
