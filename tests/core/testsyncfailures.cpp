// The failure scenarios of issue 13 against the real PostgreSQL of scripts/test (TONGBAN_TEST_PG)
// and real SQLite files, named after the scenarios of ../shared/reference/sync-design.md part (b).
// The kills are real: the real tongban-cli (TONGBAN_CLI_PATH) is SIGKILLed at a kill point
// (TONGBAN_SYNC_KILL_AT, app/tongban-cli/commands/synccommand.cpp), and the next run must find
// client and server agreeing: nothing lost, nothing doubled.

#include "centraltestdatabase.h"

#include "central/centralaccounts.h"
#include "central/centralsession.h"
#include "central/servermigrations.h"
#include "central/syncserver.h"
#include "policy/parameterset.h"
#include "services/centraldemoloader.h"
#include "services/syncround.h"
#include "storage/storeservice.h"
#include "sync/conflictrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tongban;
using tongban::test::CentralTestDatabase;

namespace {

const QString kPassword = QStringLiteral("Counter2026");
const QString kOfficeA = QStringLiteral("110105");
const QString kOfficeB = QStringLiteral("110108");

struct CliRun
{
    int exitCode = -1;
    bool killed = false;
    QJsonObject json;
};

} // namespace

class TestSyncFailures : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString login(const char *name) const { return m_database.login(QString::fromLatin1(name)); }

    QString passwordFile() const { return m_dir.filePath(QStringLiteral("password.txt")); }

    QString newFile() { return m_dir.filePath(QStringLiteral("device%1.sqlite").arg(++m_files)); }

    /// `tongban-cli sync` of @p file as clerk @p clerk; @p killAt sets the kill point.
    CliRun sync(const QString &file, const QString &clerk, const QString &killAt = {}, const QStringList &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!killAt.isEmpty())
            env.insert(QStringLiteral("TONGBAN_SYNC_KILL_AT"), killAt);
        process.setProcessEnvironment(env);
        const QString conninfo = CentralTestDatabase::conninfo(m_database.superuserInfo()
                                                                   .with(QStringLiteral("user"), QStringLiteral("nobody"))
                                                                   .with(QStringLiteral("password"), QStringLiteral("x")));
        process.start(QStringLiteral(TONGBAN_CLI_PATH),
                      QStringList {QStringLiteral("sync"), QStringLiteral("--db"), file, QStringLiteral("--server"), conninfo,
                                   QStringLiteral("--user"), clerk, QStringLiteral("--password-file"), passwordFile()}
                          + extra);
        CliRun run;
        if (!process.waitForFinished(120000))
            return run;
        run.killed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = run.killed ? -1 : process.exitCode();
        const QByteArray out = process.readAllStandardOutput();
        run.json = QJsonDocument::fromJson(out).object();
        if (!run.killed && run.exitCode != 0)
            qInfo("sync exit %d: %s %s", run.exitCode, out.constData(), process.readAllStandardError().constData());
        return run;
    }

    /// A connection of its own to @p file (the CLI is not running), for the test's own reads and writes.
    static QSqlDatabase open(const QString &file)
    {
        const QString name = QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(file));
        return db;
    }

    static QVariant value(const QString &file, const QString &sql)
    {
        QSqlDatabase db = open(file);
        QVariant value;
        {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            else
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        db.close();
        return value;
    }

    static qint64 scalar(const QString &file, const QString &sql) { return value(file, sql).toLongLong(); }

    static void exec(const QString &file, const QString &sql, const QVariantList &values = {})
    {
        QSqlDatabase db = open(file);
        {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec())
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }

    /// A visit opened on device @p file by @p clerk (the outbox's trigger queues it).
    static QString addVisit(const QString &file, const QString &clerk, const QString &queueNumber)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        exec(file,
             QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, status)"
                            " VALUES (?, ?, NULL, ?, '2026-12-03T09:00:00Z', 'open')"),
             {id, queueNumber, clerk});
        return id;
    }

    qint64 serverScalar(const QString &sql)
    {
        auto session = central::CentralSession::open(m_database.ownerInfo());
        if (!session)
            qFatal("%s", qPrintable(session.error().message));
        QSqlQuery q((*session)->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

    /// A file that holds its office: its first download done by @p clerk.
    QString downloadedFile(const QString &clerk)
    {
        const QString file = newFile();
        const CliRun first = sync(file, clerk);
        if (first.exitCode != 0)
            qFatal("first download failed");
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        QFile password(passwordFile());
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(kPassword.toUtf8() + '\n');
        password.close();

        auto owner = central::CentralSession::open(m_database.ownerInfo());
        QVERIFY2(owner, qPrintable(owner ? QString() : owner.error().message));
        QVERIFY(central::ServerMigrations::migrate(**owner));
        // The demo's persons and employers, each in the office of its district (offices added).
        auto parameters = policy::ParameterSet::loadBuiltIn();
        QVERIFY(parameters);
        auto loaded = services::CentralDemoLoader::load(**owner, *parameters, 7, 60, 0);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QVERIFY(loaded->offices.contains(kOfficeA));
        QVERIFY(loaded->offices.contains(kOfficeB));
        central::CentralAccounts accounts(**owner);
        for (const auto &[name, office] :
             {std::pair {"clerk_a1", kOfficeA}, std::pair {"clerk_a2", kOfficeA}, std::pair {"clerk_b", kOfficeB}}) {
            central::CentralAccounts::NewUser user;
            user.login = login(name);
            user.displayName = QString::fromLatin1(name);
            user.role = accounts::Role::WindowClerk;
            user.officeCode = office;
            user.password = kPassword;
            auto added = accounts.addUser(user);
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        }
    }

    void cleanupTestCase() { m_database.drop(); }

    // T5: the first download of an office, killed part-way, resumes where its last committed page
    // ended and is "complete" only after the last page, with the counts checked against the server.
    void t5FirstDownloadResumesAfterAKill()
    {
        const QString file = newFile();
        const CliRun killed
            = sync(file, login("clerk_a1"), QStringLiteral("apply:3"), {QStringLiteral("--page-size"), QStringLiteral("5")});
        QVERIFY(killed.killed);
        const qint64 afterKill = scalar(file, QStringLiteral("SELECT count(*) FROM sync_version"));
        QCOMPARE(scalar(file, QStringLiteral("SELECT first_download_complete FROM sync_state")), 0);
        const CliRun resumed = sync(file, login("clerk_a1"), QString(), {QStringLiteral("--page-size"), QStringLiteral("5")});
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY(resumed.json.value(u"first_download").toBool());
        QVERIFY(resumed.json.value(u"complete").toBool());
        const qint64 persons
            = serverScalar(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE entity = 'insured_person' AND office_code = '%1'")
                               .arg(kOfficeA));
        QVERIFY(persons > 0);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM insured_person")), persons);
        QVERIFY(afterKill < scalar(file, QStringLiteral("SELECT count(*) FROM sync_version")));
        QCOMPARE(scalar(file, QStringLiteral("SELECT first_download_complete FROM sync_state")), 1);
        // another office's persons never came
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM insured_person WHERE region <> '%1'").arg(kOfficeA)), 0);
    }

    // T3: the client is killed after the server applied a push and before the acknowledgement was
    // stored: the rerun pushes the same ops, answered as duplicates; the server holds each once.
    void t3KilledBetweenPushAndAcknowledgement()
    {
        const QString file = downloadedFile(login("clerk_a1"));
        QStringList visits;
        for (int i = 1; i <= 5; ++i)
            visits << addVisit(file, login("clerk_a1"), QStringLiteral("A%1").arg(i, 3, 10, QLatin1Char('0')));
        const QString visitOps = QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'visit_session'");
        QCOMPARE(scalar(file, visitOps), 5);
        const CliRun killed = sync(file, login("clerk_a1"), QStringLiteral("after-push"));
        QVERIFY(killed.killed);
        QCOMPARE(scalar(file, visitOps), 5); // applied on the server, not acknowledged here
        const CliRun again = sync(file, login("clerk_a1"));
        QCOMPARE(again.exitCode, 0);
        // the visits and the killed run's sign-in record come back as duplicates; only this run's
        // own sign-in record is new
        QVERIFY(again.json.value(u"duplicates").toInt() >= 5);
        QCOMPARE(again.json.value(u"pending").toInt(), 0);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        for (const QString &id : std::as_const(visits)) {
            QCOMPARE(
                serverScalar(
                    QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE entity = 'visit_session' AND record_id = '%1'").arg(id)),
                1);
        }
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM tongban.applied_op a JOIN tongban.sync_record r"
                                             " ON r.entity = a.entity AND r.record_id = a.record_id WHERE r.entity = 'visit_session'"
                                             " AND r.record_id IN ('%1')")
                                  .arg(visits.join(QStringLiteral("','")))),
                 5);
    }

    // T4: the client is killed in the middle of applying a pull page: the page's changes and its
    // cursor are all there or none; the rerun applies it and the file equals the server.
    void t4KilledWhileApplyingAPullPage()
    {
        const QString a = downloadedFile(login("clerk_a1"));
        const QString b = downloadedFile(login("clerk_a2"));
        const QString cursorBefore = [&] {
            QSqlDatabase db = open(b);
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT cursor FROM sync_state"));
            return q.next() ? q.value(0).toString() : QString();
        }();
        QStringList visits;
        for (int i = 1; i <= 12; ++i)
            visits << addVisit(a, login("clerk_a1"), QStringLiteral("B%1").arg(i, 3, 10, QLatin1Char('0')));
        QCOMPARE(sync(a, login("clerk_a1")).exitCode, 0);
        const CliRun killed = sync(b, login("clerk_a2"), QStringLiteral("apply:4"), {QStringLiteral("--page-size"), QStringLiteral("10")});
        QVERIFY(killed.killed);
        // none of the killed page is there, and the cursor did not move past it
        const QString in = visits.join(QStringLiteral("','"));
        QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM visit_session WHERE id IN ('%1')").arg(in)), 0);
        {
            QSqlDatabase db = open(b);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT cursor FROM sync_state")) && q.next());
            QCOMPARE(q.value(0).toString(), cursorBefore);
        }
        const CliRun again = sync(b, login("clerk_a2"), QString(), {QStringLiteral("--page-size"), QStringLiteral("10")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM visit_session WHERE id IN ('%1')").arg(in)), 12);
        QCOMPARE(scalar(b, QStringLiteral("SELECT count(DISTINCT id) FROM visit_session WHERE id IN ('%1')").arg(in)), 12);
        // pulled records are not queued back up
        QCOMPARE(again.json.value(u"pending").toInt(), 0);
    }

    // T27 (with T14): the same visit changed on two devices while offline: the first sync wins on
    // the server, the second is a conflict kept with both versions and shown; "keep mine" sends
    // it again on the server's version, and the other device then receives it. Nothing is lost.
    void t27SameVisitChangedOnTwoDevicesOffline()
    {
        const QString a = downloadedFile(login("clerk_a1"));
        const QString visit = addVisit(a, login("clerk_a1"), QStringLiteral("C001"));
        QCOMPARE(sync(a, login("clerk_a1")).exitCode, 0);
        const QString b = downloadedFile(login("clerk_a2"));
        QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM visit_session WHERE id = '%1'").arg(visit)), 1);

        // offline, both change the visit
        exec(a, QStringLiteral("UPDATE visit_session SET status = 'closed', closed_at = '2026-12-03T10:00:00Z' WHERE id = ?"), {visit});
        exec(b, QStringLiteral("UPDATE visit_session SET queue_number = 'C001-B' WHERE id = ?"), {visit});
        const CliRun first = sync(a, login("clerk_a1"));
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json.value(u"conflicts").toInt(), 0);
        const CliRun second = sync(b, login("clerk_a2"));
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json.value(u"conflicts").toInt(), 1);
        // B's change stays in B's file and in the conflict; the server keeps A's
        QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM visit_session WHERE id = '%1' AND queue_number = 'C001-B'").arg(visit)), 1);
        QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE record_id = '%1' AND resolved_at IS NULL").arg(visit)),
                 1);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE record_id = '%1'"
                                             " AND payload->>'status' = 'closed' AND payload->>'queue_number' = 'C001'")
                                  .arg(visit)),
                 1);

        // the clerk of B decides: keep mine (on the server's version)
        {
            storage::StoreService::Options options;
            options.path = b;
            options.createIfMissing = false;
            storage::StoreService store(options, Clock::system());
            QVERIFY(store.open().result());
            auto conflicts
                = store.read<QList<sync::SyncConflict>>([](QSqlDatabase db) { return sync::ConflictRepository::open(db); }).result();
            QVERIFY(conflicts);
            QCOMPARE(conflicts->size(), 1);
            const QString id = conflicts->first().id;
            const QString clerk = login("clerk_a2");
            auto kept = store
                            .write<Done>([id, clerk](QSqlDatabase db) {
                                return sync::ConflictRepository::keepMine(db, id, clerk, QDateTime::currentDateTimeUtc());
                            })
                            .result();
            QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
        }
        const CliRun resolved = sync(b, login("clerk_a2"));
        QCOMPARE(resolved.exitCode, 0);
        QVERIFY(resolved.json.value(u"pushed").toInt() >= 1);
        QCOMPARE(resolved.json.value(u"conflicts").toInt(), 0);
        QCOMPARE(sync(a, login("clerk_a1")).exitCode, 0);
        QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM visit_session WHERE id = '%1' AND queue_number = 'C001-B'").arg(visit)), 1);
        QCOMPARE(
            scalar(b, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE record_id = '%1' AND resolved_at IS NOT NULL").arg(visit)),
            1);
    }

    // The server restarted mid-sync: the connection of the round is dropped after a push was
    // applied (what a restart does to every session); the round reports the server unreachable
    // (exit 3 for the CLI) and keeps everything; the next round finishes the work, doubling nothing.
    void serverRestartedMidSync()
    {
        const QString file = downloadedFile(login("clerk_a1"));
        QStringList visits;
        for (int i = 1; i <= 3; ++i)
            visits << addVisit(file, login("clerk_a1"), QStringLiteral("D%1").arg(i));

        storage::StoreService::Options options;
        options.path = file;
        options.createIfMissing = false;
        storage::StoreService store(options, Clock::system());
        QVERIFY(store.open().result());
        auto session = central::CentralSession::open(m_database.as(login("clerk_a1"), kPassword));
        QVERIFY(session);
        central::SyncServer server(**session);
        services::SyncRound::Options round;
        const CentralTestDatabase &database = m_database;
        round.hooks.afterPushBeforeAcknowledge = [&database, login = login("clerk_a1")] {
            auto admin = central::CentralSession::open(database.superuserInfo());
            QSqlQuery q((*admin)->database());
            q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'").arg(login));
        };
        const auto broken = services::SyncRound(store, server, Clock::system(), round).run();
        QVERIFY(!broken);
        QCOMPARE(broken.error().kind, Error::Kind::Unavailable);

        auto again = central::CentralSession::open(m_database.as(login("clerk_a1"), kPassword));
        QVERIFY(again);
        central::SyncServer reconnected(**again);
        const auto finished = services::SyncRound(store, reconnected, Clock::system()).run();
        QVERIFY2(finished, qPrintable(finished ? QString() : finished.error().message));
        QCOMPARE(finished->pending, 0);
        QVERIFY(finished->complete);
        for (const QString &id : std::as_const(visits))
            QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE record_id = '%1'").arg(id)), 1);
    }

    // T21: the server restored from a backup made before this device's last push, its epoch raised.
    // The restore is stood in for by removing on the server what that push brought (the visit, its
    // change and applied op, the audit records of the round's sign-in), as the restore loses it.
    // The next round re-pushes what the server lost and downloads the office again: the visit and
    // the audit records are back, the same records (hashes, clerks, times), and what the server
    // kept comes back as duplicates, held once. Nothing done after the backup is lost.
    void t21ServerRestoredFromABackup()
    {
        const QString file = downloadedFile(login("clerk_a1"));
        const QString device = value(file, QStringLiteral("SELECT id FROM device")).toString();
        const QString deviceAudit = QStringLiteral("SELECT count(*) FROM tongban.audit_record WHERE device_id = '%1'").arg(device);
        const qint64 auditAtBackup = serverScalar(deviceAudit);
        QVERIFY(auditAtBackup >= 1); // the first download's sign-in

        const QString visit = addVisit(file, login("clerk_a1"), QStringLiteral("R001"));
        QCOMPARE(sync(file, login("clerk_a1")).exitCode, 0);
        const qint64 auditPushed = serverScalar(deviceAudit);
        QVERIFY(auditPushed > auditAtBackup);
        const QString lostAudit
            = QStringLiteral("SELECT string_agg(seq || clerk || at::text || action || hash || prev_hash, ',' ORDER BY seq)"
                             " FROM tongban.audit_record WHERE device_id = '%1' AND seq > %2")
                  .arg(device)
                  .arg(auditAtBackup);
        const QString lostBefore = [&] {
            auto owner = central::CentralSession::open(m_database.ownerInfo());
            QSqlQuery q((*owner)->database());
            return q.exec(lostAudit) && q.next() ? q.value(0).toString() : QString();
        }();
        QVERIFY(!lostBefore.isEmpty());

        {
            auto owner = central::CentralSession::open(m_database.ownerInfo());
            QVERIFY(owner);
            QSqlDatabase db = (*owner)->database();
            QVERIFY(db.transaction());
            QSqlQuery q(db);
            for (const QString &sql : {
                     // the guard lets only the retention purge remove audit records
                     QStringLiteral("SET LOCAL tongban.purging = 'on'"),
                     QStringLiteral("DELETE FROM tongban.audit_record WHERE device_id = '%1' AND seq > %2").arg(device).arg(auditAtBackup),
                     QStringLiteral("DELETE FROM tongban.applied_op WHERE record_id = '%1'").arg(visit),
                     QStringLiteral("DELETE FROM tongban.change_log WHERE record_id = '%1'").arg(visit),
                     QStringLiteral("DELETE FROM tongban.sync_record WHERE entity = 'visit_session' AND record_id = '%1'").arg(visit),
                 })
                QVERIFY2(q.exec(sql), qPrintable(sql + u": " + q.lastError().text()));
            QVERIFY(db.commit());
            QVERIFY(q.exec(QStringLiteral("SELECT tongban.sync_new_epoch()")));
        }
        QCOMPARE(serverScalar(deviceAudit), auditAtBackup);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE record_id = '%1'").arg(visit)), 0);

        const CliRun after = sync(file, login("clerk_a1"));
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.json.value(u"pending").toInt(), 0);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE entity = 'visit_session' AND record_id = '%1'"
                                             " AND payload->>'queue_number' = 'R001'")
                                  .arg(visit)),
                 1);
        // every audit record of the device is on the server once: the lost ones as they were, and
        // this round's sign-in after them
        const qint64 local = scalar(file, QStringLiteral("SELECT count(*) FROM audit_record"));
        QCOMPARE(serverScalar(deviceAudit), local);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM audit_record WHERE synced_at IS NULL")), 0);
        auto owner = central::CentralSession::open(m_database.ownerInfo());
        QSqlQuery q((*owner)->database());
        QVERIFY(q.exec(lostAudit) && q.next());
        QVERIFY(q.value(0).toString().startsWith(lostBefore));
        QVERIFY(after.json.value(u"duplicates").toInt() >= int(auditAtBackup));
        // the visit is in the file once, as it was
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM visit_session WHERE id = '%1' AND queue_number = 'R001'").arg(visit)),
                 1);
    }

    // T41 (and T43): a clerk of another office: the file of office A is refused to them, and their
    // own first download holds none of A's records.
    void t41ClientOfAnotherOffice()
    {
        const QString a = downloadedFile(login("clerk_a1"));
        const CliRun refused = sync(a, login("clerk_b"));
        QCOMPARE(refused.exitCode, 2);
        // the database refuses the device of another office (TB103) before the file's own check
        const QString field = refused.json.value(u"error").toObject().value(u"field").toString();
        QVERIFY2(field == u"device" || field == u"office", qPrintable(field));
        const QString b = downloadedFile(login("clerk_b"));
        QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM insured_person WHERE region = '%1'").arg(kOfficeA)), 0);
        QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM visit_session")), 0);
        QVERIFY(scalar(b, QStringLiteral("SELECT count(*) FROM insured_person WHERE region = '%1'").arg(kOfficeB)) > 0);
    }

    // T8: a damaged local file is caught at the start (quick_check) and sync is refused with what to
    // do; the server is not touched.
    void t8CorruptedLocalFileBlocksSync()
    {
        const QString file = downloadedFile(login("clerk_a1"));
        addVisit(file, login("clerk_a1"), QStringLiteral("E1"));
        const qint64 before = serverScalar(QStringLiteral("SELECT count(*) FROM tongban.applied_op"));
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        const qint64 size = damaged.size();
        QVERIFY(size > 8192);
        // garbage over the middle pages: the b-trees there are broken
        damaged.seek(size / 2);
        damaged.write(QByteArray(4096 * 2, '\xa5'));
        damaged.close();
        const CliRun refused = sync(file, login("clerk_a1"));
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json.value(u"error").toObject().value(u"field").toString(), QStringLiteral("--db"));
        QVERIFY2(
            refused.json.value(u"error").toObject().value(u"message").toString().contains(QStringLiteral("backup"), Qt::CaseInsensitive)
                || refused.json.value(u"error").toObject().value(u"message").toString().contains(QStringLiteral("备份")),
            qPrintable(refused.json.value(u"error").toObject().value(u"message").toString()));
        QCOMPARE(serverScalar(QStringLiteral("SELECT count(*) FROM tongban.applied_op")), before);
    }
};

QTEST_GUILESS_MAIN(TestSyncFailures)
#include "testsyncfailures.moc"
