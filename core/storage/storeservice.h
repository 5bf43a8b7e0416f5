#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "statementinterrupter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QString>

#include "statementinterrupter.h"
#include <atomic>
#include <functional>
#include <memory>

#include <mutex>

class QThread;
class QTimer;

namespace tongban::storage {

class ConnectionPool;
class LocalStore;

/// One backup of the local store (a consistent copy made with SQLite's VACUUM INTO).
struct BackupInfo
{
    QString path;
    QDateTime madeAt; ///< UTC, from the file name
    qint64 bytes = 0;
};

/// What opening the store found.
struct OpenReport
{
    int schemaBefore = 0; ///< the file's schema version before this opening (0: a new file)
    int schema = 0; ///< the schema now (Migrations::latestVersion())
    bool created = false; ///< the file did not exist
    QString replaced; ///< after a restore: where the file it replaced was kept
};

/// What a check of the whole file found.
struct IntegrityReport
{
    bool ok = false;
    QStringList problems; ///< SQLite's own words, at most 20
    QDateTime checkedAt; ///< UTC
};

/// The local store of a running program — the one SQLite file of a window or an outreach laptop —
/// and the seam the central store and sync will plug into.
///
/// - One writer thread owns the only write connection: every write runs there, one after the
///   other, in the order submitted (so a visit is opened before a calculation is recorded in
///   it). Reads run on reader threads with read-only connections of their own (WAL: readers
///   never wait for the writer); checks of the whole file and backups run one after the other
///   on an upkeep thread of their own, so a look-up never waits behind them. Nothing here runs on the caller's thread, so the UI thread never
///   waits on the disk; the CLI waits on the futures.
/// - open() checks the file before anything uses it (PRAGMA quick_check, off the caller's
///   thread) and only then brings the schema up to date. A county's file (1.6 GB for 100,000
///   persons) takes tens of seconds to check whole, so beyond Options::fullCheckBeforeUseUpTo
///   every table but the persons and the contribution records (the registry received from the
///   office) is checked before use, and those two just after the store is ready (a window: once it
///   is built, Options::registryCheckAwaitsMaintenance), on the upkeep thread (the persons first:
///   about 80 ms); until that check ends, a damaged page read is still caught
///   by SQLite itself (SQLITE_CORRUPT, handled as below). A damaged file is refused: every later
///   read and write fails with a message that says what to do, and damaged() is emitted. So is a
///   file that SQLite reports as malformed in the middle of work, and one that the scheduled full
///   check (PRAGMA integrity_check) finds damaged.
/// - Rolling backups (VACUUM INTO, a consistent copy while others write) in a folder beside the
///   file, the newest keepBackups kept; restore() puts one back, keeping the replaced file.
///
/// Use from one thread (the UI thread, or the CLI's main thread); the futures complete on the
/// store's threads.
class StoreService : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Closed, ///< open() not called yet, or not finished
        Ready, ///< checked and migrated: reads and writes run
        Damaged, ///< the file is damaged: nothing runs until restore()
        Failed, ///< the file could not be opened (openError() says why)
    };

    struct Options
    {
        QString path; ///< the SQLite file
        bool createIfMissing = true; ///< false: a missing file is an error (the CLI)
        int readers = 2; ///< reader threads
        QString backupDirectory; ///< empty: "<path>.backups" beside the file
        int keepBackups = 7; ///< the newest this many backups are kept
        int backupIntervalHours = 24; ///< maintenance makes a backup when the newest is older
        int integrityIntervalHours = 24; ///< maintenance checks the whole file this often
        /// A file up to this size (bytes) is checked whole before it is used; a larger one (a
        /// county's records) has every table but contribution_record checked first and the
        /// records right after it is ready, on the upkeep thread (see open()).
        qint64 fullCheckBeforeUseUpTo = qint64(256) * 1024 * 1024;
        /// false: a large file's registry is checked as soon as the file is open. true: at the
        /// next startMaintenance() or scheduled run instead — a window calls it once it is
        /// built, so that its first frame does not share the two cores with the check.
        bool registryCheckAwaitsMaintenance = false;
    };

    /// A store of the file @p options.path; @p clock names backups and stamps the maintenance log.
    StoreService(Options options, Clock clock, QObject *parent = nullptr);
    /// Waits for a restore in progress, runs the writes still queued (nothing submitted is
    /// lost), then closes every connection.
    ~StoreService() override;

    /// Opens the file on the writer thread: creates it when missing (Options::createIfMissing),
    /// runs PRAGMA quick_check, then the schema migrations (storage::Migrations; a file upgraded
    /// to the compact layout of step 3 is vacuumed to give the space back).
    /// Errors: NotFound ("path") for a missing file that must exist; Storage when the file is
    /// damaged (State::Damaged, damageMessage()) or cannot be opened or migrated (State::Failed).
    QFuture<Result<OpenReport>> open();

    /// Runs @p work(connection) on a reader thread (a read-only connection of that thread).
    /// Refused with damageMessage() while the file is damaged, and before open() succeeded.
    template<typename T> QFuture<Result<T>> read(std::function<Result<T>(QSqlDatabase)> work)
    {
        return submit<T>(Pool::Readers, std::move(work));
    }
    /// Runs @p work(connection) on the writer thread, after every write submitted before it.
    /// Refused as read() is.
    template<typename T> QFuture<Result<T>> write(std::function<Result<T>(QSqlDatabase)> work)
    {
        return submit<T>(Pool::Writer, std::move(work));
    }

    /// Checks the whole file (PRAGMA integrity_check) on the upkeep thread and records the result
    /// in store_maintenance. A damaged file sets State::Damaged and emits damaged().
    QFuture<Result<IntegrityReport>> checkIntegrity();
    /// Makes a backup now (VACUUM INTO a new file of the backup folder, then the oldest beyond
    /// keepBackups removed) and records it. Error (Storage) with the reason; a half-written
    /// backup is never listed.
    QFuture<Result<BackupInfo>> backUp();
    /// The backups in the backup folder, newest first.
    QFuture<Result<QList<BackupInfo>>> backups() const;
    /// Replaces the file with the backup @p backupPath: the backup is checked first (quick
    /// check, a schema this program knows), every connection is closed, the current file is kept
    /// beside it as "<path>.replaced-<time>" (nothing is lost), the backup is copied in place
    /// (through a temporary file and a rename) and opened as open() does.
    /// Errors: NotFound ("backup"); BadInput ("backup") when the backup is damaged or not a
    /// Tongban store; Storage when a file cannot be moved or copied (the current file is then
    /// left where it was).
    QFuture<Result<OpenReport>> restore(const QString &backupPath);

    /// Makes a backup when the newest is older than backupIntervalHours and checks the whole
    /// file when the last full check is older than integrityIntervalHours — now, and then every
    /// hour while the program runs (the GUI starts it; the CLI does maintenance by command).
    void startMaintenance();

    State state() const;
    /// Why the file is refused (State::Damaged) or could not be opened (State::Failed).
    QString problem() const;
    QString path() const { return m_options.path; }
    QString backupDirectory() const;
    const Clock &clock() const { return m_clock; }

