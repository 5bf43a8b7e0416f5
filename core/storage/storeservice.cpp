#include "storeservice.h"
#include "connectionpool.h"
#include "localstore.h"
#include "migrations.h"
#include "storedtime.h"
#include "writetransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <QThread>
#include <QTimer>
#include <QVariant>
#include <type_traits>

#include <type_traits>

namespace tongban::storage {

namespace {

constexpr int kMaxProblemsListed = 20;
const QString kBackupTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

/// The rows PRAGMA quick_check / integrity_check return: {"ok"} for a sound file.
Result<QStringList> runCheck(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA %1(%2)").arg(pragma).arg(kMaxProblemsListed)))
        return LocalStore::queryError(q, QCoreApplication::translate("tongban::storage::StoreService", "cannot check the database"));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

/// The rows of PRAGMA quick_check(@p table): that table and its indexes alone (SQLite ≥ 3.33).
Result<QStringList> runTableCheck(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // PRAGMA takes no bound values; the name comes from sqlite_schema, quoted.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(QString(table).replace(u'"', QStringLiteral("\"\"")))))
        return LocalStore::queryError(q, QCoreApplication::translate("tongban::storage::StoreService", "cannot check the database"));
    QStringList rows;
    while (q.next() && rows.size() < kMaxProblemsListed)
        rows << q.value(0).toString();
    return rows;
}

/// The tables left to the check after opening a large file, checked in this order: the persons
/// (about 80 ms on a county's file, the largest part of what was left before use) and the
/// contribution records (minutes). Both are the registry the office receives; the clerk's own
/// writes (visits, matters, the outbox) go to tables checked before use.
const QStringList kCheckedAfterOpening {QStringLiteral("insured_person"), QStringLiteral("contribution_record")};

/// Turns off the evaluation of CHECK constraints on @p db for its lifetime, and on again after.
/// quick_check on a writable connection evaluates every CHECK of every row: on a county's file
/// that took 400 of the 450 ms of the check before use (125,000 persons' GLOBs and dates). Those
/// constraints held when the rows were written; a damaged page is what the check is for, and it
/// is found without them (the scheduled integrity_check runs on a read-only connection, which
/// skips them too).
class ConstraintsSkipped
{
public:
    explicit ConstraintsSkipped(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA ignore_check_constraints=ON"));
    }
    ~ConstraintsSkipped()
    {
        // On again before the writer writes anything: the constraints guard every write.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA ignore_check_constraints=OFF"));
    }
    ConstraintsSkipped(const ConstraintsSkipped &) = delete;
    ConstraintsSkipped &operator=(const ConstraintsSkipped &) = delete;

private:
    QSqlDatabase m_db;
};

/// quick_check of every table of @p db but those of kCheckedAfterOpening (which may not exist yet), the
/// rows' CHECK constraints not evaluated (see ConstraintsSkipped).
Result<QStringList> checkAllButTheRecords(const QSqlDatabase &db)
{
    const ConstraintsSkipped skipped(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")))
        return LocalStore::queryError(q, QCoreApplication::translate("tongban::storage::StoreService", "cannot check the database"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        if (kCheckedAfterOpening.contains(table))
            continue;
        const auto rows = runTableCheck(db, table);
        if (!rows || rows->constFirst() != QStringLiteral("ok"))
            return rows;
    }
    return QStringList {QStringLiteral("ok")};
}

bool isSound(const QStringList &rows)
{
    return rows == QStringList {QStringLiteral("ok")};
}

/// SQLite's own words for a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB): English, fixed.
bool reportsDamage(const QString &message)
{
    return message.contains(QStringLiteral("database disk image is malformed"))
        || message.contains(QStringLiteral("file is not a database"));
}

} // namespace

StoreService::StoreService(Options options, Clock clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(std::move(clock))
{
    const QString path = m_options.path;
    const bool create = m_options.createIfMissing;
    // The writer's connection is opened without migrating: open() checks the file first.
    m_writer = std::make_unique<ConnectionPool>(QStringLiteral("store-writer"), 1, [path, create]() -> Result<std::unique_ptr<LocalStore>> {
        if (!create && !QFileInfo::exists(path))
            return Error::notFound(QStringLiteral("path"), tr("the database file %1 does not exist").arg(path));
        // Never another program's database, nor an empty file where a database must exist: the
        // pragmas of the opening below write to the file.
        if (const Status s = LocalStore::checkIsTongbanFile(path, create); !s)
            return s.error();
        return LocalStore::open(path, LocalStore::OpenMode::NoMigration);
    });
    m_readers = std::make_unique<ConnectionPool>(QStringLiteral("store-reader"), m_options.readers,
                                                 [path] { return LocalStore::open(path, LocalStore::OpenMode::ReadOnly); });
    // The long upkeep (checks of the whole file, backups) has a thread of its own: on a county's
    // file it takes minutes, and on the readers it held both of them while the clerk's first
    // look-up of the morning waited behind it.
    m_upkeep = std::make_unique<ConnectionPool>(QStringLiteral("store-upkeep"), 1,
                                                [path] { return LocalStore::open(path, LocalStore::OpenMode::ReadOnly); });
}

StoreService::~StoreService()
{
    if (m_restoreThread)
        m_restoreThread->wait();
    // The long upkeep of a large file (the records check after opening, a full check, a backup)
    // is stopped, not waited for: the clerk closing the window does not wait minutes, and what
    // was due is due again at the next start. A small file's upkeep runs to its end.
    m_checkInterrupter.interrupt();
    // Writes first: what the clerk submitted is stored before the program ends. A reader's job
    // may still queue a write as it ends (a backup or a full check logs itself through the
    // writer), after the writer stopped: such a write was lost (the soak's runs left a backup
    // that store_maintenance did not list), so the pools are stopped again until neither has
    // anything left.
    for (bool again = true; again;) {
        m_writer->stop();
        m_readers->stop();
        m_upkeep->stop();
        again = false;
        for (ConnectionPool *pool : {m_writer.get(), m_readers.get(), m_upkeep.get()}) {
            if (pool->hasQueued()) {
                pool->start();
                again = true;
            }
        }
    }
}

StoreService::State StoreService::state() const
{
    std::lock_guard lock(m_stateMutex);
    return m_state;
}

QString StoreService::problem() const
{
    std::lock_guard lock(m_stateMutex);
    return m_problem;
}

QString StoreService::backupDirectory() const
{
    return m_options.backupDirectory.isEmpty() ? m_options.path + QStringLiteral(".backups") : m_options.backupDirectory;
}

void StoreService::setState(State state, const QString &problem)
{
    bool nowDamaged = false;
    {
        std::lock_guard lock(m_stateMutex);
        nowDamaged = state == State::Damaged && m_state != State::Damaged;
        m_state = state;
        m_problem = problem;
    }
    if (nowDamaged)
        emit damaged(problem); // queued to the receivers' threads when called from a store thread
}

QString StoreService::damageMessage(const QStringList &problems) const
{
    // SQLite's first finding is enough to say what is wrong; the others are counted.
    QStringList found = problems;
    found.removeAll(QStringLiteral("*** in database main ***"));
    QString detail = found.isEmpty() ? QString() : found.first().trimmed();
    if (found.size() > 1)
        detail = tr("%1, and %n more problem(s)", nullptr, int(found.size() - 1)).arg(detail);
    return tr("The database file %1 is damaged (%2). Nothing more is read from it or written to it. A supervisor can put the "
              "latest backup in its place (menu Database → Backups and checks, or tongban-cli restore --db FILE --from BACKUP); "
              "the damaged file is kept beside it.")
        .arg(QDir::toNativeSeparators(m_options.path), detail);
}

void StoreService::noticeDamage(const Error &error)
{
    // A file already found damaged stays so with its first words: a job refused with them (they
    // quote SQLite's report) must not wrap them again.
    if (state() == State::Damaged)
        return;
    if (reportsDamage(error.message))
        setState(State::Damaged, damageMessage({error.message}));
}

std::optional<Error> StoreService::refusal(const Error *openError) const
{
    std::lock_guard lock(m_stateMutex);
    switch (m_state) {
    case State::Ready:
        break;
    case State::Damaged:
    case State::Failed:
        return Error::storage(m_problem);
    case State::Closed:
        return Error::storage(tr("the database %1 is not open yet").arg(QDir::toNativeSeparators(m_options.path)));
    }
    if (openError)
        return *openError;
    return std::nullopt;
}

QSqlDatabase StoreService::databaseOf(LocalStore *store)
{
    return store->database();
}

void StoreService::post(Pool pool, Job job) const
{
    (pool == Pool::Writer ? m_writer : m_readers)->post(std::move(job));
}

QFuture<Result<OpenReport>> StoreService::open()
{
    auto promise = std::make_shared<QPromise<Result<OpenReport>>>();
    QFuture<Result<OpenReport>> future = promise->future();
    promise->start();
    const bool existed = QFileInfo::exists(m_options.path);
    m_writer->post([this, promise, existed](LocalStore *store, const Error *openError) {
        const auto finish = [&](Result<OpenReport> result) {
            promise->addResult(std::move(result));
            promise->finish();
        };
        // SQLite may first say a file is damaged when it reads the schema or the version, before
        // the check runs: that is a damaged file too, not one that merely failed to open.
        const auto fail = [&](const Error &error) {
            if (reportsDamage(error.message))
                setState(State::Damaged, damageMessage({error.message}));
            else
                setState(State::Failed, error.message);
            return finish(reportsDamage(error.message) ? Error::storage(problem()) : error);
        };
        if (openError)
            return fail(*openError);
        const QSqlDatabase db = store->database();
        const bool checkWhole = QFileInfo(m_options.path).size() <= m_options.fullCheckBeforeUseUpTo;
        const auto rows = checkWhole ? runCheck(db, QStringLiteral("quick_check")) : checkAllButTheRecords(db);
        if (!rows || !isSound(*rows)) {
            setState(State::Damaged, damageMessage(rows ? *rows : QStringList {rows.error().message}));
            return finish(Error::storage(problem()));
        }
        OpenReport report;
        report.created = !existed;
        const auto before = Migrations::currentVersion(db);
        if (!before)
            return fail(before.error());
        report.schemaBefore = *before;
        if (const Status migrated = Migrations::migrate(db); !migrated)
            return fail(migrated.error());
        report.schema = Migrations::latestVersion();
        // Step 3 copies every contribution record into the compact table: give the old pages back.
        if (report.schemaBefore > 0 && report.schemaBefore < 3)
            QSqlQuery(db).exec(QStringLiteral("VACUUM"));
        setState(State::Ready, QString());
        finish(report);
        if (!checkWhole) {
            if (m_options.registryCheckAwaitsMaintenance)
                m_registryCheckDue = true;
            else
                checkRecordsAfterOpening();
        }
    });
    return future;
}

bool StoreService::isLarge() const
{
    return QFileInfo(m_options.path).size() > m_options.fullCheckBeforeUseUpTo;
}

template<typename Work> auto StoreService::whileClosingStops(const QSqlDatabase &db, Work &&work) -> decltype(work())
{
    // A small file's upkeep is quick: it runs to its end even while the store closes.
    if (!isLarge())
        return work();
    using Outcome = decltype(work());
    if (!m_checkInterrupter.attach(db)) { // the store is closing: not started
        if constexpr (std::is_same_v<Outcome, bool>)
            return false;
        else
            return Outcome(Error::storage(tr("stopped: the program is closing")));
    }
    auto result = work();
    m_checkInterrupter.detach(db);
    return result;
}

void StoreService::checkRecordsAfterOpening()
{
    m_upkeep->post([this](LocalStore *store, const Error *openError) {
        if (openError || !store)
            return;
        if (!m_checkInterrupter.attach(store->database()))
            return;
        for (const QString &table : kCheckedAfterOpening) {
            const auto rows = runTableCheck(store->database(), table);
            if (rows && !isSound(*rows)) {
                setState(State::Damaged, damageMessage(*rows));
                break;
            }
            if (!rows) {
                if (reportsDamage(rows.error().message))
                    setState(State::Damaged, damageMessage({rows.error().message}));
                break; // interrupted (the store closes), or a file without the table yet
            }
        }
        m_checkInterrupter.detach(store->database());
    });
}

QFuture<Result<IntegrityReport>> StoreService::checkIntegrity()
{
    auto promise = std::make_shared<QPromise<Result<IntegrityReport>>>();
    QFuture<Result<IntegrityReport>> future = promise->future();
    promise->start();
    m_upkeep->post([this, promise](LocalStore *store, const Error *openError) {
        Result<IntegrityReport> result = Error::storage(QString());
        if (const auto refused = refusal(openError)) {
            result = *refused;
        } else if (const auto rows
                   = whileClosingStops(store->database(), [&] { return runCheck(store->database(), QStringLiteral("integrity_check")); });
                   !rows) {
            result = rows.error();
        } else {
            IntegrityReport report;
            report.ok = isSound(*rows);
            report.problems = report.ok ? QStringList() : *rows;
            report.checkedAt = m_clock.nowUtc();
            if (!report.ok)
                setState(State::Damaged, damageMessage(*rows));
            result = report;
            // A damaged file takes no writes, so only a sound check is logged in it.
            if (report.ok)
                logMaintenance(QStringLiteral("integrity-check"), QString());
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

void StoreService::logMaintenance(const QString &kind, const QString &detail)
{
    const QString at = StoredTime::toText(m_clock.nowUtc());
    // The log is written by the writer: reader connections are read-only.
    m_writer->post([kind, detail, at](LocalStore *writer, const Error *) {
        if (!writer)
            return;
        QSqlQuery log(writer->database());
        log.prepare(QStringLiteral("INSERT INTO store_maintenance (kind, at, ok, detail) VALUES (:kind, :at, 1, :detail)"));
        log.bindValue(QStringLiteral(":kind"), kind);
        log.bindValue(QStringLiteral(":at"), at);
        // A null QString would bind NULL into a NOT NULL column.
        log.bindValue(QStringLiteral(":detail"), detail.isNull() ? QStringLiteral("") : detail);
        // Best effort: the log says what was done; a failure to log it does not undo the work.
        log.exec();
    });
}

QString StoreService::backupBaseName() const
{
    return QFileInfo(m_options.path).completeBaseName();
}

QList<BackupInfo> StoreService::listBackups() const
{
    const QString prefix = backupBaseName() + u'-';
    QList<BackupInfo> found;
    const QDir directory(backupDirectory());
    for (const QFileInfo &file : directory.entryInfoList({prefix + QStringLiteral("*.sqlite")}, QDir::Files)) {
        // "<base>-yyyyMMdd-HHmmss.sqlite" (a second backup in the same second adds "-2").
        const QString stamp = file.completeBaseName().mid(prefix.size(), kBackupTimeFormat.size());
        QDateTime madeAt = QDateTime::fromString(stamp, kBackupTimeFormat);
        if (!madeAt.isValid())
            continue;
        madeAt.setTimeSpec(Qt::UTC);
        found.append({file.absoluteFilePath(), madeAt, file.size()});
    }
    std::sort(found.begin(), found.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path; });
    return found;
}

QFuture<Result<QList<BackupInfo>>> StoreService::backups() const
{
    auto promise = std::make_shared<QPromise<Result<QList<BackupInfo>>>>();
    QFuture<Result<QList<BackupInfo>>> future = promise->future();
    promise->start();
    // Listing needs no connection, and must work while the file is damaged.
    m_readers->post([this, promise](LocalStore *, const Error *) {
        promise->addResult(Result<QList<BackupInfo>>(listBackups()));
        promise->finish();
    });
    return future;
}

QFuture<Result<BackupInfo>> StoreService::backUp()
{
    auto promise = std::make_shared<QPromise<Result<BackupInfo>>>();
    QFuture<Result<BackupInfo>> future = promise->future();
    promise->start();
    m_upkeep->post([this, promise](LocalStore *store, const Error *openError) {
        const auto finish = [&](Result<BackupInfo> result) {
            promise->addResult(std::move(result));
            promise->finish();
        };
        if (const auto refused = refusal(openError))
            return finish(*refused);
        const QDir directory(backupDirectory());
        if (!QDir().mkpath(directory.path()))
            return finish(Error::storage(tr("cannot create the backup folder %1").arg(QDir::toNativeSeparators(directory.path()))));
        const QDateTime madeAt = m_clock.nowUtc();
        QString name = backupBaseName() + u'-' + madeAt.toString(kBackupTimeFormat);
        for (int n = 2; QFileInfo::exists(directory.filePath(name + QStringLiteral(".sqlite"))); ++n)
            name = backupBaseName() + u'-' + madeAt.toString(kBackupTimeFormat) + u'-' + QString::number(n);
        const QString target = directory.filePath(name + QStringLiteral(".sqlite"));
        const QString partial = target + QStringLiteral(".partial");
        QFile::remove(partial);
        // VACUUM INTO: a consistent, compact copy of the snapshot this read-only connection sees.
        QSqlQuery vacuum(store->database());
        if (!vacuum.prepare(QStringLiteral("VACUUM INTO :target")))
            return finish(LocalStore::queryError(vacuum, tr("cannot prepare the backup")));
        vacuum.bindValue(QStringLiteral(":target"), partial);
        if (!whileClosingStops(store->database(), [&] { return vacuum.exec(); })) {
            const Error error = LocalStore::queryError(vacuum, tr("cannot write the backup %1").arg(QDir::toNativeSeparators(target)));
            QFile::remove(partial);
            noticeDamage(error);
            return finish(error);
        }
        // Only a whole copy gets a backup's name.
        if (!QFile::rename(partial, target)) {
            QFile::remove(partial);
            return finish(Error::storage(tr("cannot write the backup %1").arg(QDir::toNativeSeparators(target))));
        }
        const QList<BackupInfo> all = listBackups();
        for (qsizetype i = std::max(1, m_options.keepBackups); i < all.size(); ++i)
            QFile::remove(all.at(i).path);
        logMaintenance(QStringLiteral("backup"), QFileInfo(target).fileName());
        finish(BackupInfo {target, madeAt, QFileInfo(target).size()});
    });
    return future;
}

Status StoreService::checkBackup(const QString &backupPath)
{
    if (!QFileInfo::exists(backupPath))
        return Error::notFound(QStringLiteral("backup"), tr("the backup %1 does not exist").arg(QDir::toNativeSeparators(backupPath)));
    // Read only, and without LocalStore's pragmas: checking a backup must not change it.
    const QString connection = QStringLiteral("tongban-backup-check-%1").arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    const auto removeConnection = qScopeGuard([connection] { QSqlDatabase::removeDatabase(connection); });
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(backupPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    const auto closeDb = qScopeGuard([&db] {
        db.close();
        db = QSqlDatabase();
    });
    if (!db.open())
        return Error::badInput(QStringLiteral("backup"),
                               tr("the backup %1 cannot be read: %2").arg(QDir::toNativeSeparators(backupPath), db.lastError().text()));
    const auto rows = runCheck(db, QStringLiteral("quick_check"));
    if (!rows || !isSound(*rows))
        return Error::badInput(
            QStringLiteral("backup"),
            tr("the backup %1 is damaged too (%2): choose another one")
                .arg(QDir::toNativeSeparators(backupPath), rows ? rows->join(QStringLiteral("; ")) : rows.error().message));
    const auto version = Migrations::currentVersion(db);
    if (!version || *version < 1 || *version > Migrations::latestVersion())
        return Error::badInput(
            QStringLiteral("backup"),
            tr("the file %1 is not a backup of a Tongban database this program can read").arg(QDir::toNativeSeparators(backupPath)));
    return Done {};
}

Result<QString> StoreService::swapIn(const QString &backupPath)
{
    const QString path = m_options.path;
    const QString stamp = m_clock.nowUtc().toString(kBackupTimeFormat);
    QString replaced = path + QStringLiteral(".replaced-") + stamp;
    for (int n = 2; QFileInfo::exists(replaced); ++n)
        replaced = path + QStringLiteral(".replaced-") + stamp + u'-' + QString::number(n);
    const QString incoming = path + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error::storage(
            tr("cannot copy the backup %1 next to %2").arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(path)));
    // The replaced file keeps its log and shared memory with it, so it can still be opened.
    if (QFileInfo::exists(path) && !QFile::rename(path, replaced)) {
        QFile::remove(incoming);
        return Error::storage(tr("cannot move %1 aside").arg(QDir::toNativeSeparators(path)));
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, replaced + suffix);
    }
    if (!QFile::rename(incoming, path)) {
        // Put the replaced file back: nothing is lost.
        QFile::rename(replaced, path);
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::rename(replaced + suffix, path + suffix);
        return Error::storage(tr("cannot put the backup in place of %1").arg(QDir::toNativeSeparators(path)));
    }
    return QFileInfo::exists(replaced) ? replaced : QString();
}

QFuture<Result<OpenReport>> StoreService::restore(const QString &backupPath)
{
    auto promise = std::make_shared<QPromise<Result<OpenReport>>>();
    QFuture<Result<OpenReport>> future = promise->future();
    promise->start();
    if (m_restoreThread)
        m_restoreThread->wait();
    // Its own thread: stopping the pools joins their threads, which no pool thread can do.
    m_restoreThread.reset(QThread::create([this, promise, backupPath] {
        const auto finish = [&](Result<OpenReport> result) {
            promise->addResult(std::move(result));
            promise->finish();
        };
        if (const Status checked = checkBackup(backupPath); !checked)
            return finish(checked.error());
        m_writer->stop();
        m_readers->stop();
        m_upkeep->stop();
        setState(State::Closed, QString());
        const Result<QString> swapped = swapIn(backupPath);
        m_writer->start();
        m_readers->start();
        m_upkeep->start();
        if (!swapped) {
            // The old file is back in place: open it again as it was.
            open().waitForFinished();
            return finish(swapped.error());
        }
        QFuture<Result<OpenReport>> reopened = open();
        reopened.waitForFinished();
        Result<OpenReport> report = reopened.result();
        if (report.ok()) {
            report->replaced = *swapped;
            logMaintenance(QStringLiteral("restore"), QFileInfo(backupPath).fileName());
            emit restored();
        }
        finish(report);
    }));
    m_restoreThread->setObjectName(QStringLiteral("store-restore"));
    m_restoreThread->start();
    return future;
}

void StoreService::startMaintenance()
{
    if (!m_maintenanceTimer) {
        m_maintenanceTimer = new QTimer(this);
        m_maintenanceTimer->setInterval(std::chrono::hours(1));
        connect(m_maintenanceTimer, &QTimer::timeout, this, &StoreService::runMaintenance);
        m_maintenanceTimer->start();
    }
    runMaintenance();
}

void StoreService::runMaintenance()
{
    if (state() != State::Ready)
        return;
    if (m_registryCheckDue.exchange(false))
        checkRecordsAfterOpening(); // first on the upkeep thread: a backup of a damaged file is worth nothing
    const QDateTime now = m_clock.nowUtc();
    const int backupHours = m_options.backupIntervalHours;
    const int checkHours = m_options.integrityIntervalHours;
    // What is due is read on a reader; the work it starts runs on the store's threads too.
    read<std::pair<bool, bool>>([this, now, backupHours, checkHours](QSqlDatabase db) -> Result<std::pair<bool, bool>> {
        const QList<BackupInfo> all = listBackups();
        const bool backupDue = all.isEmpty() || all.first().madeAt.secsTo(now) >= qint64(backupHours) * 3600;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT max(at) FROM store_maintenance WHERE kind = 'integrity-check' AND ok = 1")) || !q.next())
            return LocalStore::queryError(q, tr("cannot read the maintenance log"));
        const QDateTime lastCheck = StoredTime::fromText(q.value(0).toString());
        const bool checkDue = !lastCheck.isValid() || lastCheck.secsTo(now) >= qint64(checkHours) * 3600;
        return std::make_pair(backupDue, checkDue);
    }).then(this, [this](const Result<std::pair<bool, bool>> &due) {
        if (!due)
            return;
        if (due->second)
            checkIntegrity();
        if (due->first)
            backUp();
    });
}

} // namespace tongban::storage
