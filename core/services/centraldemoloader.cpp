#include "centraldemoloader.h"

#include "central/centralaccounts.h"
#include "central/centralsession.h"
#include "central/servermigrations.h"
#include "central/syncserver.h"
#include "demo/demogenerator.h"
#include "storage/storeservice.h"
#include "sync/downrecords.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace tongban::services {

namespace {

constexpr int kBatch = 500; ///< records per load call: one server transaction each
constexpr int kHistoryColumnsStep = 7; ///< the server's step that stores histories in columns (resources/server/0007-history-columns.sql)

using Reader = std::function<Result<QList<sync::DownRecord>>(const QSqlDatabase &, qint64, int, qint64 &)>;

/// Reads every record of one entity from @p store with @p read, batch by batch, and loads each
/// batch office by office; @p offices collects the offices that received records.
Result<int> loadEntity(storage::StoreService &store, central::SyncServer &server, const QString &entity, const Reader &read,
                       QSet<QString> &knownOffices, central::CentralAccounts &accounts, CentralDemoSummary &summary,
                       const std::function<void(int)> &loaded)
{
    qint64 after = 0;
    int count = 0;
    for (;;) {
        qint64 last = after;
        auto batch = store.read<QList<sync::DownRecord>>([&read, after, &last](QSqlDatabase db) { return read(db, after, kBatch, last); })
                         .result();
        if (!batch)
            return batch.error();
        if (last == after)
            return count;
        after = last;
        QMap<QString, QList<central::SyncServer::LoadRecord>> byOffice;
        for (const sync::DownRecord &record : std::as_const(*batch))
            byOffice[record.officeCode].append(central::SyncServer::LoadRecord {record.recordId, record.payload, false});
        for (auto it = byOffice.cbegin(); it != byOffice.cend(); ++it) {
            if (!knownOffices.contains(it.key())) {
                auto added = accounts.addOffice(it.key(), CentralDemoLoader::tr("Social insurance office %1 (demo)").arg(it.key()));
                if (!added)
                    return added.error();
                knownOffices.insert(it.key());
                summary.officesAdded.append(it.key());
            }
            if (!summary.offices.contains(it.key()))
                summary.offices.append(it.key());
            if (auto done = server.load(it.key(), entity, it.value()); !done)
                return done.error();
        }
        count += int(batch->size());
        loaded(int(batch->size()));
    }
}

} // namespace

Status CentralDemoLoader::requireHistoryColumns(central::CentralSession &admin)
{
    // The histories go in the columns of server step 7; a server before it would hand them as
    // they are to devices of protocol 1, which read only its old form.
    const auto serverStep = central::ServerMigrations::currentVersion(admin);
    if (!serverStep)
        return serverStep.error();
    if (*serverStep < kHistoryColumnsStep)
        return Error::badInput(QStringLiteral("server"),
                               tr("the central server's schema is at step %1, and this program loads contribution histories in the form "
                                  "of step %2: bring the server up to date first (tongban-cli server-init)")
                                   .arg(*serverStep)
                                   .arg(kHistoryColumnsStep));
    return Done {};
}

Result<CentralDemoSummary> CentralDemoLoader::load(central::CentralSession &admin, std::shared_ptr<const policy::ParameterSet> parameters,
                                                   quint64 seed, int persons, int employers,
                                                   const std::function<void(qint64 done, qint64 total)> &progress)
{
    if (const Status s = requireHistoryColumns(admin); !s)
        return s.error();
    QTemporaryDir directory;
    if (!directory.isValid())
        return Error::storage(tr("no temporary directory for the demo data: %1").arg(directory.errorString()));
    const QString path = directory.filePath(QStringLiteral("demo.sqlite"));
    auto generated = demo::DemoGenerator(parameters, seed).writeNewFile(path, persons, employers);
    if (!generated)
        return generated.error();

    auto summary = loadFile(admin, path, progress);
    if (!summary)
        return summary.error();
    summary->employersWithoutRegion = generated->employers - summary->employers;
    return summary;
}

Result<CentralDemoSummary> CentralDemoLoader::loadFile(central::CentralSession &admin, const QString &path,
                                                       const std::function<void(qint64 done, qint64 total)> &progress)
{
    if (const Status s = requireHistoryColumns(admin); !s)
        return s.error();
    storage::StoreService::Options options;
    options.path = path;
    options.createIfMissing = false;
    storage::StoreService store(options, Clock::system());
    if (auto opened = store.open().result(); !opened)
        return opened.error();
    auto totals = store
                      .read<qint64>([](QSqlDatabase db) -> Result<qint64> {
                          QSqlQuery q(db);
                          if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM employer WHERE region IS NOT NULL)"
                                                     " + 2 * (SELECT count(*) FROM insured_person)"))
                              || !q.next())
                              return Error::storage(tr("cannot count the demo records: %1").arg(q.lastError().text()));
                          return q.value(0).toLongLong();
                      })
                      .result();
    if (!totals)
        return totals.error();

    central::CentralAccounts accounts(admin);
    auto offices = accounts.listOffices();
    if (!offices)
        return offices.error();
    QSet<QString> known;
    for (const central::Office &office : std::as_const(*offices))
        known.insert(office.code);

    CentralDemoSummary summary;
    const qint64 total = *totals;
    qint64 done = 0;
    const auto loaded = [&done, total, &progress](int n) {
        done += n;
        if (progress)
            progress(done, total);
    };
    central::SyncServer server(admin);
    // Employers first, then persons, then their histories, which name both.
    auto employersLoaded
        = loadEntity(store, server, QStringLiteral("employer"), &sync::DownRecords::employers, known, accounts, summary, loaded);
    if (!employersLoaded)
        return employersLoaded.error();
    summary.employers = *employersLoaded;
    auto personsLoaded
        = loadEntity(store, server, QStringLiteral("insured_person"), &sync::DownRecords::persons, known, accounts, summary, loaded);
    if (!personsLoaded)
        return personsLoaded.error();
    summary.persons = *personsLoaded;
    auto historiesLoaded = loadEntity(store, server, QStringLiteral("contribution_history"), &sync::DownRecords::histories, known, accounts,
                                      summary, loaded);
    if (!historiesLoaded)
        return historiesLoaded.error();
    summary.histories = *historiesLoaded;
    summary.offices.sort();
    return summary;
}

} // namespace tongban::services
