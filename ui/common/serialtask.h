#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace tongban::ui {

/// Runs database work off the UI thread one job after the other, in the order submitted, and
/// delivers every result.
///
/// Unlike BackgroundTask (latest request only, stale answers dropped), nothing here is
/// superseded: a visit must be opened before a calculation is recorded in it, and the outcome
/// of every write (above all a failure) must reach the clerk. One thread of its own keeps the
/// order; a job opens its own connection (storage::LocalStore) on that thread. The destructor
/// waits for the jobs still queued, so that no write is lost when the window closes.
class SerialTask : public QObject
{
    Q_OBJECT

public:
    explicit SerialTask(QObject *parent = nullptr);
    ~SerialTask() override;

    /// Queues @p work() and, back on this object's thread, calls @p done(result) once it ran.
    template<typename Work, typename Done>
    void submit(Work work, Done done)
    {
        using T = std::invoke_result_t<Work>;
        auto *watcher = new QFutureWatcher<T>(this);
        ++m_pending;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)]() {
            watcher->deleteLater();
            --m_pending;
            done(watcher->result());
            if (m_pending == 0)
                emit idle();
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, std::move(work)));
    }

    /// Queues @p work() whose result nobody waits for (e.g. closing the visit at shutdown).
    template<typename Work>
    void submitDetached(Work work)
    {
        // The future is not kept: the pool runs the job and the destructor waits for it.
        (void)QtConcurrent::run(&m_pool, std::move(work));
    }

    /// Jobs submitted whose results were not delivered yet.
    int pending() const { return m_pending; }

signals:
    /// The last job submitted has delivered its result.
    void idle();

private:
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace tongban::ui
