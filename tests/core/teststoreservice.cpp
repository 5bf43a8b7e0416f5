// Tests of tongban::storage::StoreService on real SQLite files: opening (checked, then migrated),
// writes in order on the writer, read-only readers, a damaged file refused with what to do, the
// backups and a restore that brings the data back and keeps the replaced file.

#include "demo/demogenerator.h"
#include "storage/localstore.h"
#include "storage/migrations.h"
#include "storage/personrepository.h"
#include "storage/storeservice.h"

#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using storage::StoreService;

namespace {

StoreService::Options optionsFor(const QString &path, int keepBackups = 7)
{
    StoreService::Options options;
    options.path = path;
    options.keepBackups = keepBackups;
    return options;
}

/// Overwrites the middle fifth of the file with a pattern: table pages become unreadable, the
/// way a disk or a copy gone wrong leaves a file.
bool damage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 size = file.size();
    file.seek(size * 2 / 5);
    return file.write(QByteArray(int(size / 5), char(0xAB))) == size / 5;
}

/// Overwrites one leaf page of contribution_record in the file @p path (found through SQLite's
/// dbstat table) with garbage: damage in the records alone.
/// Overwrites a leaf page of @p table in the file @p path (closed) with garbage.
bool damageAPage(const QString &path, const QString &table)
{
    qint64 page = 0, pageSize = 0;
    {
        const QString connection = QStringLiteral("damage");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (!db.open())
                return false;
            QSqlQuery q(db);
            // A leaf in the middle of the table (the demo's persons fill a few pages only).
            q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno LIMIT 1"
                                     " OFFSET (SELECT count(*) / 2 FROM dbstat WHERE name = ? AND pagetype = 'leaf')"));
            q.addBindValue(table);
            q.addBindValue(table);
            if (!q.exec() || !q.next())
                return false;
            page = q.value(0).toLongLong();
            if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
                return false;
            pageSize = q.value(0).toLongLong();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize + 8))
        return false;
    return file.write(QByteArray(int(pageSize - 8), char(0xAB))) == pageSize - 8;
}

Result<qint64> countPersons(StoreService &store)
{
    return store.read<qint64>([](QSqlDatabase db) { return storage::PersonRepository(db, test::clock()).countPersons(); }).result();
}

} // namespace

