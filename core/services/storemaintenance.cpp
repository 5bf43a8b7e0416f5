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
    // The count is queued by the thread that finished the opening (the store's writer), and
    // nobody waits for it. It used to be waited for on a thread of Qt's pool, which nothing ties
    // to the store's life: when the program ended while the store was opening, that thread
    // queued the count on a store already gone: a use after free, and a wait that never ended
    // (teststoremaintenance). The store stops its writer before its readers, so a count queued by
    // the writer still runs.
    return opened
        .then([store, clock](const Result<storage::OpenReport> &report) -> QFuture<Result<Opened>> {
            if (!report)
                return QtFuture::makeReadyFuture(Result<Opened>(report.error()));
            return store->read<qint64>([clock](QSqlDatabase db) { return storage::PersonRepository(db, clock).countPersons(); })
                .then([report = *report](const Result<qint64> &persons) -> Result<Opened> {
                    if (!persons)
                        return persons.error();
                    return Opened {report, *persons};
                });
        })
        .unwrap();
}

QFuture<Result<storage::OpenReport>> StoreMaintenance::open() const
{
    return m_context.store().open();
}

QFuture<Result<qint64>> StoreMaintenance::countPersons() const
{
    const Clock clock = m_context.clock();
    return m_context.store().read<qint64>([clock](QSqlDatabase db) { return storage::PersonRepository(db, clock).countPersons(); });
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
