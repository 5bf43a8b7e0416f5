#include "storemaintenance.h"

#include "storage/personrepository.h"

namespace tongban::services {

StoreMaintenance::StoreMaintenance(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_context.store(), &storage::StoreService::damaged, this, &StoreMaintenance::damaged);
    connect(&m_context.store(), &storage::StoreService::restored, this, &StoreMaintenance::restored);
}

QFuture<Result<StoreMaintenance::Opened>> StoreMaintenance::withCount(QFuture<Result<storage::OpenReport>> opened) const
{
    storage::StoreService *store = &m_context.store();
    const Clock clock = m_context.clock();
    // Counting waits for a reader: on a thread of Qt's pool, never on the caller's.
    return opened.then(QtFuture::Launch::Async, [store, clock](const Result<storage::OpenReport> &report) -> Result<Opened> {
        if (!report)
            return report.error();
        const auto persons
            = store->read<qint64>([clock](QSqlDatabase db) { return storage::PersonRepository(db, clock).countPersons(); }).result();
        if (!persons)
            return persons.error();
        return Opened {*report, *persons};
    });
}

QFuture<Result<StoreMaintenance::Opened>> StoreMaintenance::open() const
{
    return withCount(m_context.store().open());
}

void StoreMaintenance::startSchedule() const
{
    m_context.store().startMaintenance();
}

QFuture<Result<QList<BackupInfo>>> StoreMaintenance::backups() const
{
    return m_context.store().backups();
}

QFuture<Result<BackupInfo>> StoreMaintenance::backUp() const
{
    return m_context.store().backUp();
}

QFuture<Result<IntegrityReport>> StoreMaintenance::checkIntegrity() const
{
    return m_context.store().checkIntegrity();
}

QFuture<Result<StoreMaintenance::Opened>> StoreMaintenance::restore(const QString &path) const
{
    return withCount(m_context.store().restore(path));
}

bool StoreMaintenance::isDamaged() const
{
    return m_context.store().state() == storage::StoreService::State::Damaged;
}

QString StoreMaintenance::problem() const
{
    return m_context.store().problem();
}

QString StoreMaintenance::path() const
{
    return m_context.store().path();
}

} // namespace tongban::services
