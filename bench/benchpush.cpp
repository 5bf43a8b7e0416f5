// Push of many outbox operations (issue 14, points 1–3): TONGBAN_BENCH_OPS visits (default
// 10,000) opened in a local file of an office, queued by the outbox's triggers, pushed by the real
// sync round (services::SyncRound, batches of SyncRoundOptions::pushBatch through
// tongban.sync_push), beside the raw baseline: the same rows (same payloads, new ids) put into
// tongban.sync_record by one multi-row INSERT in one transaction through libpq (COPY FROM is refused
// on a table with row-level security; the table's triggers, the change log's included, fire as
// for ours).
//
// Prints the push (from the round's start to the end of its last batch), the whole round (the
// pull of the echoes included), the raw INSERT and the ratio (at most 32,000 ops: bound values). Fails when an op is not applied.

#include "benchcentral.h"

#include "sync/outbox.h"
#include "sync/syncedtables.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QUuid>

using namespace tongban;
using namespace tongban::bench;

namespace {

const QString kOffice = QStringLiteral("990001");

/// Opens @p ops visits in @p store as @p clerk, in one local transaction.
void openVisits(storage::StoreService &store, const QString &clerk, int ops)
{
    valueOrFail(store
                    .write<Done>([clerk, ops](QSqlDatabase db) -> Status {
                        QSqlQuery q(db);
                        q.prepare(QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, status)"
                                                 " VALUES (?, ?, NULL, ?, '2026-12-03T09:00:00.000Z', 'open')"));
                        for (int i = 0; i < ops; ++i) {
                            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                            q.addBindValue(QStringLiteral("B%1").arg(i, 5, 10, QLatin1Char('0')));
                            q.addBindValue(clerk);
                            if (!q.exec())
                                return Error::storage(q.lastError().text());
                        }
                        return Done {};
                    })
                    .result(),
                "opening the visits");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    requireServerOrExit("benchpush");
    const int ops = int(environmentNumber("TONGBAN_BENCH_OPS", 10000));
    const int batch = int(environmentNumber("TONGBAN_BENCH_PUSH_BATCH", services::SyncRoundOptions().pushBatch));

    BenchServer server;
    server.ensureOffice(kOffice);
    const QString clerk = server.addClerk(QStringLiteral("clerk"), kOffice);
    const QString path = QDir(workDirectory()).filePath(QStringLiteral("push-ours.sqlite"));
    removeLocal(path);
    auto session = server.connectAs(clerk);
    auto store = openLocal(path);
    central::SyncServer syncServer(*session);
    // The file's first download (nothing of this office but the employers) and its sign-in work.
    valueOrFail(services::SyncRound(*store, syncServer, Clock::system()).run(), "the first round");

    openVisits(*store, clerk, ops);
    const auto queued = valueOrFail(
        store->read<QList<sync::OutboxOp>>([ops](QSqlDatabase db) { return sync::Outbox::pending(db, ops + 10); }).result(), "the outbox");
    if (queued.size() != ops)
        fail(QStringLiteral("%1 ops queued for %2 visits").arg(queued.size()).arg(ops));
    const QString device
        = valueOrFail(store->read<QString>([](QSqlDatabase db) { return sync::RecordWriter::deviceId(db); }).result(), "the device id");

    // Ours.
    QElapsedTimer timer;
    qint64 pushedAt = 0;
    services::SyncRoundOptions options;
    options.pushBatch = batch;
    options.progress = [&timer, &pushedAt](const services::SyncProgress &p) {
        if (p.stage == services::SyncProgress::Stage::Pulling && pushedAt == 0)
            pushedAt = timer.nsecsElapsed();
    };
    const qint64 changesBefore = server.scalar(QStringLiteral("SELECT count(*) FROM tongban.change_log"));
    timer.start();
    const auto report = valueOrFail(services::SyncRound(*store, syncServer, Clock::system(), options).run(), "the push (SyncRound)");
    const qint64 roundNs = timer.nsecsElapsed();
    if (report.pushed != ops || report.pending != 0)
        fail(QStringLiteral("pushed %1 of %2 ops, %3 pending").arg(report.pushed).arg(ops).arg(report.pending));
    const qint64 applied = server.scalar(
        QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE entity = 'visit_session' AND office_code = '%1'").arg(kOffice));
    if (applied != ops)
        fail(QStringLiteral("the server holds %1 visits of %2").arg(applied).arg(ops));

    // Raw: the same payloads under new ids, one INSERT, one transaction.
    const qint64 changesAfterOurs = server.scalar(QStringLiteral("SELECT count(*) FROM tongban.change_log"));
    RawConnection pg(server.ownerConninfo());
    timer.start();
    // COPY FROM is refused on a table with row-level security (FORCE: the owner too), so the raw
    // baseline is one multi-row INSERT … VALUES with bound values.
    pg.exec("BEGIN");
    QByteArray sql = "INSERT INTO tongban.sync_record (entity, record_id, office_code, version, payload, device_id, changed_by) VALUES ";
    QList<QByteArray> values;
    values.reserve(2 * queued.size());
    for (qsizetype i = 0; i < queued.size(); ++i) {
        QJsonObject payload = queued.at(i).payload;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        payload.insert(QStringLiteral("id"), id);
        values << id.toLatin1() << QJsonDocument(payload).toJson(QJsonDocument::Compact);
        sql += (i > 0 ? ", " : "") + QByteArray("('visit_session', $") + QByteArray::number(2 * i + 1) + ", '" + kOffice.toLatin1()
            + "', 1, CAST($" + QByteArray::number(2 * i + 2) + " AS jsonb), '" + device.toLatin1() + "', '" + clerk.toUtf8() + "')";
    }
    QList<const char *> pointers;
    for (const QByteArray &v : std::as_const(values))
        pointers << v.constData();
    PGresult *inserted = PQexecParams(pg.get(), sql.constData(), int(pointers.size()), nullptr, pointers.constData(), nullptr, nullptr, 0);
    if (PQresultStatus(inserted) != PGRES_COMMAND_OK)
        fail(QStringLiteral("INSERT: ") + QString::fromUtf8(PQerrorMessage(pg.get())));
    PQclear(inserted);
    pg.exec("COMMIT");
    const qint64 rawNs = timer.nsecsElapsed();
    const qint64 rawRows = server.scalar(
        QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE entity = 'visit_session' AND office_code = '%1'").arg(kOffice));
    if (rawRows != 2 * qint64(ops))
        fail(QStringLiteral("raw: the server holds %1 visits, %2 expected").arg(rawRows).arg(2 * ops));

    reportOnce("push of the outbox", pushedAt, rawNs);
    std::printf("PUSH %d ops in batches of %d: push %.1f ms (%.0f ops/s, %.3f ms per op), whole round %.1f ms (%d pulled back),"
                " raw INSERT %.1f ms (%.0f rows/s); change log +%lld ours, +%lld raw\n",
                ops, batch, milliseconds(pushedAt), double(ops) / (double(pushedAt) / 1e9), milliseconds(pushedAt) / ops,
                milliseconds(roundNs), report.pulled, milliseconds(rawNs), double(ops) / (double(rawNs) / 1e9),
                changesAfterOurs - changesBefore,
                server.scalar(QStringLiteral("SELECT count(*) FROM tongban.change_log")) - changesAfterOurs);
    return 0;
}
