#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace tongban::ui {

/// Measures how long the UI thread was kept from its event loop: a precise timer on the thread
/// ticks every period, and the longest gap between two ticks beyond the period is the longest
/// stall (a clerk's click or keystroke waits that long at worst). For the benchmarks
/// (bench/benchgui.cpp) and `tongban --report-stalls`; costs one timer event per period.
class StallWatchdog : public QObject
{
public:
    explicit StallWatchdog(std::chrono::milliseconds period = std::chrono::milliseconds(5), QObject *parent = nullptr);

    /// Starts ticking (on the thread of this object) and forgets the stalls measured so far.
    void start();
    void stop();
    /// Forgets the stalls measured so far, and keeps ticking.
    void reset();

    /// The longest stall since start() or reset(), in nanoseconds (0 when none beyond the period).
    qint64 longestStallNanoseconds() const { return m_longest; }
    /// Ticks since start() or reset().
    qint64 ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_periodNanoseconds = 0;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_ticks = 0;
};

} // namespace tongban::ui
