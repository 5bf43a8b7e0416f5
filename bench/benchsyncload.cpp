// Many windows syncing at once against one server (issue 14, point 4; docs/scaling.md):
// TONGBAN_BENCH_CLIENTS clients (default 50; threads, each with its own local file, its own
// device, its own clerk and connection), spread over five offices, each opening
// TONGBAN_BENCH_CLIENT_OPS visits (default 400) and then running one real sync round
// (services::SyncRound: push in batches, then pull of its office's changes) at the same moment.
// The same with one client alone, for comparison.
//
// Prints the server's throughput (ops pushed per second of wall time, all clients together), the
// p50/p99 of one push batch as a client sees it (reading the batch from the outbox and
// tongban.sync_push) and of a whole round. Fails when an op is not applied.

#include "benchcentral.h"

#include "storage/migrations.h"
#include "sync/syncprotocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <latch>
#include <mutex>
#include <thread>
#include <vector>

using namespace tongban;
using namespace tongban::bench;

namespace {

struct RunFigures
{
    Samples batches; ///< one push batch (outbox read + sync_push), ns
    Samples rounds; ///< one client's whole round, ns
    qint64 wallNs = 0;
    qint64 pushedNs = 0; ///< from the start to the last client's last push batch
    qint64 ops = 0;
    qint64 pulled = 0; ///< changes pulled by all clients together
    qint64 refused = 0; ///< rounds or pushes that failed (the server refused: counted, not fatal)
    QString firstRefusal;
};

/// Counts a failed round or push in @p figures (under the caller's lock).
void refusal(RunFigures &figures, const Error &error)
{
    ++figures.refused;
    if (figures.firstRefusal.isEmpty())
        figures.firstRefusal = error.message.left(160);
}

/// One client: its file downloaded first (not timed), its visits opened, then — when every client
/// is ready — one timed round.
void client(BenchServer &server, const QString &login, const QString &path, int ops, std::latch &ready, std::latch &go,
            const QElapsedTimer &wall, RunFigures &figures, std::mutex &mutex)
{
    removeLocal(path);
    auto session = server.connectAs(login);
    auto store = openLocal(path);
    central::SyncServer syncServer(*session);
    valueOrFail(services::SyncRound(*store, syncServer, Clock::system()).run(), "a client's first round");
    valueOrFail(store
                    ->write<Done>([login, ops](QSqlDatabase db) -> Status {
                        QSqlQuery q(db);
                        q.prepare(QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, status)"
                                                 " VALUES (?, ?, NULL, ?, '2026-12-03T09:00:00.000Z', 'open')"));
                        for (int i = 0; i < ops; ++i) {
                            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                            q.addBindValue(QStringLiteral("C%1").arg(i, 5, 10, QLatin1Char('0')));
                            q.addBindValue(login);
                            if (!q.exec())
                                return Error::storage(q.lastError().text());
                        }
                        return Done {};
                    })
                    .result(),
                "opening the visits");
    QElapsedTimer batchTimer;
    QList<qint64> batches;
    qint64 pushedAt = 0;
    services::SyncRoundOptions options;
    options.progress = [&batchTimer, &pushedAt, &wall](const services::SyncProgress &p) {
        if (p.stage == services::SyncProgress::Stage::Pushing)
            batchTimer.start();
        else if (p.stage == services::SyncProgress::Stage::Pulling && pushedAt == 0)
            pushedAt = wall.nsecsElapsed();
    };
    options.hooks.afterPushBeforeAcknowledge = [&batchTimer, &batches] { batches.append(batchTimer.nsecsElapsed()); };
    ready.count_down();
    go.wait();
    QElapsedTimer round;
    round.start();
    const auto result = services::SyncRound(*store, syncServer, Clock::system(), options).run();
    const qint64 roundNs = round.nsecsElapsed();
    std::lock_guard lock(mutex);
    if (!result) {
        refusal(figures, result.error());
        return;
    }
    const services::SyncReport &report = *result;
    if (report.pushed != ops || report.pending != 0)
        fail(QStringLiteral("%1 pushed %2 of %3 ops").arg(login).arg(report.pushed).arg(ops));
    for (const qint64 ns : std::as_const(batches))
        figures.batches.add(ns);
    figures.rounds.add(roundNs);
    figures.ops += report.pushed;
    figures.pulled += report.pulled;
    figures.pushedNs = std::max(figures.pushedNs, pushedAt);
}

