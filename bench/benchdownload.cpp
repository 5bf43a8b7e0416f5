// The first download of an office (issue 14, points 1–3): the county file (bench::countyFile)
// loaded into PostgreSQL by the real loader (services::CentralDemoLoader, `demo-db --server`), then
// the biggest office of it downloaded into an empty local file by the real sync round
// (services::SyncRound, what `tongban-cli sync` runs), beside the raw pipeline: COPY (SELECT …
// the same rows …) TO STDOUT through libpq, parsed and inserted into an empty SQLite file through
// SQLite's C API in one transaction, one prepared statement per table.
//
// Prints the load's time, both downloads, their ratio (target: ours ≤ 1.5× raw), the bytes of each
// file and the rows. With TONGBAN_BENCH_RUNS=n each download is made n times, ours and raw in turn,
// and the figure is the median of each (the machine may be shared with other work). With
// TONGBAN_BENCH_RAW_INDEX_LAST the raw pipeline builds its employer index after the rows, as ours
// does in a first download. Fails (exit 1) when the work fails or the rows differ from the
// server's.

#include "benchcentral.h"

#include "services/centraldemoloader.h"
#include "storage/migrations.h"
#include "sync/syncprotocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QUuid>

#include <sqlite3.h>

using namespace tongban;
using namespace tongban::bench;

