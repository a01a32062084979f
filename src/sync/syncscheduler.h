#pragma once

#include <chrono>

#include <QObject>
#include <QTimer>

#include "syncreport.h"

namespace sitesafe {

/// Decides when the next sync runs (issue 5 "Triggers"): periodically after a success, with exponential backoff
/// and full jitter after a failure (1 s → 15 min cap, sync-anchors §2.7), soon after the network comes back
/// (QNetworkInformation, a hint only — the engine's /ping is the truth), never while the user must sign in.
/// It only emits syncRequested(); connect that to SyncEngine::syncNow (queued) and SyncEngine::finished back to
/// onFinished(). Manual syncs (toolbar, shortcut) call SyncEngine::syncNow directly.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    explicit SyncScheduler(QObject *parent = nullptr);

    std::chrono::milliseconds periodicInterval() const { return m_periodic; }
    void setPeriodicInterval(std::chrono::milliseconds interval) { m_periodic = interval; }
    int consecutiveFailures() const { return m_failures; }
    bool isWaitingForSignIn() const { return m_isWaitingForSignIn; }

    /// The backoff before retry number `failures` (1, 2, …) with full jitter: uniform in [0, min(cap, 1 s · 2^n)].
    /// `random01` is a number in [0, 1).
    static std::chrono::milliseconds backoff(int failures, double random01);

    /// Starts the timers and the connectivity hint; the first sync is requested right away (start-up trigger).
    void start();
    void stop();

public Q_SLOTS:
    void onFinished(const sitesafe::SyncReport &report);
    /// After a successful sign-in.
    void onSignedIn();

Q_SIGNALS:
    void syncRequested();
    /// When the next automatic sync is due, for a status line ("next try in 2 min").
    void nextAttemptScheduled(qint64 delayMs);

private:
    void schedule(std::chrono::milliseconds delay);
    void watchConnectivity();

    QTimer m_timer;
    std::chrono::milliseconds m_periodic = std::chrono::minutes(15);
    int m_failures = 0;
    bool m_isWaitingForSignIn = false;
};

} // namespace sitesafe
