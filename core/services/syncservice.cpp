#include "syncservice.h"

#include "central/centralsession.h"
#include "central/syncserver.h"
#include "storage/storeservice.h"
#include "sync/outbox.h"
#include "sync/syncstaterepository.h"

#include <QPromise>
#include <QThread>
#include <QTimer>

namespace tongban::services {

SyncService::SyncService(storage::StoreService &store, Clock clock, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_interval(interval)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_server && !m_running)
            syncNow();
    });
}

SyncService::~SyncService()
{
    if (m_cancel)
        m_cancel->store(true);
    // A thread still running would be destroyed with its parent: let each end first.
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly))
        thread->wait();
}

QThread *SyncService::startThread(std::function<void()> work)
{
    QThread *thread = QThread::create(std::move(work));
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

std::chrono::milliseconds SyncService::nextRoundIn() const
{
    return m_timer->isActive() ? std::chrono::milliseconds(m_timer->interval()) : std::chrono::milliseconds(0);
}

void SyncService::setServer(std::optional<central::CentralConnectionInfo> server)
{
    m_server = std::move(server);
    if (!m_server) {
        m_timer->stop();
        m_online = false;
    }
    emit changed();
}

void SyncService::start()
{
    if (m_interval.count() > 0 && m_server)
        m_timer->start(0);
}

QFuture<Result<SyncReport>> SyncService::syncNow()
{
    if (m_running)
        return m_current;
    if (!m_server) {
        QPromise<Result<SyncReport>> refused;
        refused.start();
        refused.addResult(Result<SyncReport>(Error::badInput(
            QStringLiteral("server"), tr("no central server is set, or nobody is signed in online: sign in with the server's address"))));
        refused.finish();
        return refused.future();
    }
    m_running = true;
    m_timer->stop();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto promise = std::make_shared<QPromise<Result<SyncReport>>>();
    m_current = promise->future();
    promise->start();
    const central::CentralConnectionInfo server = *m_server;
    const auto cancel = m_cancel;
    startThread([this, server, cancel, promise] {
        Result<SyncReport> result = Error::unavailable(QString());
        auto session = central::CentralSession::open(server);
        if (!session) {
            result = session.error();
        } else {
            central::SyncServer syncServer(**session);
            SyncRound::Options options;
            options.cancel = cancel.get();
            options.progress = [this](const SyncProgress &progress) {
                QMetaObject::invokeMethod(
                    this, [this, progress] { emit progressed(progress); }, Qt::QueuedConnection);
            };
            result = SyncRound(m_store, syncServer, m_clock, options).run();
        }
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        promise->addResult(result);
        promise->finish();
    });
    emit changed();
    return m_current;
}

QFuture<Result<CarryImportReport>> SyncService::importCarryFile(const QByteArray &file)
{
    auto promise = std::make_shared<QPromise<Result<CarryImportReport>>>();
    QFuture<Result<CarryImportReport>> future = promise->future();
    promise->start();
    if (!m_server) {
        promise->addResult(Result<CarryImportReport>(
            Error::badInput(QStringLiteral("server"), tr("a hand-carried file goes to the server: sign in online first"))));
        promise->finish();
        return future;
    }
    const central::CentralConnectionInfo server = *m_server;
    startThread([server, file, promise] {
        Result<CarryImportReport> result = Error::unavailable(QString());
        auto session = central::CentralSession::open(server);
        if (!session)
            result = session.error();
        else
            result = HandCarryImport::run(**session, file);
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

void SyncService::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SyncService::finish(const Result<SyncReport> &result)
{
    m_running = false;
    // Online: the server answered, even when it refused something; offline: it could not be reached.
    m_online = result.ok() || result.error().kind != Error::Kind::Unavailable;
    m_problem = result.ok() ? QString() : result.error().message;
    scheduleNext(!result.ok());
    emit changed();
    QString message;
    if (!result.ok())
        message = result.error().message;
    else if (!result->parameterProblem.isEmpty())
        message = result->parameterProblem;
    else if (!result->parameterEditions.isEmpty())
        message = tr("New policy parameter editions were received (%1): Tongban computes with them from its next start.")
                      .arg(result->parameterEditions.join(QStringLiteral(", ")));
    emit roundFinished(result.ok(), message);
    if (result.ok() && !result->parameterEditions.isEmpty())
        emit parameterEditionsReceived(result->parameterEditions);
}

void SyncService::scheduleNext(bool failed)
{
    m_failures = failed ? qMin(m_failures + 1, 4) : 0;
    if (m_interval.count() <= 0 || !m_server)
        return;
    // 1, 2, 4, 8, 16 intervals after failures in a row: a server that is down is not hammered, and
    // one that comes back is found within a few minutes.
    m_timer->start(m_interval * (1 << m_failures));
}

QFuture<Result<SyncOverview>> SyncService::overview() const
{
    const bool configured = m_server.has_value();
    const bool online = m_online;
    const bool running = m_running;
    const QString problem = m_problem;
    return m_store.read<SyncOverview>([configured, online, running, problem](QSqlDatabase db) -> Result<SyncOverview> {
        auto state = sync::SyncStateRepository::read(db);
        if (!state)
            return state.error();
        auto status = sync::Outbox::status(db);
        if (!status)
            return status.error();
        SyncOverview overview;
        overview.serverConfigured = configured;
        overview.online = online;
        overview.running = running;
        overview.problem = problem;
        overview.lastSync = state->lastPushAt; // stamped at the end of each complete round
        overview.firstDownloadComplete = state->firstDownloadComplete;
        overview.officeCode = state->officeCode;
        overview.pending = status->pending;
        overview.oldestPending = status->oldestPending;
        overview.conflicts = status->openConflicts;
        overview.rejections = status->openRejections;
        return overview;
    });
}

} // namespace tongban::services