namespace {

/// The rows of one COPY … TO STDOUT (text format), each split at tabs, handed to @p row; NULL
/// fields (\N) as null QByteArrays. Field values are unescaped (\\ \t \n \r).
template<typename Row> qint64 copyOut(RawConnection &pg, const QByteArray &sql, Row &&row)
{
    PGresult *started = PQexec(pg.get(), sql.constData());
    if (PQresultStatus(started) != PGRES_COPY_OUT)
        fail(QStringLiteral("COPY: ") + QString::fromUtf8(PQerrorMessage(pg.get())));
    PQclear(started);
    qint64 rows = 0;
    QList<QByteArray> fields;
    for (;;) {
        char *buffer = nullptr;
        const int length = PQgetCopyData(pg.get(), &buffer, 0);
        if (length == -1)
            break;
        if (length < 0)
            fail(QStringLiteral("COPY: ") + QString::fromUtf8(PQerrorMessage(pg.get())));
        fields.clear();
        const char *p = buffer;
        const char *end = buffer + length - (length > 0 && buffer[length - 1] == '\n' ? 1 : 0);
        while (p <= end) {
            const char *tab = static_cast<const char *>(memchr(p, '\t', size_t(end - p)));
            const char *stop = tab ? tab : end;
            if (stop - p == 2 && p[0] == '\\' && p[1] == 'N') {
                fields.append(QByteArray());
            } else if (!memchr(p, '\\', size_t(stop - p))) {
                fields.append(QByteArray(p, stop - p));
            } else {
                QByteArray value;
                value.reserve(stop - p);
                for (const char *c = p; c < stop; ++c) {
                    if (*c == '\\' && c + 1 < stop) {
                        ++c;
                        value.append(*c == 't' ? '\t' : *c == 'n' ? '\n' : *c == 'r' ? '\r' : *c);
                    } else {
                        value.append(*c);
                    }
                }
                fields.append(value);
            }
            p = stop + 1;
        }
        PQfreemem(buffer);
        row(fields);
        ++rows;
    }
    PGresult *finished = PQgetResult(pg.get());
    if (PQresultStatus(finished) != PGRES_COMMAND_OK)
        fail(QStringLiteral("COPY: ") + QString::fromUtf8(PQerrorMessage(pg.get())));
    PQclear(finished);
    while (PGresult *more = PQgetResult(pg.get()))
        PQclear(more);
    return rows;
}

void sqliteExec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        fail(QStringLiteral("sqlite %1: %2").arg(QLatin1String(sql), text));
    }
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        fail(QStringLiteral("sqlite prepare: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    return statement;
}

void step(sqlite3 *db, sqlite3_stmt *statement)
{
    if (sqlite3_step(statement) != SQLITE_DONE)
        fail(QStringLiteral("sqlite insert: ") + QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_reset(statement);
}

qint64 sqliteCount(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot open ") + path);
    sqlite3_stmt *statement = prepare(db, sql);
    qint64 value = -1;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

struct RawCounts
{
    qint64 employers = 0;
    qint64 persons = 0;
    qint64 records = 0;
};

/// The raw pipeline: the office's employers (every office's, as the pull sends), persons and
/// monthly records through COPY, into an empty SQLite file of the same layout for the records
/// (WITHOUT ROWID, keyed by person, month and kind, with the sweep's employer index), the person
/// and employer rows as their payload text.
RawCounts rawDownload(const QString &conninfo, const QString &office, const QString &path)
{
    RawCounts counts;
    RawConnection pg(conninfo);
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        fail(QStringLiteral("cannot make ") + path);
    sqliteExec(db,
               "CREATE TABLE employer (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, payload TEXT NOT NULL);"
               "CREATE TABLE person (key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, payload TEXT NOT NULL);"
               "CREATE TABLE contribution (person_key INTEGER NOT NULL, month INTEGER NOT NULL, kind INTEGER NOT NULL,"
               " base_fen INTEGER NOT NULL, employer_fen INTEGER NOT NULL, personal_fen INTEGER NOT NULL, employer_key INTEGER,"
               " region INTEGER NOT NULL, PRIMARY KEY (person_key, month, kind)) WITHOUT ROWID;");
    // The sweep's employer index: kept up row by row, or (TONGBAN_BENCH_RAW_INDEX_LAST, as ours
    // does since it sets the index aside while a first download fills the file) built after the
    // rows, in the same transaction.
    static const char *const kEmployerIndex = "CREATE INDEX contribution_employer ON contribution (employer_key, month, employer_fen)"
                                              " WHERE employer_key IS NOT NULL";
    const bool indexLast = !qEnvironmentVariableIsEmpty("TONGBAN_BENCH_RAW_INDEX_LAST");
    if (!indexLast)
        sqliteExec(db, kEmployerIndex);
    sqliteExec(db, "BEGIN");
    pg.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
    QHash<QByteArray, qint64> employerKeys;
    QHash<QByteArray, qint64> personKeys;
    sqlite3_stmt *employer = prepare(db, "INSERT INTO employer (id, payload) VALUES (?, ?)");
    counts.employers = copyOut(pg,
                               "COPY (SELECT record_id, payload::text FROM tongban.sync_record"
                               " WHERE entity = 'employer' AND NOT deleted) TO STDOUT",
                               [&](const QList<QByteArray> &f) {
                                   sqlite3_bind_text(employer, 1, f.at(0).constData(), int(f.at(0).size()), SQLITE_STATIC);
                                   sqlite3_bind_text(employer, 2, f.at(1).constData(), int(f.at(1).size()), SQLITE_STATIC);
                                   step(db, employer);
                                   employerKeys.insert(f.at(0), sqlite3_last_insert_rowid(db));
                               });
    sqlite3_finalize(employer);
    const QByteArray officeLiteral = office.toLatin1(); // six digits, checked by the caller
    sqlite3_stmt *person = prepare(db, "INSERT INTO person (id, payload) VALUES (?, ?)");
    counts.persons = copyOut(pg,
                             "COPY (SELECT record_id, payload::text FROM tongban.sync_record WHERE entity = 'insured_person'"
                             " AND office_code = '"
                                 + officeLiteral + "' AND NOT deleted) TO STDOUT",
                             [&](const QList<QByteArray> &f) {
                                 sqlite3_bind_text(person, 1, f.at(0).constData(), int(f.at(0).size()), SQLITE_STATIC);
                                 sqlite3_bind_text(person, 2, f.at(1).constData(), int(f.at(1).size()), SQLITE_STATIC);
                                 step(db, person);
                                 personKeys.insert(f.at(0), sqlite3_last_insert_rowid(db));
                             });
    sqlite3_finalize(person);
    sqlite3_stmt *record = prepare(db,
                                   "INSERT INTO contribution (person_key, month, kind, base_fen, employer_fen, personal_fen,"
                                   " employer_key, region) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    counts.records
        = copyOut(pg,
                  "COPY (SELECT r.record_id, m.month, m.kind, m.base_fen, m.employer_fen, m.personal_fen, m.employer_id, m.region"
                  " FROM tongban.sync_record r CROSS JOIN LATERAL ROWS FROM (jsonb_array_elements_text(r.payload->'month'),"
                  " jsonb_array_elements_text(r.payload->'kind'), jsonb_array_elements_text(r.payload->'base_fen'),"
                  " jsonb_array_elements_text(r.payload->'employer_fen'), jsonb_array_elements_text(r.payload->'personal_fen'),"
                  " jsonb_array_elements_text(r.payload->'employer_id'), jsonb_array_elements_text(r.payload->'region'))"
                  " AS m(month, kind, base_fen, employer_fen, personal_fen, employer_id, region)"
                  " WHERE r.entity = 'contribution_history' AND r.office_code = '"
                      + officeLiteral + "' AND NOT r.deleted) TO STDOUT",
                  [&](const QList<QByteArray> &f) {
                      sqlite3_bind_int64(record, 1, personKeys.value(f.at(0)));
                      for (int i = 1; i <= 5; ++i)
                          sqlite3_bind_int64(record, i + 1, f.at(i).toLongLong());
                      if (f.at(6).isNull())
                          sqlite3_bind_null(record, 7);
                      else
                          sqlite3_bind_int64(record, 7, employerKeys.value(f.at(6)));
                      sqlite3_bind_int64(record, 8, f.at(7).toLongLong());
                      step(db, record);
                  });
    sqlite3_finalize(record);
    pg.exec("COMMIT");
    if (indexLast)
        sqliteExec(db, kEmployerIndex);
    sqliteExec(db, "COMMIT");
    sqlite3_close(db);
    return counts;
}

/// With TONGBAN_BENCH_EXPLAIN set: the plan of the query of tongban.sync_pull_rows (server step 7)
/// for its first page and a page in the middle (mostly histories), the time the function takes to
/// give that page with its payloads as text, and the plan of sync_counts, as clerk @p session sees
/// them (its row-level security included), for docs/scaling.md.
void explainPull(central::CentralSession &session, const QString &office)
{
    if (qEnvironmentVariableIsEmpty("TONGBAN_BENCH_EXPLAIN"))
        return;
    QSqlQuery q(session.database());
    QString middle = QStringLiteral("0:0");
    if (q.exec(QStringLiteral("SELECT txid::text || ':' || seq FROM tongban.change_log WHERE office_code = '%1'"
                              " ORDER BY txid, seq OFFSET (SELECT count(*) / 2 FROM tongban.change_log WHERE office_code = '%1') LIMIT 1")
                   .arg(office))
        && q.next())
        middle = q.value(0).toString();
    const QStringList cursor = middle.split(u':');
    const QString pull = QStringLiteral(
        "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF) "
        "SELECT ch.txid, ch.seq, ch.entity, ch.record_id, r.version, r.deleted, r.payload, r.device_id"
        " FROM ((SELECT * FROM tongban.change_log o WHERE o.office_code = tongban.current_office()"
        "   AND (o.txid, o.seq) > ('%1'::xid8, %2) AND o.txid < pg_snapshot_xmin(pg_current_snapshot())"
        "   ORDER BY o.txid, o.seq LIMIT 1001)"
        "  UNION ALL (SELECT * FROM tongban.change_log e WHERE e.entity = 'employer' AND e.office_code <> tongban.current_office()"
        "   AND (e.txid, e.seq) > ('%1'::xid8, %2) AND e.txid < pg_snapshot_xmin(pg_current_snapshot())"
        "   ORDER BY e.txid, e.seq LIMIT 1001)) ch"
        " JOIN tongban.sync_record r ON r.entity = ch.entity AND r.record_id = ch.record_id"
        " WHERE ch.version = r.version ORDER BY ch.txid, ch.seq LIMIT 1001");
    const auto show = [&q](const QString &title, const QString &sql) {
        std::printf("EXPLAIN %s\n", qPrintable(title));
        if (!q.exec(sql))
            fail(sql + QStringLiteral(": ") + q.lastError().text());
        while (q.next())
            std::printf("    %s\n", qPrintable(q.value(0).toString()));
    };
    show(QStringLiteral("pull, first page (cursor 0:0)"), pull.arg(QStringLiteral("0")).arg(0));
    show(QStringLiteral("pull, a page in the middle (cursor %1)").arg(middle), pull.arg(cursor.value(0)).arg(cursor.value(1)));
    // The function itself, its rows' payloads written out as text (what the client receives).
    const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
    valueOrFail(central::SyncServer(session).enrol(device, QStringLiteral("explain-") + device), "enrolling the explaining device");
    const QString epoch
        = [&q] { return q.exec(QStringLiteral("SELECT epoch FROM tongban.sync_epoch")) && q.next() ? q.value(0).toString() : QString(); }();
    QElapsedTimer timer;
    timer.start();
    if (!q.exec(
            QStringLiteral(
                "SELECT count(*) - 1, coalesce(sum(octet_length(payload::text)), 0) FROM tongban.sync_pull_rows('%1', %2, %3, '%4', 1000)")
                .arg(device)
                .arg(sync::kProtocolVersion)
                .arg(storage::Migrations::latestVersion())
                .arg(epoch + u':' + middle))
        || !q.next())
        fail(QStringLiteral("sync_pull_rows: ") + q.lastError().text());
    std::printf("PULL ROWS a page in the middle: %lld changes, %lld bytes of payload text, %.1f ms\n", q.value(0).toLongLong(),
                q.value(1).toLongLong(), double(timer.nsecsElapsed()) / 1e6);
    show(QStringLiteral("sync_counts"),
         QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF) SELECT r.entity, count(*) FROM tongban.sync_record r"
                        " WHERE (r.office_code = (SELECT tongban.current_office()) OR r.entity = 'employer') AND NOT r.deleted"
                        " GROUP BY r.entity"));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    requireServerOrExit("benchdownload");
    const auto parameters = valueOrFail(policy::ParameterSet::loadBuiltIn(), "the built-in parameters");
    const QString county = countyFile(parameters);
    if (county.isEmpty())
        fail(QStringLiteral("no county file"));
    const qint64 countyRecords = sqliteCount(county, "SELECT count(*) FROM contribution_record");
    std::printf("COUNTY %s: %lld persons, %lld monthly records, %lld bytes\n", qPrintable(county),
                sqliteCount(county, "SELECT count(*) FROM insured_person"), countyRecords, QFileInfo(county).size());

    BenchServer server;
    QElapsedTimer timer;
    timer.start();
    const auto loaded = valueOrFail(services::CentralDemoLoader::loadFile(server.owner(), county), "loading the county (demo-db --server)");
    const qint64 loadNs = timer.nsecsElapsed();
    std::printf("LOAD demo-db --server: %d employers, %d persons, %d histories (%lld monthly records) into %lld offices in %.1f s"
                " (%.0f monthly records/s); server database %lld bytes\n",
                loaded.employers, loaded.persons, loaded.histories, countyRecords, qint64(loaded.offices.size()), double(loadNs) / 1e9,
                double(countyRecords) / (double(loadNs) / 1e9),
                server.scalar(QStringLiteral("SELECT pg_database_size(current_database())")));
    std::fflush(stdout);

    const QString office = [&] {
        QSqlQuery q(server.owner().database());
        if (!q.exec(QStringLiteral("SELECT office_code FROM tongban.sync_record WHERE entity = 'insured_person' AND NOT deleted"
                                   " GROUP BY office_code ORDER BY count(*) DESC, office_code LIMIT 1"))
            || !q.next())
            fail(QStringLiteral("no office holds persons: ") + q.lastError().text());
        return q.value(0).toString();
    }();
    const qint64 serverPersons = server.scalar(
        QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE entity = 'insured_person' AND office_code = '%1' AND NOT deleted")
            .arg(office));
    const qint64 serverRecords
        = server.scalar(QStringLiteral("SELECT coalesce(sum(jsonb_array_length(payload->'month')), 0) FROM tongban.sync_record"
                                       " WHERE entity = 'contribution_history' AND office_code = '%1' AND NOT deleted")
                            .arg(office));
    const qint64 serverEmployers
        = server.scalar(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE entity = 'employer' AND NOT deleted"));
    std::printf("OFFICE %s (the biggest): %lld persons, %lld monthly records, %lld employers (every office's)\n", qPrintable(office),
                serverPersons, serverRecords, serverEmployers);
    std::fflush(stdout);
    const QString clerk = server.addClerk(QStringLiteral("clerk"), office);

    {
        auto session = server.connectAs(clerk);
        explainPull(*session, office);
    }

    // Ours: an empty file, the clerk's connection and one sync round, as `tongban-cli sync` does.
    const QString ours = QDir(workDirectory()).filePath(QStringLiteral("download-ours.sqlite"));
    services::SyncReport report;
    const auto downloadOurs = [&] {
        removeLocal(ours);
        timer.start();
        {
            auto session = server.connectAs(clerk);
            auto store = openLocal(ours);
            central::SyncServer syncServer(*session);
            report = valueOrFail(services::SyncRound(*store, syncServer, Clock::system()).run(), "the first download (SyncRound)");
        }
        const qint64 oursNs = timer.nsecsElapsed();
        if (!report.firstDownload || !report.complete)
            fail(QStringLiteral("the first download did not complete"));
        const qint64 oursPersons = sqliteCount(ours, "SELECT count(*) FROM insured_person");
        const qint64 oursRecords = sqliteCount(ours, "SELECT count(*) FROM contribution_record");
        if (oursPersons != serverPersons || oursRecords != serverRecords)
            fail(QStringLiteral("ours holds %1 persons and %2 records; the server %3 and %4")
                     .arg(oursPersons)
                     .arg(oursRecords)
                     .arg(serverPersons)
                     .arg(serverRecords));
        return oursNs;
    };

    // Raw: COPY out, one SQLite transaction.
    const QString raw = QDir(workDirectory()).filePath(QStringLiteral("download-raw.sqlite"));
    const auto downloadRaw = [&] {
        removeLocal(raw);
        timer.start();
        const RawCounts rawCounts = rawDownload(server.ownerConninfo(), office, raw);
        const qint64 rawNs = timer.nsecsElapsed();
        if (rawCounts.persons != serverPersons || rawCounts.records != serverRecords)
            fail(QStringLiteral("raw holds %1 persons and %2 records; the server %3 and %4")
                     .arg(rawCounts.persons)
                     .arg(rawCounts.records)
                     .arg(serverPersons)
                     .arg(serverRecords));
        return rawNs;
    };

    // Each way TONGBAN_BENCH_RUNS times, one after the other (a machine shared with other work
    // slows both alike); the figure is the median of each.
    Samples oursRuns;
    Samples rawRuns;
    const int runs = int(environmentNumber("TONGBAN_BENCH_RUNS", 1));
    for (int run = 1; run <= runs; ++run) {
        const qint64 oursRun = downloadOurs();
        const qint64 rawRun = downloadRaw();
        oursRuns.add(oursRun);
        rawRuns.add(rawRun);
        std::printf("RUN %d of %d: ours %.1f ms, raw %.1f ms, ratio %.2f\n", run, runs, milliseconds(oursRun), milliseconds(rawRun),
                    double(oursRun) / double(rawRun));
        std::fflush(stdout);
    }
    const qint64 oursNs = oursRuns.percentile(50);
    const qint64 rawNs = rawRuns.percentile(50);
    reportOnce("first download of an office", oursNs, rawNs);
    std::printf("DOWNLOAD office %s: %lld persons, %lld monthly records, %lld employers, %d changes pulled;"
                " ours %lld bytes (%.0f per record), raw %lld bytes (%.0f per record); %.0f records/s ours, %.0f raw\n",
                qPrintable(office), serverPersons, serverRecords, serverEmployers, report.pulled, fileBytes(ours),
                serverRecords > 0 ? double(fileBytes(ours)) / double(serverRecords) : 0.0, fileBytes(raw),
                serverRecords > 0 ? double(fileBytes(raw)) / double(serverRecords) : 0.0, double(serverRecords) / (double(oursNs) / 1e9),
                double(serverRecords) / (double(rawNs) / 1e9));
    return 0;
}
