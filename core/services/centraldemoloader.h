#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

namespace tongban::policy {
class ParameterSet;
}

namespace tongban::central {
class CentralSession;
}

namespace tongban::services {

/// What a demo load put in the central store.
struct CentralDemoSummary
{
    int persons = 0;
    int employers = 0;
    int histories = 0; ///< persons with at least one month
    int employersWithoutRegion = 0; ///< left out: no office to belong to
    QStringList officesAdded; ///< codes of the offices made for the load
    QStringList offices; ///< codes of every office that received records
};

/// `tongban-cli demo-db --server` (docs/cli.md): the same deterministic demo data as a local demo
/// file (demo::DemoGenerator, same seed, same persons), loaded into the central store instead, so
/// that a first download has something to download. The data is generated into a temporary file
/// first, then read back as the protocol's payloads (sync::DownRecords) and loaded office by office
/// (central::SyncServer::load, which versions and change-logs each record like any other change).
/// Each person and employer belongs to the office of its county code; an office that does not
/// exist is added (named after its code, marked as a demo).
class CentralDemoLoader
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::CentralDemoLoader)

public:
    /// Loads @p persons persons and @p employers sweep employers of seed @p seed (the ranges of
    /// DemoGenerator::writeNewFile) through @p admin, the administrator's session; @p progress
    /// (may be empty) gets the records loaded so far and the total. Errors: BadInput "persons",
    /// "employers" (out of range), "server" (a server before step 7, see loadFile()); Forbidden when
    /// @p admin is no administrator; Unavailable; Storage
    /// (the temporary file). A failure part-way leaves the records of the batches already loaded
    /// (each batch is one transaction; loading again upserts the same records, never doubles them).
    static Result<CentralDemoSummary> load(central::CentralSession &admin, std::shared_ptr<const policy::ParameterSet> parameters,
                                           quint64 seed, int persons, int employers,
                                           const std::function<void(qint64 done, qint64 total)> &progress = {});

    /// Loads the persons, employers and histories of @p path, a local file DemoGenerator wrote
    /// (or any local file: its down entities), through @p admin, as load() does after generating;
    /// summary.employersWithoutRegion is left 0 (the caller knows how many employers it made).
    /// For the benchmarks, which load the county file they keep (bench/benchdownload.cpp).
    /// Errors: as load(); NotFound "path" when the file does not exist; BadInput "server" when the
    /// server's schema is before step 7 (which stores histories in the columns this program sends:
    /// run server-init first).
    static Result<CentralDemoSummary> loadFile(central::CentralSession &admin, const QString &path,
                                               const std::function<void(qint64 done, qint64 total)> &progress = {});

private:
    /// Done when the server of @p admin stores histories in columns (step 7 or later); else
    /// BadInput "server" saying to run server-init.
    static Status requireHistoryColumns(central::CentralSession &admin);
};

} // namespace tongban::services
