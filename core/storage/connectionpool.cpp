#include "connectionpool.h"

#include <QThread>

#include <algorithm>
#include <optional>

namespace tongban::storage {

ConnectionPool::ConnectionPool(QString name, int threads, Connect connect)
    : m_name(std::move(name))
    , m_threadCount(std::max(1, threads))
    , m_connect(std::move(connect))
{
    start();
}

ConnectionPool::~ConnectionPool()
{
    stop();
}

void ConnectionPool::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void ConnectionPool::start()
{
    std::lock_guard lock(m_mutex);
    if (!m_threads.empty())
        return;
    m_stopping = false;
    for (int i = 0; i < m_threadCount; ++i) {
        std::unique_ptr<QThread> thread(QThread::create([this] { work(); }));
        thread->setObjectName(QStringLiteral("%1-%2").arg(m_name).arg(i + 1));
        thread->start();
        m_threads.push_back(std::move(thread));
    }
    // Jobs posted while stopped are waiting in the queue.
    m_wake.notify_all();
}

void ConnectionPool::stop()
{
    std::vector<std::unique_ptr<QThread>> threads;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        threads.swap(m_threads);
    }
    m_wake.notify_all();
    for (const auto &thread : threads)
        thread->wait();
}

bool ConnectionPool::hasQueued() const
{
    std::lock_guard lock(m_mutex);
    return !m_queue.empty();
}

ConnectionPool::Job ConnectionPool::take()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
    // Stopping: what is queued still runs (a write must not be lost); then the thread ends.
    if (m_queue.empty())
        return {};
    Job job = std::move(m_queue.front());
    m_queue.pop_front();
    return job;
}

void ConnectionPool::work()
{
    std::unique_ptr<LocalStore> store;
    std::optional<Error> openError;
    while (Job job = take()) {
        if (!store) {
            auto opened = m_connect();
            if (opened) {
                store = std::move(opened).value();
                openError.reset();
            } else {
                openError = opened.error();
            }
        }
        job(store.get(), store ? nullptr : &*openError);
    }
    // The connection is closed on the thread that opened it.
    store.reset();
}

} // namespace tongban::storage