RunFigures run(BenchServer &server, const QStringList &logins, int ops, const QString &tag)
{
    RunFigures figures;
    std::mutex mutex;
    const auto count = std::ptrdiff_t(logins.size());
    std::latch ready(count);
    std::latch go(1);
    std::vector<std::thread> threads;
    threads.reserve(size_t(count));
    QElapsedTimer wall;
    for (qsizetype i = 0; i < logins.size(); ++i) {
        const QString path = QDir(workDirectory()).filePath(QStringLiteral("load-%1-%2.sqlite").arg(tag).arg(i));
        threads.emplace_back(client, std::ref(server), logins.at(i), path, ops, std::ref(ready), std::ref(go), std::cref(wall),
                             std::ref(figures), std::ref(mutex));
    }
    ready.wait();
    wall.start();
    go.count_down();
    for (std::thread &t : threads)
        t.join();
    figures.wallNs = wall.nsecsElapsed();
    return figures;
}

void print(const char *what, int clients, int ops, const RunFigures &f)
{
    std::printf("SYNCLOAD %-10s %3d clients x %4d ops: pushed %lld ops in %.2f s = %.0f ops/s | push batch p50 %.1f ms p99 %.1f ms"
                " (n=%lld) | rounds (pull of the office's changes included: %lld) end after %.2f s, round p50 %.1f ms p99 %.1f ms\n",
                what, clients, ops, f.ops, double(f.pushedNs) / 1e9, double(f.ops) / (double(f.pushedNs) / 1e9),
                milliseconds(f.batches.percentile(50)), milliseconds(f.batches.percentile(99)), qint64(f.batches.count()), f.pulled,
                double(f.wallNs) / 1e9, milliseconds(f.rounds.percentile(50)), milliseconds(f.rounds.percentile(99)));
    if (f.refused > 0)
        std::printf("REFUSED %-8s %lld rounds failed; the first: %s\n", what, f.refused, qPrintable(f.firstRefusal));
    std::fflush(stdout);
}

/// The server alone: @p logins.size() threads, each a device of its own that pushes @p ops visits
/// in batches of 200 straight through central::SyncServer::push (no local file: the clients' own
/// work, which on this 2-core machine competes with the server, is left out). Returns the time
/// of each sync_push call and the wall time.
RunFigures serverOnly(BenchServer &server, const QStringList &logins, int ops)
{
    RunFigures figures;
    std::mutex mutex;
    std::latch ready(std::ptrdiff_t(logins.size()));
    std::latch go(1);
    std::vector<std::thread> threads;
    for (const QString &login : logins) {
        threads.emplace_back([&server, &figures, &mutex, &ready, &go, login, ops] {
            auto session = server.connectAs(login);
            central::SyncServer syncServer(*session);
            const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
            valueOrFail(syncServer.enrol(device, QStringLiteral("nonce-") + device), "enrolling a device");
            QList<QList<sync::OutboxOp>> batches;
            for (int i = 0; i < ops; ++i) {
                if (i % 200 == 0)
                    batches.append(QList<sync::OutboxOp>());
                sync::OutboxOp op;
                op.clientSeq = i + 1;
                op.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                op.entity = QStringLiteral("visit_session");
                op.recordId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                op.payload = QJsonObject {{QStringLiteral("id"), op.recordId},
                                          {QStringLiteral("queue_number"), QStringLiteral("S%1").arg(i, 5, 10, QLatin1Char('0'))},
                                          {QStringLiteral("person_id"), QJsonValue::Null},
                                          {QStringLiteral("clerk"), login},
                                          {QStringLiteral("opened_at"), QStringLiteral("2026-12-03T09:00:00.000Z")},
                                          {QStringLiteral("status"), QStringLiteral("open")}};
                op.clerk = login;
                op.deviceTime = QStringLiteral("2026-12-03T09:00:00.000Z");
                batches.last().append(op);
            }
            QList<qint64> times;
            qint64 applied = 0;
            QList<Error> errors;
            ready.count_down();
            go.wait();
            QElapsedTimer timer;
            for (const auto &batch : std::as_const(batches)) {
                timer.start();
                const auto results = syncServer.push(device, storage::Migrations::latestVersion(), batch);
                times.append(timer.nsecsElapsed());
                if (!results) {
                    errors.append(results.error());
                    continue;
                }
                for (const sync::OpResult &r : *results)
                    applied += r.outcome == sync::OpResult::Outcome::Applied ? 1 : 0;
            }
            std::lock_guard lock(mutex);
            for (const Error &e : std::as_const(errors))
                refusal(figures, e);
            for (const qint64 t : std::as_const(times))
                figures.batches.add(t);
            figures.ops += applied;
        });
    }
    ready.wait();
    QElapsedTimer wall;
    wall.start();
    go.count_down();
    for (std::thread &t : threads)
        t.join();
    figures.wallNs = wall.nsecsElapsed();
    figures.pushedNs = figures.wallNs;
    return figures;
}

