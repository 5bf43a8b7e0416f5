#include "stallwatchdog.h"

#include <algorithm>

namespace tongban::ui {

StallWatchdog::StallWatchdog(std::chrono::milliseconds period, QObject *parent)
    : QObject(parent)
    , m_periodNanoseconds(std::chrono::nanoseconds(period).count())
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(period);
    connect(&m_timer, &QTimer::timeout, this, &StallWatchdog::tick);
}

void StallWatchdog::start()
{
    m_clock.start();
    reset();
    m_timer.start();
}

void StallWatchdog::stop()
{
    m_timer.stop();
}

void StallWatchdog::reset()
{
    m_last = m_clock.isValid() ? m_clock.nsecsElapsed() : 0;
    m_longest = 0;
    m_ticks = 0;
}

void StallWatchdog::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longest = std::max(m_longest, now - m_last - m_periodNanoseconds);
    m_last = now;
    ++m_ticks;
}

} // namespace tongban::ui