signals:
    /// The file was found damaged; @p message says what to do.
    void damaged(const QString &message);
    /// A restore finished and the store is ready again.
    void restored();

private:
    enum class Pool { Writer, Readers };

    template<typename T> QFuture<Result<T>> submit(Pool pool, std::function<Result<T>(QSqlDatabase)> work)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        post(pool, [this, promise, work = std::move(work)](LocalStore *store, const Error *openError) {
            std::optional<Result<T>> result;
            if (const auto refused = refusal(openError))
                result.emplace(*refused);
            else
                result.emplace(work(databaseOf(store)));
            if (!result->ok())
                noticeDamage(result->error());
            promise->addResult(std::move(*result));
            promise->finish();
        });
        return future;
    }

    using Job = std::function<void(LocalStore *store, const Error *openError)>;
    void post(Pool pool, Job job) const;
    /// Why a job may not run now, if it may not.
    std::optional<Error> refusal(const Error *openError) const;
    static QSqlDatabase databaseOf(LocalStore *store);
    /// Marks the file damaged when @p error is SQLite's report of a malformed file.
    void noticeDamage(const Error &error);
    void setState(State state, const QString &problem);
    void runMaintenance();
    /// What the clerk is told about a damaged file, from SQLite's @p problems.
    QString damageMessage(const QStringList &problems) const;
    /// Appends to store_maintenance through the writer (best effort).
    void logMaintenance(const QString &kind, const QString &detail);
    /// The contribution records of a large file checked on the upkeep thread once it is open (see open()):
    /// damage found sets State::Damaged and emits damaged().
    void checkRecordsAfterOpening();
    /// Whether the file is larger than Options::fullCheckBeforeUseUpTo.
    bool isLarge() const;
    /// Runs @p work (a statement on @p db, on a store thread); for a large file, closing the store
    /// interrupts it (it then fails with "interrupted").
    template<typename Work> auto whileClosingStops(const QSqlDatabase &db, Work &&work) -> decltype(work());
    QString backupBaseName() const;
    QList<BackupInfo> listBackups() const;
    /// A sound Tongban store at a schema this program knows, or why not.
    static Status checkBackup(const QString &backupPath);
    /// Moves the file aside and the backup in (everything closed meanwhile); where the file was
    /// kept (empty when there was none).
    Result<QString> swapIn(const QString &backupPath);

    Options m_options;
    Clock m_clock;
    mutable std::mutex m_stateMutex;
    /// Stops a whole-file check in flight when the store closes.
    StatementInterrupter m_checkInterrupter;
    /// A large file was opened and its registry is still to be checked at the next maintenance
    /// run (Options::registryCheckAwaitsMaintenance). Set on the writer, taken on the caller's thread.
    std::atomic<bool> m_registryCheckDue {false};
    State m_state = State::Closed;
    QString m_problem;
    std::unique_ptr<ConnectionPool> m_writer;
    std::unique_ptr<ConnectionPool> m_readers;
    /// One thread for checks of the whole file and backups, one after the other.
    std::unique_ptr<ConnectionPool> m_upkeep;
    QTimer *m_maintenanceTimer = nullptr;
    std::unique_ptr<QThread> m_restoreThread;
};

} // namespace tongban::storage
