#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace tongban::ui {

/// T of a QFuture<T>.
template<typename Future> struct FutureValue;
template<typename T> struct FutureValue<QFuture<T>>
{
    using Type = T;
};

/// Runs one kind of work (a look-up, a calculation) off the UI thread, latest request only:
/// computed on Qt's thread pool (run()) or by a core service on the store's threads (start()).
///
/// A new run() supersedes the one in flight: the old worker is asked to stop through its
/// cancel flag and its result, if it still arrives, is dropped. QtConcurrent cannot stop a
/// running function, so the flag is cooperative; what matters for the clerk is that a stale
/// answer never replaces a newer one on screen.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundTask(QObject *parent = nullptr);

    /// Runs @p work(const std::atomic_bool &cancelled) on the thread pool and, back on this
    /// object's thread, calls @p done(result) unless a newer run() or cancel() came since.
    template<typename Work, typename Done> void run(Work work, Done done)
    {
        using T = std::invoke_result_t<Work, const std::atomic_bool &>;
        const quint64 ticket = supersede();
        auto cancelled = m_cancelled;
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, done = std::move(done)]() {
            watcher->deleteLater();
            if (ticket != m_ticket)
                return;
            setBusy(false);
            done(watcher->result());
        });
        setBusy(true);
        watcher->setFuture(QtConcurrent::run([work = std::move(work), cancelled]() { return work(*cancelled); }));
    }

    /// Starts work elsewhere — a core service's future, e.g. a look-up on a reader thread of the
    /// store — with @p start(cancelFlag), and, back on this object's thread, calls @p done(result)
    /// unless a newer run(), start() or cancel() came since (which also sets the flag).
    template<typename Start, typename Done> void start(Start start, Done done)
    {
        const quint64 ticket = supersede();
        auto future = start(std::shared_ptr<const std::atomic_bool>(m_cancelled));
        using T = typename FutureValue<decltype(future)>::Type;
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, done = std::move(done)]() {
            watcher->deleteLater();
            if (ticket != m_ticket)
                return;
            setBusy(false);
            done(watcher->result());
        });
        setBusy(true);
        watcher->setFuture(future);
    }

    /// Drops the request in flight, if any.
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);

private:
    quint64 supersede();
    void setBusy(bool busy);

    quint64 m_ticket = 0;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_busy = false;
};

} // namespace tongban::ui
