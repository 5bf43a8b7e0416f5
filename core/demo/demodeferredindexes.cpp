#include "demodeferredindexes.h"

#include "storage/localstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tongban::demo {

DemoDeferredIndexes::DemoDeferredIndexes(QStringList definitions)
    : m_definitions(std::move(definitions))
{ }

Result<DemoDeferredIndexes> DemoDeferredIndexes::drop(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // sql is NULL for the indexes SQLite makes itself (the primary key, UNIQUE): those stay.
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema"
                               " WHERE type = 'index' AND tbl_name = 'contribution_record' AND sql IS NOT NULL ORDER BY name")))
        return storage::LocalStore::queryError(q, tr("cannot read the indexes of the contribution records"));
    QStringList names, definitions;
    while (q.next()) {
        names << q.value(0).toString();
        definitions << q.value(1).toString();
    }
    q.finish();
    if (!db.transaction())
        return storage::LocalStore::sqlError(db.lastError(), tr("cannot drop the indexes of the contribution records"));
    for (const QString &name : std::as_const(names)) {
        // DROP INDEX takes no bound values; the name comes from sqlite_schema, quoted.
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(QString(name).replace(u'"', QStringLiteral("\"\""))))) {
            const Error error = storage::LocalStore::queryError(q, tr("cannot drop the indexes of the contribution records"));
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return storage::LocalStore::sqlError(db.lastError(), tr("cannot drop the indexes of the contribution records"));
    return DemoDeferredIndexes(std::move(definitions));
}

Status DemoDeferredIndexes::rebuild(QSqlDatabase db) const
{
    if (!db.transaction())
        return storage::LocalStore::sqlError(db.lastError(), tr("cannot build the indexes of the contribution records"));
    QSqlQuery q(db);
    for (const QString &definition : std::as_const(m_definitions)) {
        if (!q.exec(definition)) {
            const Error error = storage::LocalStore::queryError(q, tr("cannot build the indexes of the contribution records"));
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return storage::LocalStore::sqlError(db.lastError(), tr("cannot build the indexes of the contribution records"));
    return Done {};
}

} // namespace tongban::demo
