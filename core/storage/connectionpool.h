#pragma once

#include "common/error.h"
#include "localstore.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace tongban::storage {

/// Threads of their own, each with one connection to the local store, running jobs from one
/// queue in the order they were posted (qBittorrent's resume-data worker is the model).
///
/// A QSqlDatabase connection belongs to the thread that opened it: a job gets the connection
/// of the thread it runs on, opened on that thread with @c connect the first time it is needed
/// (and again after a failure, so that a file that appears later is found). With one thread the
/// jobs run one after the other (the store's writer); with several, a slow job does not hold up
/// the others (the readers). stop() runs what is queued, closes every connection on its own
/// thread and joins the threads; start() brings them back (a restore swaps the file between).
class ConnectionPool
{
public:
    /// A job: @p store is the thread's connection, or nullptr and @p openError why it could not
    /// be opened.
    using Job = std::function<void(LocalStore *store, const Error *openError)>;
    using Connect = std::function<Result<std::unique_ptr<LocalStore>>()>;

    /// A pool of @p threads threads named @p name (for debuggers), opening connections with
    /// @p connect. The threads start at once.
    ConnectionPool(QString name, int threads, Connect connect);
    /// stop().
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    /// Queues @p job. A job posted while the pool is stopped runs after the next start().
    void post(Job job);
    /// Runs the queued jobs, closes the connections and joins the threads. Idempotent.
    void stop();
    /// Starts the threads again after stop(). Does nothing when running.
    void start();
    /// True when jobs wait in the queue: posted after stop() (by another pool's job, say).
    bool hasQueued() const;

private:
    void work();
    Job take();

    QString m_name;
    int m_threadCount;
    Connect m_connect;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace tongban::storage
