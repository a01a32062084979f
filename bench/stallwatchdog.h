#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

/// Measures how long the thread it lives on (the UI thread) fails to run its event loop: a precise timer ticks
/// every `intervalMs`; a tick that comes late by more than that is a stall of (gap − interval). Used by the
/// ui_stall_bench (DESIGN.md §5: the UI thread never waits on network or disk for more than 50 ms) and checked
/// by the [clientbench] smoke test, which blocks the thread on purpose.
class StallWatchdog final : public QObject
{
    Q_DISABLE_COPY_MOVE(StallWatchdog)

public:
    struct Stall {
        double atMs = 0; ///< when the stall began, since start()
        double lengthMs = 0;
    };

    explicit StallWatchdog(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    /// Ends the watch, counting a stall still under way up to now.
    void stop();
    double longestMs() const { return m_longestMs; }
    double watchedMs() const { return m_watchedMs; }
    /// Stalls longer than `ms`.
    int countOver(double ms) const;
    /// Every stall over 10 ms, in order.
    const QList<Stall> &stalls() const { return m_stalls; }

private:
    void tick();

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_longestMs = 0;
    double m_watchedMs = 0;
    QList<Stall> m_stalls;
};
