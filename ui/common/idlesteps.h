#pragma once

#include <QList>
#include <QObject>

#include <functional>

namespace tongban::ui {

/// Work for the UI thread cut into steps, one step per turn of the event loop once started,
/// so that what the clerk does in between (keys, clicks, a store's answer) is served between
/// two steps. Each step should take well under 50 ms (the longest stall the window allows,
/// docs/performance.md).
class IdleSteps : public QObject
{
    Q_OBJECT

public:
    explicit IdleSteps(QObject *parent = nullptr);

    /// Queues @p step after the steps queued before it.
    void add(std::function<void()> step);
    /// Runs the queued steps from the event loop, one per turn (nothing when started already).
    void start();
    /// Runs every step still queued now, in order (finished() is emitted when there were any).
    void finish();
    /// Whether no step is queued.
    bool isDone() const { return m_steps.isEmpty(); }

signals:
    /// The last queued step ran.
    void finished();

private:
    void runNext();

    QList<std::function<void()>> m_steps;
    bool m_started = false;
};

} // namespace tongban::ui