void printServerOnly(const char *what, int clients, int ops, const RunFigures &f)
{
    std::printf("SERVERPUSH %-8s %3d devices x %4d ops: %lld ops applied in %.2f s = %.0f ops/s | sync_push of 200 ops p50 %.1f ms"
                " p99 %.1f ms (n=%lld)\n",
                what, clients, ops, f.ops, double(f.wallNs) / 1e9, double(f.ops) / (double(f.wallNs) / 1e9),
                milliseconds(f.batches.percentile(50)), milliseconds(f.batches.percentile(99)), qint64(f.batches.count()));
    if (f.refused > 0)
        std::printf("REFUSED %-8s %lld pushes failed; the first: %s\n", what, f.refused, qPrintable(f.firstRefusal));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    requireServerOrExit("benchsyncload");
    const int clients = int(environmentNumber("TONGBAN_BENCH_CLIENTS", 50));
    const int ops = int(environmentNumber("TONGBAN_BENCH_CLIENT_OPS", 400));
    constexpr int kOffices = 5;

    BenchServer server;
    QStringList offices;
    for (int i = 1; i <= kOffices; ++i) {
        offices << QStringLiteral("9900%1").arg(i, 2, 10, QLatin1Char('0'));
        server.ensureOffice(offices.last());
    }
    server.ensureOffice(QStringLiteral("990099"));
    const QStringList alone {server.addClerk(QStringLiteral("alone"), QStringLiteral("990099"))};
    QStringList many;
    for (int i = 0; i < clients; ++i)
        many << server.addClerk(QStringLiteral("clerk%1").arg(i), offices.at(i % kOffices));

    // The server alone first (sync_push straight from threads), then whole rounds from local files.
    const RunFigures pushOne = serverOnly(server, alone, ops);
    printServerOnly("alone", 1, ops, pushOne);
    const RunFigures pushAll = serverOnly(server, many, ops);
    printServerOnly("together", clients, ops, pushAll);
    // A refused batch (the server out of lock memory: docs/scaling.md) is counted, not fatal: it is
    // what the figure is about. What was answered must have been applied.
    if (pushOne.refused + pushAll.refused == 0 && (pushOne.ops != ops || pushAll.ops != qint64(clients) * ops))
        fail(QStringLiteral("sync_push applied %1 and %2 ops").arg(pushOne.ops).arg(pushAll.ops));

    const RunFigures one = run(server, alone, ops, QStringLiteral("one"));
    print("alone", 1, ops, one);
    const RunFigures all = run(server, many, ops, QStringLiteral("many"));
    print("together", clients, ops, all);
    const qint64 visits = server.scalar(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE entity = 'visit_session'"));
    if (pushOne.refused + pushAll.refused + one.refused + all.refused == 0 && visits != 2 * qint64(clients + 1) * ops)
        fail(QStringLiteral("the server holds %1 visits, %2 expected").arg(visits).arg(2 * qint64(clients + 1) * ops));
    {
        // What Qt's QPSQL sends for a prepared query (docs/scaling.md, connection pooling).
        QSqlQuery prepared(server.owner().database());
        prepared.prepare(QStringLiteral("SELECT ? + 1"));
        prepared.addBindValue(1);
        QSqlQuery look(server.owner().database());
        if (prepared.exec() && look.exec(QStringLiteral("SELECT name || ': ' || statement FROM pg_prepared_statements")))
            while (look.next())
                std::printf("QPSQL prepared statement on the server: %s\n", qPrintable(look.value(0).toString()));
    }
    std::printf("SERVER %lld connections max, max_locks_per_transaction %lld; %lld change-log rows\n",
                server.scalar(QStringLiteral("SELECT setting::bigint FROM pg_settings WHERE name = 'max_connections'")),
                server.scalar(QStringLiteral("SELECT setting::bigint FROM pg_settings WHERE name = 'max_locks_per_transaction'")),
                server.scalar(QStringLiteral("SELECT count(*) FROM tongban.change_log")));
    return 0;
}
