#pragma once

#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace tongban::storage {
class StoreService;
}

namespace tongban::central {
class SyncServer;
}

namespace tongban::services {

/// Where a round is, for a progress bar: the stage and, where known, how far of how much.
struct SyncProgress
{
    enum class Stage {
        Enrolling, ///< the handshake: the device, its office, the epoch
        Pushing, ///< sending the outbox in batches; done/total are operations
        Pulling, ///< applying the server's changes page by page; done/total are records (total 0: unknown)
        Checking, ///< the first download's counts, compared with the server's
    };
    Stage stage = Stage::Enrolling;
    qint64 done = 0;
    qint64 total = 0;
};

/// What one round did: the figures of `tongban-cli sync` (docs/cli.md) and whether it went to the
/// end.
struct SyncReport
{
    int pushed = 0; ///< operations the server applied in this round
    int duplicates = 0; ///< operations the server had applied before (a replay after a lost acknowledgement)
    int conflicts = 0; ///< operations refused because another device changed the record first: kept for a person
    int rejected = 0; ///< operations the server refused (a code and a message): kept for a person
    int pulled = 0; ///< changes of the server applied to the local file
    qint64 pending = 0; ///< operations still in the outbox after the round
    QString cursor; ///< the pull cursor after the round (opaque)
    QString officeCode; ///< the office the file belongs to
    bool firstDownload = false; ///< this round downloaded the office (or resumed that download)
    bool complete = false; ///< the file holds the whole office: the first download's counts matched
    bool resynced = false; ///< the server asked for a full re-sync (another epoch): done in this round
    bool cancelled = false; ///< stopped by the caller between two batches or pages; a rerun resumes
    /// Parameter editions received in this round ("regions/110000.json 2026-12-01"): the program
    /// computes with them from its next start.
    QStringList parameterEditions;
    /// Why the server's newest parameter editions were not taken (they do not load with this
    /// program's data); empty when they were, or when there was nothing new. The round itself
    /// still succeeds: a bad publication must not stop the visits going up.
    QString parameterProblem;
};

/// SyncRound's test seams: called at the named points (the failure tests of tests/core/testsyncfailures
/// kill the process or drop the connection there).
struct SyncRoundHooks
{
    std::function<void()> afterPushBeforeAcknowledge; ///< the server has applied a batch; its results are not stored yet
    std::function<void(int changeIndex)> whileApplyingPage; ///< inside the page's local transaction, after each change
};

/// How a SyncRound runs.
struct SyncRoundOptions
{
    int pushBatch = 200; ///< operations per push (bounded, so a batch never outgrows a request)
    int pullPage = 1000; ///< changes per page
    /// Months of contribution histories read from a page after which they are handed to the
    /// writer ahead of the page's rest, when the writer is idle (about 200 histories, a fifth of a
    /// second of writing: worth a transaction of its own).
    qint64 batchMonths = 50000;
    const std::atomic<bool> *cancel = nullptr; ///< checked between batches and pages
    std::function<void(const SyncProgress &)> progress; ///< called on the round's thread
    SyncRoundHooks hooks;
};

/// One round of sync of a local file with the central store (issue 13; the protocol of
/// docs/sync.md, after ../shared/reference/sync-design.md part (a)): the handshake, the outbox
/// pushed in batches (each batch's results acknowledged in one local transaction), then the
/// server's changes pulled page by page until none is left, read while the writer stores the ones
/// before them: each page is applied with its cursor in one local transaction, except that a
/// page's first contribution histories (each change of protocol 2 carries the cursor after it) are
/// stored ahead of its rest, with their own cursor, once they are worth a transaction and the
/// writer is idle; a batch is stored only if the file's cursor is the one it continues. On a
/// file that has never finished its first download, the office's record counts are compared with
/// the server's after the last page, and a mismatch makes the download start again from the
/// beginning once before it is reported. A first download into a file without contribution records
/// sets their employer index aside and builds it once the download is complete
/// (storage::ContributionIndex), before the file is marked complete.
///
/// Synchronous: run it on a worker thread (services::SyncService does, the CLI runs it on its
/// own). It waits for the store's writer and readers, which run on their own threads. Nothing
/// is lost whatever stops it: an operation leaves the outbox only when the server's result is
/// stored, a page is applied only with its cursor, so a rerun resumes where the last committed
/// step ended (a replayed operation is answered as a duplicate).
class SyncRound
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::SyncRound)

public:
    /// A round of @p store's file with @p server (a clerk's connection), "now" from @p clock.
    SyncRound(storage::StoreService &store, central::SyncServer &server, Clock clock, SyncRoundOptions options = SyncRoundOptions());
    using Options = SyncRoundOptions;
    using Hooks = SyncRoundHooks;

    /// Runs the round. Errors (nothing committed is undone, a rerun resumes):
    /// - Unavailable: the server could not be reached or the connection was lost;
    /// - BadInput "schema": this program is older than the server accepts (upgrade it; the
    ///   outbox and the cursor are kept);
    /// - Forbidden "office": the file belongs to another office than the signed-in clerk's;
    ///   Forbidden "device": the server refuses this device (a copied file or image);
    /// - Storage: the local file failed (damaged: sync is refused until it is restored);
    /// - BadInput "counts": the first download's counts still differ from the server's after a
    ///   second full download (the message names the entity and both counts).
    Result<SyncReport> run();

private:
    Status enrol();
    Status push();
    Status pull(bool mustFinishDownload);
    Status checkCounts(bool &matched);
    Status receiveParameterEditions();
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    void report(SyncProgress::Stage stage, qint64 done, qint64 total) const;

    storage::StoreService &m_store;
    central::SyncServer &m_server;
    Clock m_clock;
    SyncRoundOptions m_options;
    QString m_deviceId;
    SyncReport m_report;
    QString m_countsProblem; ///< the last count check's differences, in words
};

} // namespace tongban::services