class TestStoreService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(demo::DemoGenerator(test::shippedParameters(), 5).writeNewFile(m_demo, 30).ok());
    }

    void opensANewFileCheckedAndMigrated()
    {
        StoreService store(optionsFor(m_dir.filePath(QStringLiteral("new.sqlite"))), test::clock());
        QCOMPARE(store.state(), StoreService::State::Closed);
        // Nothing runs before the file is open and checked.
        const auto early = countPersons(store);
        QVERIFY(!early.ok());
        const auto report = store.open().result();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QVERIFY(report->created);
        QCOMPARE(report->schemaBefore, 0);
        QCOMPARE(report->schema, storage::Migrations::latestVersion());
        QCOMPARE(store.state(), StoreService::State::Ready);
        QCOMPARE(countPersons(store).value(), qint64(0));
    }

    void aMissingFileThatMustExistIsNotCreated()
    {
        StoreService::Options options = optionsFor(m_dir.filePath(QStringLiteral("missing.sqlite")));
        options.createIfMissing = false;
        StoreService store(options, test::clock());
        const auto report = store.open().result();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(options.path));
        QCOMPARE(store.state(), StoreService::State::Failed);
    }

    void writesRunInTheOrderSubmittedAndReadersCannotWrite()
    {
        StoreService store(optionsFor(m_dir.filePath(QStringLiteral("order.sqlite"))), test::clock());
        QVERIFY(store.open().result().ok());
        QVERIFY(store
                    .write<Done>([](QSqlDatabase db) -> Status {
                        QSqlQuery q(db);
                        if (!q.exec(QStringLiteral("CREATE TABLE sequence (n INTEGER)")))
                            return Error::storage(q.lastError().text());
                        return Done {};
                    })
                    .result()
                    .ok());
        QList<QFuture<Result<Done>>> writes;
        for (int n = 1; n <= 50; ++n)
            writes << store.write<Done>([n](QSqlDatabase db) -> Status {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO sequence (n) VALUES (:n)"));
                q.bindValue(QStringLiteral(":n"), n);
                if (!q.exec())
                    return Error::storage(q.lastError().text());
                return Done {};
            });
        for (auto &w : writes)
            QVERIFY(w.result().ok());
        const auto order = store
                               .read<QList<int>>([](QSqlDatabase db) -> Result<QList<int>> {
                                   QSqlQuery q(db);
                                   if (!q.exec(QStringLiteral("SELECT n FROM sequence ORDER BY rowid")))
                                       return Error::storage(q.lastError().text());
                                   QList<int> list;
                                   while (q.next())
                                       list << q.value(0).toInt();
                                   return list;
                               })
                               .result();
        QVERIFY(order.ok());
        QList<int> expected;
        for (int n = 1; n <= 50; ++n)
            expected << n;
        QCOMPARE(*order, expected);

        const auto refused = store
                                 .read<Done>([](QSqlDatabase db) -> Status {
                                     QSqlQuery q(db);
                                     if (!q.exec(QStringLiteral("INSERT INTO sequence (n) VALUES (99)")))
                                         return Error::storage(q.lastError().text());
                                     return Done {};
                                 })
                                 .result();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("readonly"), Qt::CaseInsensitive), qPrintable(refused.error().message));
    }

    // A county's file is too large to check whole before the window opens (issue 14): every table
    // but the persons and the contribution records is checked first, those two right after, on
    // the upkeep thread, and damage found there still makes the file refused.
    void aLargeFilesRegistryIsCheckedRightAfterOpening_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("persons") << QStringLiteral("insured_person");
        QTest::newRow("records") << QStringLiteral("contribution_record");
    }

    void aLargeFilesRegistryIsCheckedRightAfterOpening()
    {
        QFETCH(QString, table);
        const QString path = m_dir.filePath(QStringLiteral("large-%1.sqlite").arg(table));
        QVERIFY(QFile::copy(m_demo, path));
        QVERIFY(damageAPage(path, table));
        auto options = optionsFor(path);
        options.fullCheckBeforeUseUpTo = 0; // "large"
        StoreService store(options, test::clock());
        QSignalSpy damaged(&store, &StoreService::damaged);
        const auto opened = store.open().result();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message)); // the other tables are sound
        if (damaged.isEmpty())
            QVERIFY(damaged.wait(30000));
        QCOMPARE(store.state(), StoreService::State::Damaged);
        QVERIFY2(store.problem().contains(QStringLiteral("restore")), qPrintable(store.problem()));
        QVERIFY(!countPersons(store).ok());

        // The same damage in a file checked whole is refused before use, as always.
        StoreService whole(optionsFor(path), test::clock());
        QVERIFY(!whole.open().result().ok());
        QCOMPARE(whole.state(), StoreService::State::Damaged);
    }

    // A window has the registry of a large file checked once it is built: opening leaves the
    // check to the first maintenance run, which finds the damage then.
    void aWindowsRegistryCheckAwaitsTheMaintenance()
    {
        const QString path = m_dir.filePath(QStringLiteral("large-awaiting.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        QVERIFY(damageAPage(path, QStringLiteral("insured_person")));
        auto options = optionsFor(path);
        options.fullCheckBeforeUseUpTo = 0; // "large"
        options.registryCheckAwaitsMaintenance = true;
        StoreService store(options, test::clock());
        QSignalSpy damaged(&store, &StoreService::damaged);
        QVERIFY(store.open().result().ok());
        // Every other upkeep job reads the damaged table too, so none can mark the end of a check
        // queued by opening: the check of the right-after case finds this damage in a few ms.
        QVERIFY(!damaged.wait(500));
        QCOMPARE(store.state(), StoreService::State::Ready);

        store.startMaintenance();
        if (damaged.isEmpty())
            QVERIFY(damaged.wait(30000));
        QCOMPARE(store.state(), StoreService::State::Damaged);
    }

    // The check before use of a large file skips the rows' CHECK constraints (400 of its 450 ms on
    // a county's file); the writer's writes are checked again afterwards.
    void writesAreCheckedAfterTheCheckOfALargeFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("constraints.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        auto options = optionsFor(path);
        options.fullCheckBeforeUseUpTo = 0;
        StoreService store(options, test::clock());
        QVERIFY(store.open().result().ok());
        const auto written = store
                                 .write<bool>([](QSqlDatabase db) -> Result<bool> {
                                     QSqlQuery q(db);
                                     if (!q.exec(QStringLiteral("UPDATE insured_person SET sex = 'unknown'")))
                                         return storage::LocalStore::queryError(q, QStringLiteral("refused"));
                                     return true;
                                 })
                                 .result();
        QVERIFY2(!written.ok(), "a row breaking a CHECK constraint was written");
        QVERIFY2(written.error().message.contains(QStringLiteral("CHECK")), qPrintable(written.error().message));
    }

    // Closing the store does not wait for the records check in flight: it is stopped.
    void closingStopsTheCheckInFlight()
    {
        const QString path = m_dir.filePath(QStringLiteral("closing.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        auto options = optionsFor(path);
        options.fullCheckBeforeUseUpTo = 0;
        {
            StoreService store(options, test::clock());
            QVERIFY(store.open().result().ok());
        }
        StoreService again(optionsFor(path), test::clock());
        QVERIFY(again.open().result().ok()); // nothing was left half done in the file
        QCOMPARE(again.state(), StoreService::State::Ready);
    }

    void aDamagedFileIsRefusedAndABackupBringsItBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        qint64 persons = 0;
        QString backup;
        {
            StoreService store(optionsFor(path), test::clock());
            QVERIFY(store.open().result().ok());
            persons = countPersons(store).value();
            QVERIFY(persons > 0);
            const auto made = store.backUp().result();
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
            backup = made->path;
            QVERIFY(QFile::exists(backup));
            QVERIFY(made->bytes > 0);
        }
        QVERIFY(damage(path));

        StoreService store(optionsFor(path), test::clock());
        QSignalSpy damaged(&store, &StoreService::damaged);
        const auto opened = store.open().result();
        QVERIFY(!opened.ok());
        QCOMPARE(store.state(), StoreService::State::Damaged);
        QVERIFY2(opened.error().message.contains(QStringLiteral("restore")), qPrintable(opened.error().message));
        QCOMPARE(damaged.count(), 1);
        // Every read and write is refused with the same words, and nothing touches the file.
        const auto read = countPersons(store);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message, store.problem());
        QVERIFY(!store.backUp().result().ok());

        // The backups are still listed; a damaged "backup" is refused and changes nothing.
        const auto listed = store.backups().result();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().path, backup);
        const QString bad = m_dir.filePath(QStringLiteral("bad-backup.sqlite"));
        QVERIFY(QFile::copy(path, bad));
        const auto refused = store.restore(bad).result();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("backup"));
        QCOMPARE(store.state(), StoreService::State::Damaged);

        QSignalSpy restoredSignal(&store, &StoreService::restored);
        const auto restored = store.restore(backup).result();
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        QCOMPARE(store.state(), StoreService::State::Ready);
        QVERIFY(QFile::exists(restored->replaced)); // the damaged file is kept
        QCOMPARE(countPersons(store).value(), persons);
        const auto check = store.checkIntegrity().result();
        QVERIFY(check.ok() && check->ok);
        QVERIFY(restoredSignal.count() == 1 || restoredSignal.wait(10000));
    }

    // A file whose first page (the schema) is overwritten fails already as it is opened, before
    // the check runs; it is still a damaged file, refused with the way back, not "could not open".
    void aFileDamagedInItsSchemaIsReportedDamaged()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema-damaged.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(100)); // past SQLite's 100-byte header: sqlite_schema's page
            QCOMPARE(file.write(QByteArray(4096 - 100, char(0xAB))), qint64(4096 - 100));
        }
        StoreService store(optionsFor(path), test::clock());
        QSignalSpy damaged(&store, &StoreService::damaged);
        const auto opened = store.open().result();
        QVERIFY(!opened.ok());
        QCOMPARE(store.state(), StoreService::State::Damaged);
        QVERIFY2(opened.error().message.contains(QStringLiteral("restore")), qPrintable(opened.error().message));
        QCOMPARE(damaged.count(), 1);
    }

    void backupsRollOverAndTheFullCheckIsLogged()
    {
        const QString path = m_dir.filePath(QStringLiteral("rolling.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        QDateTime now = test::fixedNow();
        StoreService store(optionsFor(path, 3), [&now] { return now; });
        QVERIFY(store.open().result().ok());
        for (int day = 0; day < 5; ++day) {
            QVERIFY(store.backUp().result().ok());
            now = now.addDays(1);
        }
        const auto kept = store.backups().result();
        QVERIFY(kept.ok());
        QCOMPARE(kept->size(), 3);
        QCOMPARE(kept->first().madeAt, test::fixedNow().addDays(4)); // newest first
        QCOMPARE(kept->last().madeAt, test::fixedNow().addDays(2));

        const auto check = store.checkIntegrity().result();
        QVERIFY(check.ok() && check->ok);
        const auto logged
            = store
                  .write<qint64>([](QSqlDatabase db) -> Result<qint64> {
                      QSqlQuery q(db);
                      if (!q.exec(QStringLiteral("SELECT count(*) FROM store_maintenance WHERE kind = 'integrity-check'")) || !q.next())
                          return Error::storage(q.lastError().text());
                      return q.value(0).toLongLong();
                  })
                  .result();
        QCOMPARE(logged.value(), qint64(1));
    }

    void upkeepStillQueuedWhenTheStoreGoesIsDoneAndLogged()
    {
        // The program ends right after start-up, with the day's backup and full check still
        // queued on the readers. Each logs itself through the writer as it ends, which had
        // already stopped: the backup was made but store_maintenance did not list it.
        const QString path = m_dir.filePath(QStringLiteral("going.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        QFuture<Result<storage::BackupInfo>> backup;
        QFuture<Result<storage::IntegrityReport>> check;
        {
            StoreService store(optionsFor(path), test::clock());
            QVERIFY(store.open().result().ok());
            backup = store.backUp();
            check = store.checkIntegrity();
        }
        QVERIFY(backup.isFinished() && backup.result().ok());
        QVERIFY(QFileInfo::exists(backup.result()->path));
        QVERIFY(check.isFinished() && check.result().ok() && check.result()->ok);

        StoreService reopened(optionsFor(path), test::clock());
        QVERIFY(reopened.open().result().ok());
        const auto logged = reopened
                                .read<QStringList>([](QSqlDatabase db) -> Result<QStringList> {
                                    QSqlQuery q(db);
                                    if (!q.exec(QStringLiteral("SELECT kind FROM store_maintenance ORDER BY kind")))
                                        return Error::storage(q.lastError().text());
                                    QStringList kinds;
                                    while (q.next())
                                        kinds << q.value(0).toString();
                                    return kinds;
                                })
                                .result();
        QVERIFY2(logged.ok(), logged.ok() ? "" : qPrintable(logged.error().message));
        QCOMPARE(logged.value(), QStringList({QStringLiteral("backup"), QStringLiteral("integrity-check")}));
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_GUILESS_MAIN(TestStoreService)
#include "teststoreservice.moc"
