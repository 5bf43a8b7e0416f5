#pragma once

#include "handcarryimport.h"
#include "syncround.h"

#include "central/centralconnectioninfo.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QObject>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace tongban::storage {
class StoreService;
}

namespace tongban::services {

/// What the status bar shows of sync: where the file stands, from the local store and the last
/// round, without asking the server.
struct SyncOverview
{
    bool serverConfigured = false; ///< a server and a signed-in clerk's credentials are set
    bool online = false; ///< the last round reached the server
    bool running = false; ///< a round is under way
    QDateTime lastSync; ///< the end of the last complete round (UTC); null: never
    qint64 pending = 0; ///< operations in the outbox
    QDateTime oldestPending; ///< when the oldest of them was made (UTC); null: none
    int conflicts = 0; ///< conflicts waiting for a person
    int rejections = 0; ///< operations the server refused, waiting for a person
    bool firstDownloadComplete = false; ///< the file holds its whole office
    QString officeCode; ///< the office the file belongs to; empty before the first sync
    QString problem; ///< the last round's error in plain words; empty after a good round
};

/// The window's sync (issue 13): one round at a time on a thread of its own (services::SyncRound
/// with the signed-in clerk's connection, opened on that thread), progress and cancel, and a round
/// started by itself every interval while a server is set — so work done offline goes up as soon
/// as the server can be reached, without anyone pressing a button (B17, B19). A failed round waits
/// longer before the next try (1, 2, 4 … up to 16 intervals), a good one resets the wait. Use from
/// the thread that owns the store (the UI thread); every signal arrives on that thread.
class SyncService : public QObject
{
    Q_OBJECT

public:
    /// Over @p store, "now" from @p clock; a round every @p interval once started (zero: only when
    /// asked).
    SyncService(storage::StoreService &store, Clock clock, std::chrono::milliseconds interval = std::chrono::minutes(1),
                QObject *parent = nullptr);
    ~SyncService() override;

    /// The server and the signed-in clerk's credentials (a libpq connection string with user and
    /// password), kept in memory only; std::nullopt at sign-out or without a server: rounds stop.
    void setServer(std::optional<central::CentralConnectionInfo> server);
    /// Starts the automatic rounds (the first one at once).
    void start();

    /// Starts a round now; when one is running, the future of that one. Errors: those of
    /// SyncRound::run, and BadInput "server" when no server is set.
    QFuture<Result<SyncReport>> syncNow();
    /// Asks the running round to stop after its current batch or page (nothing is lost).
    void cancel();
    bool isRunning() const { return m_running; }
    /// How long after the last round the next automatic one starts: the interval, doubled for each
    /// failed round in a row up to 16 times; zero when no automatic round is waiting.
    std::chrono::milliseconds nextRoundIn() const;
    /// "now" of the rounds and of the status line.
    const Clock &clock() const { return m_clock; }

    /// Imports a hand-carry file with the signed-in clerk's connection (a supervisor's), on a thread
    /// of its own (services::HandCarryImport). Errors: BadInput "server" when no server is set;
    /// those of HandCarryImport::run.
    QFuture<Result<CarryImportReport>> importCarryFile(const QByteArray &file);

    /// Where the file stands (read on a reader of the store). Error: Storage.
    QFuture<Result<SyncOverview>> overview() const;

signals:
    /// A round moved on (on the UI thread).
    void progressed(const tongban::services::SyncProgress &progress);
    /// A round started or ended, or the counts changed: read overview() again.
    void changed();
    /// A round ended. @p message: when it failed, the error in plain words; when it went well,
    /// empty, or a notice of parameter editions received (or not taken, and why).
    void roundFinished(bool ok, const QString &message);
    /// A round stored new parameter editions in the file (SyncReport::parameterEditions: "regions/
    /// 110000.json 2026-12-01"), after roundFinished. The program computes with them from its next
    /// start (EffectiveParameters): until then, with the figures it started with.
    void parameterEditionsReceived(const QStringList &editions);

private:
    void scheduleNext(bool failed);
    void finish(const Result<SyncReport> &result);

    storage::StoreService &m_store;
    Clock m_clock;
    std::chrono::milliseconds m_interval;
    std::optional<central::CentralConnectionInfo> m_server;
    QTimer *m_timer = nullptr;
    // Each round and import runs on a thread of its own, a child of this object that deletes itself
    // when it ends: a new round never waits on the UI thread for the last one's thread to wind down.
    QThread *startThread(std::function<void()> work);
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<Result<SyncReport>> m_current;
    bool m_running = false;
    bool m_online = false;
    QString m_problem;
    int m_failures = 0;
};

} // namespace tongban::services
