#include "demogenerator.h"

#include "democareer.h"
#include "democolleagues.h"
#include "demodeferredindexes.h"
#include "demoemployers.h"
#include "demofigures.h"
#include "demopagecache.h"
#include "demorandom.h"
#include "demorandompersons.h"
#include "demostorewriter.h"
#include "demosweepemployers.h"
#include "demotemporaryfile.h"
#include "storage/localstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace tongban::demo {

namespace {

/// Persons a transaction of generate(): each commit writes every page it touched to the log, so
/// fewer, larger transactions write the persons' index pages fewer times (a county: 100 persons
/// a transaction took 9 min 52 s, 1,000 took 4 min 41 s, the employer index deferred too 2 min 21 s).
constexpr int kBatchSize = 1000;
constexpr int kMaxPersons = 100000;
constexpr int kEmployers = 36; ///< employers of generate(), the colleagues' factory included
constexpr int kEmployerBatch = 1000; ///< employers a transaction of generateEmployers()
/// The sweep's own stream: the same employers whether or not generate() ran.
constexpr quint64 kSweepSeedMask = 0x5eedf00dULL;

} // namespace

DemoGenerator::DemoGenerator(std::shared_ptr<const policy::ParameterSet> parameters, quint64 seed)
    : m_parameters(std::move(parameters))
    , m_seed(seed)
{ }

Result<DemoGenerator::Summary> DemoGenerator::generate(storage::LocalStore &store, int persons) const
{
    if (persons < 2 || persons > kMaxPersons)
        return Error::badInput(
            QStringLiteral("persons"),
            tr("the number of persons must be between 2 and %1 (the two colleagues of the fixed cast are always included)")
                .arg(kMaxPersons));
    if (!m_parameters)
        return Error::missingFigure(QStringLiteral("parameters"), tr("no policy parameters were given"));
    const auto figures = DemoFigures::make(*m_parameters);
    if (!figures)
        return figures.error();
    const DemoCareer career(*figures);

    // One stream for everything below: the order of the draws is part of the content.
    DemoRandom random(m_seed);
    const DemoPageCache pageCache(store.database());
    DemoStoreWriter writer(store);

    // Employers: the colleagues' factory first, then more in Beijing and Jiangsu.
    DemoEmployers employers(random);
    const QString factoryId = DemoColleagues::addFactory(employers);
    employers.fillTo(kEmployers);
    for (const insured::Employer &e : employers.all())
        writer.add(e);

    const auto add = [&](DemoPerson person) -> Status {
        writer.add(std::move(person));
        if (writer.pendingPersons() >= kBatchSize)
            return writer.flush();
        return Done {};
    };
    for (DemoPerson &colleague : DemoColleagues::make(career, factoryId)) {
        if (const Status s = add(std::move(colleague)); !s)
            return s.error();
    }
    DemoRandomPersons randomPersons(random, career, employers, DemoColleagues::citizenIds());
    while (writer.summary().persons < persons) {
        auto person = randomPersons.next();
        if (!person)
            continue;
        if (const Status s = add(std::move(*person)); !s)
            return s.error();
    }
    if (const Status s = writer.flush(); !s)
        return s.error();
    return writer.summary();
}

Result<DemoGenerator::Summary> DemoGenerator::generateEmployers(storage::LocalStore &store, int count) const
{
    if (count < 1 || count > maxSweepEmployers())
        return Error::badInput(QStringLiteral("employers"),
                               tr("the number of employers must be between 1 and %1").arg(maxSweepEmployers()));
    if (!m_parameters)
        return Error::missingFigure(QStringLiteral("parameters"), tr("no policy parameters were given"));
    const auto rates = DemoSweepEmployers::ratesOf(*m_parameters);
    if (!rates)
        return rates.error();

    DemoRandom random(m_seed ^ kSweepSeedMask);
    DemoSweepEmployers sweepEmployers(random, *rates);
    DemoStoreWriter writer(store);
    const DemoPageCache pageCache(store.database());
    for (int index = 0; index < count; ++index) {
        DemoSweepEmployers::Entry entry = sweepEmployers.next(index);
        writer.add(std::move(entry.employer));
        for (DemoPerson &employee : entry.employees)
            writer.add(std::move(employee));
        if (writer.pendingEmployers() >= kEmployerBatch) {
            if (const Status s = writer.flush(); !s)
                return s.error();
        }
    }
    if (const Status s = writer.flush(); !s)
        return s.error();
    return writer.summary();
}

Result<DemoGenerator::Summary> DemoGenerator::writeNewFile(const QString &path, int persons, int sweepEmployers) const
{
    if (sweepEmployers < 0 || sweepEmployers > maxSweepEmployers())
        return Error::badInput(QStringLiteral("employers"),
                               tr("the number of employers must be between 0 and %1").arg(maxSweepEmployers()));
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error::badInput(QStringLiteral("out"), tr("no output file was given"));
    if (info.exists() || info.isSymLink())
        return Error::badInput(QStringLiteral("out"), tr("%1 already exists; a demo database is only written to a new file").arg(path));
    if (!info.absoluteDir().exists())
        return Error::badInput(QStringLiteral("out"), tr("the directory %1 does not exist").arg(info.absolutePath()));

    const DemoTemporaryFile temporary(path);
    Summary summary;
    {
        auto store = storage::LocalStore::open(temporary.path(), storage::LocalStore::OpenMode::CreateOrUpgrade);
        if (!store) {
            temporary.remove();
            return store.error();
        }
        // Closes the connection before the files go.
        const auto fail = [&](const Error &error) -> Result<Summary> {
            store.value().reset();
            temporary.remove();
            return error;
        };
        // The temporary file is thrown away on any failure, so its batches need not reach the disk
        // one by one (an fsync per batch was most of a county's generation time); the final
        // checkpoint below runs with full durability again before the file is renamed into place.
        // And with a page cache of 512 MiB, so that the scattered inserts into the employer index
        // of a county find their pages in memory instead of re-reading them from the disk.
        QSqlQuery pragmas(store.value()->database());
        for (const char *pragma : {"PRAGMA synchronous=OFF", "PRAGMA cache_size=-524288"}) {
            pragmas.exec(QLatin1String(pragma));
            pragmas.finish();
        }
        auto deferred = DemoDeferredIndexes::drop(store.value()->database());
        if (!deferred)
            return fail(deferred.error());
        const auto generated = generate(**store, persons);
        if (!generated)
            return fail(generated.error());
        summary = *generated;
        if (sweepEmployers > 0) {
            const auto added = generateEmployers(**store, sweepEmployers);
            if (!added)
                return fail(added.error());
            summary.persons += added->persons;
            summary.employers += added->employers;
            summary.contributionRecords += added->contributionRecords;
        }
        if (const Status rebuilt = deferred->rebuild(store.value()->database()); !rebuilt)
            return fail(rebuilt.error());
        for (const char *pragma : {"PRAGMA synchronous=FULL"}) {
            if (!pragmas.exec(QLatin1String(pragma)))
                return fail(storage::LocalStore::queryError(pragmas, tr("cannot finish the file")));
            pragmas.finish();
        }
        if (const Status s = (*store)->checkpoint(); !s)
            return fail(s.error());
    } // the connection is closed here: the log is folded into the file and removed
    if (const Status s = temporary.moveTo(path); !s)
        return s.error();
    return summary;
}

} // namespace tongban::demo
