#include "stallwatchdog.h"

#include <algorithm>

StallWatchdog::StallWatchdog(int intervalMs, QObject *parent) : QObject(parent), m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallWatchdog::tick);
}

void StallWatchdog::start()
{
    m_longestMs = 0;
    m_watchedMs = 0;
    m_stalls.clear();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallWatchdog::stop()
{
    tick();
    m_timer.stop();
    m_watchedMs = double(m_clock.nsecsElapsed()) / 1e6;
}

int StallWatchdog::countOver(double ms) const
{
    return int(std::count_if(m_stalls.begin(), m_stalls.end(), [ms](const Stall &s) { return s.lengthMs > ms; }));
}

void StallWatchdog::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double stallMs = double(now - m_lastNs) / 1e6 - m_intervalMs;
    if (stallMs > 10)
        m_stalls.append({double(m_lastNs) / 1e6, stallMs});
    m_longestMs = std::max(m_longestMs, stallMs);
    m_lastNs = now;
}
