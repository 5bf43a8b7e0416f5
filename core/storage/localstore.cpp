#include "localstore.h"
#include "migrations.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace tongban::storage {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    const quint64 n = ++counter;
    return QStringLiteral("tongban-store-%1-%2").arg(reinterpret_cast<quintptr>(QThread::currentThreadId())).arg(n);
}

} // namespace

LocalStore::LocalStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

LocalStore::~LocalStore()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error LocalStore::sqlError(const QSqlError &error, const QString &what)
{
    const QString text = error.text().trimmed();
    return Error::storage(text.isEmpty() ? what : tr("%1: %2").arg(what, text));
}

Error LocalStore::queryError(const QSqlQuery &query, const QString &what)
{
    return sqlError(query.lastError(), what);
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString &path, OpenMode mode)
{
    if (path.isEmpty())
        return Error::badInput(QStringLiteral("path"), tr("no database file was given"));
    if ((mode == OpenMode::ExistingOnly || mode == OpenMode::ReadOnly) && !QFileInfo::exists(path))
        return Error::notFound(QStringLiteral("path"), tr("the database file %1 does not exist").arg(path));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::storage(tr("the SQLite driver of Qt (QSQLITE) is not installed"));

    std::unique_ptr<LocalStore> store(new LocalStore(path, uniqueConnectionName()));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(path);
    if (mode == OpenMode::ReadOnly)
        store->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!store->m_db.open())
        return sqlError(store->m_db.lastError(), tr("cannot open the database %1").arg(path));
    // A read-only connection writes nothing and is refused below unless the file is at the latest
    // schema: only the modes that migrate are checked first.
    if (mode == OpenMode::CreateOrUpgrade || mode == OpenMode::ExistingOnly) {
        if (const Status s = store->refuseWhatIsNotOurs(mode == OpenMode::CreateOrUpgrade); !s)
            return s.error();
    }
    if (const Status s = store->configure(); !s)
        return s.error();
    if (mode == OpenMode::ReadOnly) {
        const auto version = Migrations::currentVersion(store->m_db);
        if (!version)
            return version.error();
        if (*version != Migrations::latestVersion())
            return Error::storage(tr("the database %1 is at schema %2, not %3: it must be opened for writing first")
                                      .arg(path)
                                      .arg(*version)
                                      .arg(Migrations::latestVersion()));
    } else if (mode != OpenMode::NoMigration) {
        if (const Status s = Migrations::migrate(store->m_db); !s)
            return s.error();
    }
    return store;
}

Result<std::unique_ptr<LocalStore>> LocalStore::openAnother() const
{
    return open(m_path, OpenMode::ExistingOnly);
}

Status LocalStore::refuseWhatIsNotOurs(bool mayBeNew) const
{
    return refuseWhatIsNotOurs(m_db, m_path, mayBeNew);
}

Status LocalStore::refuseWhatIsNotOurs(const QSqlDatabase &db, const QString &path, bool mayBeNew)
{
    QSqlQuery q(db);
    // Reads only: a file that is not a SQLite database fails here, and nothing is written to it.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return queryError(q, tr("cannot open the database %1").arg(path));
    if (q.value(0).toInt() != 0)
        return Done {}; // a Tongban schema (a newer one is refused by Migrations::migrate)
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return queryError(q, tr("cannot open the database %1").arg(path));
    if (q.value(0).toLongLong() > 0)
        return Error::badInput(QStringLiteral("path"),
                               tr("%1 is a database of another program (it holds tables, but no Tongban schema): "
                                  "Tongban does not change it; give the path of a Tongban database")
                                   .arg(path));
    if (!mayBeNew)
        return Error::badInput(QStringLiteral("path"),
                               tr("%1 is empty, not a Tongban database: give the path of a Tongban database").arg(path));
    return Done {};
}

Status LocalStore::checkIsTongbanFile(const QString &path, bool mayBeNew)
{
    if (mayBeNew && !QFileInfo::exists(path))
        return Done {};
    const QString name = uniqueConnectionName();
    Status checked = Done {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            checked = sqlError(db.lastError(), tr("cannot open the database %1").arg(path));
        else
            checked = refuseWhatIsNotOurs(db, path, mayBeNew);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return checked;
}

Status LocalStore::configure()
{
    QSqlQuery q(m_db);
    // Fails here first when the file is not a SQLite database.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return queryError(q, tr("cannot use %1 as a database").arg(m_path));
    if (!q.next() || q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return Error::storage(tr("the database %1 cannot use write-ahead logging (journal mode %2)").arg(m_path, q.value(0).toString()));
    q.finish();
    for (const QString &pragma : {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                                  QStringLiteral("PRAGMA busy_timeout=5000")}) {
        if (!q.exec(pragma))
            return queryError(q, tr("cannot set up the database %1 (%2)").arg(m_path, pragma));
        q.finish();
    }
    return Done {};
}

Status LocalStore::checkpoint()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return queryError(q, tr("cannot write the log into the database %1").arg(m_path));
    if (q.next() && q.value(0).toInt() != 0)
        return Error::storage(tr("cannot write the log into the database %1: another connection is using it").arg(m_path));
    return Done {};
}

Result<bool> LocalStore::checkpointWhenFree(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    // TRUNCATE waits for readers up to busy_timeout, then copies what it can and answers busy (1).
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return queryError(q, tr("cannot write the log into the database"));
    return q.next() && q.value(0).toInt() == 0;
}

} // namespace tongban::storage
