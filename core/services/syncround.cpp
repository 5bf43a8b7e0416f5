#include "syncround.h"

#include "audit/auditlog.h"
#include "central/syncserver.h"
#include "storage/contributionindex.h"
#include "storage/localstore.h"
#include "storage/migrations.h"
#include "storage/storeservice.h"
#include "sync/outbox.h"
#include "sync/pageapplier.h"
#include "sync/parametereditionstore.h"
#include "sync/synccounts.h"
#include "sync/syncstaterepository.h"

#include <QJsonArray>

#include <algorithm>
#include <deque>
#include <utility>

namespace tongban::services {

namespace {

template<typename T> Result<T> await(QFuture<Result<T>> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

SyncRound::SyncRound(storage::StoreService &store, central::SyncServer &server, Clock clock, SyncRoundOptions options)
    : m_store(store)
    , m_server(server)
    , m_clock(std::move(clock))
    , m_options(std::move(options))
{ }

Result<SyncReport> SyncRound::run()
{
    m_report = {};
    auto before = await(m_store.read<sync::OutboxStatus>([](QSqlDatabase db) { return sync::Outbox::status(db); }));
    if (!before)
        return before.error();
    const int conflictsBefore = before->openConflicts;
    if (auto enrolled = enrol(); !enrolled)
        return enrolled.error();
    if (auto pushed = push(); !pushed)
        return pushed.error();
    if (m_report.cancelled)
        return m_report;

    auto state = await(m_store.read<sync::SyncState>([](QSqlDatabase db) { return sync::SyncStateRepository::read(db); }));
    if (!state)
        return state.error();
    m_report.firstDownload = !state->firstDownloadComplete;
    if (m_report.firstDownload) {
        // An empty file fills faster without the contribution records' employer index, which is
        // built once the download is complete (storage::ContributionIndex).
        auto setAside = await(m_store.write<bool>([](QSqlDatabase db) { return storage::ContributionIndex::setAsideWhileEmpty(db); }));
        if (!setAside)
            return setAside.error();
    }
    if (auto pulled = pull(m_report.firstDownload); !pulled)
        return pulled.error();
    if (m_report.cancelled)
        return m_report;

    if (m_report.firstDownload) {
        bool matched = false;
        if (auto checked = checkCounts(matched); !checked)
            return checked.error();
        if (!matched) {
            // Changes committed on the server after the last page (another window's work): catch up
            // and count again before doubting the download.
            if (auto pulled = pull(false); !pulled)
                return pulled.error();
            if (m_report.cancelled)
                return m_report;
            if (auto checked = checkCounts(matched); !checked)
                return checked.error();
        }
        if (!matched) {
            // A page lost or a record removed behind the protocol's back: download the office again
            // from the start (pages are upserts, so what is already here is overwritten, not doubled).
            auto reset = await(m_store.write<Done>([](QSqlDatabase db) -> Status {
                if (auto cleared = sync::SyncStateRepository::resetCursor(db); !cleared)
                    return cleared;
                return sync::SyncStateRepository::setFirstDownloadComplete(db, false);
            }));
            if (!reset)
                return reset.error();
            if (auto pulled = pull(true); !pulled)
                return pulled.error();
            if (m_report.cancelled)
                return m_report;
            if (auto checked = checkCounts(matched); !checked)
                return checked.error();
            if (!matched)
                return Error::badInput(QStringLiteral("counts"), m_countsProblem);
        }
        auto marked = await(m_store.write<Done>([](QSqlDatabase db) -> Status {
            if (const Status built = storage::ContributionIndex::build(db); !built)
                return built;
            if (const Status set = sync::SyncStateRepository::setFirstDownloadComplete(db, true); !set)
                return set;
            // The download's pages put off copying the write-ahead log into the file: done now, so
            // that the complete file is the file (a reader still busy leaves the rest to the next
            // commits).
            const auto copied = storage::LocalStore::checkpointWhenFree(db);
            return copied ? Status(Done {}) : Status(copied.error());
        }));
        if (!marked)
            return marked.error();
    }
    m_report.complete = true;
    if (auto received = receiveParameterEditions(); !received)
        return received.error();

    auto status = await(m_store.read<sync::OutboxStatus>([](QSqlDatabase db) { return sync::Outbox::status(db); }));
    if (!status)
        return status.error();
    m_report.pending = status->pending;
    // The conflicts this round found: each record once, whether its push or its pull found it.
    m_report.conflicts = qMax(0, status->openConflicts - conflictsBefore);
    const QDateTime finished = m_clock.nowUtc();
    auto marked = await(m_store.write<Done>([finished](QSqlDatabase db) -> Status {
        if (auto pushed = sync::SyncStateRepository::setLastPush(db, finished); !pushed)
            return pushed;
        return sync::SyncStateRepository::setLastError(db, QString());
    }));
    if (!marked)
        return marked.error();
    return m_report;
}

Status SyncRound::enrol()
{
    report(SyncProgress::Stage::Enrolling, 0, 0);
    auto device = await(m_store.read<QString>([](QSqlDatabase db) { return audit::AuditLog::deviceId(db); }));
    if (!device)
        return device.error();
    m_deviceId = *device;
    auto state = await(m_store.read<sync::SyncState>([](QSqlDatabase db) { return sync::SyncStateRepository::read(db); }));
    if (!state)
        return state.error();
    auto enrolment = m_server.enrol(m_deviceId, state->installNonce);
    if (!enrolment)
        return enrolment.error();
    if (!state->officeCode.isEmpty() && state->officeCode != enrolment->officeCode)
        return Error::forbidden(QStringLiteral("office"),
                                tr("this file belongs to office %1, and the signed-in clerk works for office %2 (%3): sync it with a "
                                   "clerk of office %1, or start a new file for office %2")
                                    .arg(state->officeCode, enrolment->officeCode, enrolment->officeName));
    m_report.officeCode = enrolment->officeCode;
    const QString office = enrolment->officeCode;
    const QString carryKey = enrolment->carryKey;
    auto bound = await(m_store.write<Done>([office, carryKey](QSqlDatabase db) -> Status {
        if (auto set = sync::SyncStateRepository::setOffice(db, office); !set)
            return set;
        return sync::SyncStateRepository::setCarryKey(db, carryKey);
    }));
    if (!bound)
        return bound.error();
    return Done {};
}

Status SyncRound::push()
{
    auto before = await(m_store.read<sync::OutboxStatus>([](QSqlDatabase db) { return sync::Outbox::status(db); }));
    if (!before)
        return before.error();
    const qint64 total = before->pending;
    qint64 done = 0;
    const int batch = m_options.pushBatch;
    const QDateTime now = m_clock.nowUtc();
    for (;;) {
        report(SyncProgress::Stage::Pushing, done, total);
        if (cancelled()) {
            m_report.cancelled = true;
            return Done {};
        }
        auto ops = await(m_store.read<QList<sync::OutboxOp>>([batch](QSqlDatabase db) { return sync::Outbox::pending(db, batch); }));
        if (!ops)
            return ops.error();
        if (ops->isEmpty())
            return Done {};
        auto results = m_server.push(m_deviceId, storage::Migrations::latestVersion(), *ops);
        if (!results)
            return results.error();
        if (m_options.hooks.afterPushBeforeAcknowledge)
            m_options.hooks.afterPushBeforeAcknowledge();
        const QList<sync::OutboxOp> sent = *ops;
        const QList<sync::OpResult> answered = *results;
        auto acknowledged = await(
            m_store.write<Done>([sent, answered, now](QSqlDatabase db) { return sync::Outbox::acknowledge(db, sent, answered, now); }));
        if (!acknowledged)
            return acknowledged.error();
        for (const sync::OpResult &result : answered) {
            switch (result.outcome) {
            case sync::OpResult::Outcome::Applied:
                ++m_report.pushed;
                break;
            case sync::OpResult::Outcome::Duplicate:
                ++m_report.duplicates;
                break;
            case sync::OpResult::Outcome::Conflict:
                break; // counted once per record at the end of the round (a push and a pull may both find it)
            case sync::OpResult::Outcome::Rejected:
                ++m_report.rejected;
                break;
            }
        }
        done += sent.size();
    }
}

Status SyncRound::pull(bool mustFinishDownload)
{
    qint64 total = 0;
    if (mustFinishDownload) {
        auto counts = m_server.counts();
        if (!counts)
            return counts.error();
        for (const qint64 count : std::as_const(*counts))
            total += count;
    }
    const int limit = m_options.pullPage;
    const QString device = m_deviceId;
    const QDateTime now = m_clock.nowUtc();
    const auto hook = m_options.hooks.whileApplyingPage;
    qint64 done = 0;
    auto state = await(m_store.read<sync::SyncState>([](QSqlDatabase db) { return sync::SyncStateRepository::read(db); }));
    if (!state)
        return state.error();
    // The changes are read from the server while the writer stores the ones before them: a page
    // is handed to the writer as soon as it has been read, and the next one is read meanwhile; a
    // page's first changes are handed over before the rest when they are worth a transaction of
    // their own and the writer has nothing else to do (a page of 1,000 histories is seconds of
    // reading and seconds of writing). Each batch is stored in one transaction with the cursor
    // after its last change, and only if the file's cursor is the one it continues, so a batch
    // after a failed one stores nothing. At most two batches wait for the writer.
    struct Batch
    {
        QFuture<Result<sync::ApplyReport>> applying;
        qsizetype changes = 0;
    };
    std::deque<Batch> writing;
    QString read = state->cursor; // the cursor after the last change read
    QString handed = read; // the cursor after the last change handed to the writer
    sync::PullPage buffer; // changes read, not yet handed over
    qint64 bufferMonths = 0;
    bool bufferDownOnly = true; // persons, employers, histories only: a batch of them refers to no row of the page after it
    const auto settleOldest = [&]() -> Status {
        const Batch batch = std::move(writing.front());
        writing.pop_front();
        auto applied = await(batch.applying);
        if (!applied)
            return applied.error();
        if (applied->stale)
            return Error::unavailable(tr("the local file's pull cursor moved while changes were stored; sync again"));
        m_report.pulled += applied->applied;
        done += batch.changes;
        report(SyncProgress::Stage::Pulling, done, total);
        return Done {};
    };
    // Waits for every batch; the first failure is the answer (the batches after it stored nothing).
    const auto settleAll = [&]() -> Status {
        Status first = Done {};
        while (!writing.empty()) {
            if (const Status s = settleOldest(); !s && first)
                first = s;
        }
        return first;
    };
    const auto handOver = [&](const QString &cursor) -> Status {
        while (writing.size() >= 2) {
            if (const Status s = settleOldest(); !s)
                return s;
        }
        sync::PullPage batch = std::move(buffer);
        batch.cursor = cursor;
        batch.more = true;
        buffer = sync::PullPage();
        buffer.epoch = batch.epoch;
        bufferMonths = 0;
        bufferDownOnly = true;
        const QString from = std::exchange(handed, cursor);
        const qsizetype changes = batch.changes.size();
        writing.push_back({m_store.write<sync::ApplyReport>([batch, from, device, now, hook](QSqlDatabase db) {
                               return sync::PageApplier::apply(db, batch, from, device, now, hook);
                           }),
                           changes});
        return Done {};
    };
    const auto receive = [&](sync::Change &&change, qint64 epoch) -> Status {
        while (!writing.empty() && writing.front().applying.isFinished()) {
            if (const Status s = settleOldest(); !s)
                return s;
        }
        buffer.epoch = epoch;
        const bool history = change.entity == QLatin1String("contribution_history");
        bufferMonths += history ? change.payload.value(QLatin1String("month")).toArray().size() : 0;
        bufferDownOnly = bufferDownOnly && sync::SyncEntities::down().contains(change.entity);
        const QString cursor = change.cursor;
        buffer.changes.append(std::move(change));
        if (history && bufferDownOnly && !cursor.isEmpty() && bufferMonths >= m_options.batchMonths && writing.empty())
            return handOver(cursor);
        return Done {};
    };
    for (;;) {
        report(SyncProgress::Stage::Pulling, done, total);
        if (cancelled()) {
            m_report.cancelled = true;
            return settleAll();
        }
        auto end = m_server.pull(m_deviceId, storage::Migrations::latestVersion(), read, limit, receive);
        if (!end) {
            const Status settled = settleAll(); // what was handed over is stored; a batch's failure comes first
            return settled ? Status(end.error()) : settled;
        }
        if (end->mustResync) {
            // The server was restored or failed over (another epoch, sync-design B3): what it lost
            // of this device's work goes up again, then the whole office comes down again from the
            // start of the new epoch (the page stores the epoch and resets the cursor).
            if (const Status s = settleAll(); !s)
                return s;
            if (m_report.resynced)
                return Error::unavailable(tr("the server asked twice in one round for a full re-sync; try again later"));
            m_report.resynced = true;
            const sync::PullPage resync = *end;
            auto reset = await(m_store.write<sync::ApplyReport>(
                [resync, device, now](QSqlDatabase db) { return sync::PageApplier::apply(db, resync, device, now); }));
            if (!reset)
                return reset.error();
            auto requeued = await(m_store.write<int>([device](QSqlDatabase db) { return sync::Outbox::requeueOwnRecords(db, device); }));
            if (!requeued)
                return requeued.error();
            if (auto pushed = push(); !pushed)
                return pushed.error();
            if (m_report.cancelled)
                return Done {};
            read.clear();
            handed.clear();
            buffer = sync::PullPage();
            total = 0;
            done = 0;
            continue;
        }
        // The rest of the page, or the page without changes (it stores the epoch and the time of
        // the pull).
        const bool handedAll = buffer.changes.isEmpty() && handed == end->cursor && !end->cursor.isEmpty() && handed != read;
        if (!end->cursor.isEmpty())
            read = end->cursor;
        buffer.epoch = end->epoch;
        if (!handedAll) {
            if (const Status s = handOver(read); !s) {
                const Status settled = settleAll();
                return settled ? s : settled;
            }
        }
        m_report.cursor = read;
        if (!end->more)
            return settleAll();
    }
}

Status SyncRound::receiveParameterEditions()
{
    auto offered = m_server.parameterEditions();
    if (!offered)
        return offered.error();
    auto held
        = await(m_store.read<QList<policy::ParameterFileEdition>>([](QSqlDatabase db) { return sync::ParameterEditionStore::held(db); }));
    if (!held)
        return held.error();
    QHash<QString, QString> heldDigests;
    for (const policy::ParameterFileEdition &e : std::as_const(*held))
        heldDigests.insert(e.file, sync::ParameterEditionStore::digestOf(e.content));
    QList<policy::ParameterFileEdition> fresh;
    for (const central::SyncServer::ParameterEdition &offer : std::as_const(*offered)) {
        if (heldDigests.value(offer.file) == offer.digest)
            continue;
        if (sync::ParameterEditionStore::digestOf(offer.content) != offer.digest)
            return Error::unavailable(tr("the parameter edition %1 of %2 arrived damaged (its bytes do not match the server's digest): "
                                         "sync again")
                                          .arg(offer.edition, offer.file));
        fresh << policy::ParameterFileEdition {offer.file, offer.edition, offer.content};
    }
    if (fresh.isEmpty())
        return Done {};
    // What the program would compute with at its next start: the held editions with the fresh
    // ones in place of their files, over the program's own data. Stored only when that loads.
    QList<policy::ParameterFileEdition> combined = fresh;
    for (const policy::ParameterFileEdition &e : std::as_const(*held)) {
        if (std::none_of(fresh.cbegin(), fresh.cend(), [&e](const policy::ParameterFileEdition &f) { return f.file == e.file; }))
            combined << e;
    }
    if (const auto loaded = policy::ParameterEditions::loadBuiltInWith(combined); !loaded) {
        m_report.parameterProblem = tr("the central store's parameter editions were not taken, since they do not load with this "
                                       "program's data (%1): the figures in use stay as they were; tell the administrator")
                                        .arg(loaded.error().message);
        return Done {};
    }
    const QDateTime now = m_clock.nowUtc();
    auto stored = await(m_store.write<Done>([fresh, now](QSqlDatabase db) { return sync::ParameterEditionStore::store(db, fresh, now); }));
    if (!stored)
        return stored.error();
    for (const policy::ParameterFileEdition &e : std::as_const(fresh))
        m_report.parameterEditions << e.file + u' ' + e.edition;
    return Done {};
}

Status SyncRound::checkCounts(bool &matched)
{
    report(SyncProgress::Stage::Checking, 0, 0);
    auto server = m_server.counts();
    if (!server)
        return server.error();
    auto local = await(m_store.read<QHash<QString, qint64>>([](QSqlDatabase db) { return sync::SyncCounts::local(db); }));
    if (!local)
        return local.error();
    QStringList differences;
    QStringList entities = server->keys() + local->keys();
    entities.removeDuplicates();
    entities.sort();
    for (const QString &entity : std::as_const(entities)) {
        const qint64 there = server->value(entity);
        const qint64 here = local->value(entity);
        if (there != here)
            differences << tr("%1: %2 on the server, %3 here").arg(entity).arg(there).arg(here);
    }
    matched = differences.isEmpty();
    m_countsProblem = tr("the first download does not hold what the server holds (%1); sync again, and if it stays so, call the "
                         "back office")
                          .arg(differences.join(QStringLiteral("; ")));
    return Done {};
}

void SyncRound::report(SyncProgress::Stage stage, qint64 done, qint64 total) const
{
    if (m_options.progress)
        m_options.progress(SyncProgress {stage, done, total});
}

} // namespace tongban::services
