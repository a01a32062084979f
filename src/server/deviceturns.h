#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

namespace sitesafe {

/// Push batches that arrive ahead of their predecessor: a client may have `push_window` batches in flight
/// (sync-protocol.md, "Batches in flight"), so the later one can reach the database first. Its worker waits here
/// until a batch of the same device commits in this process, then runs the batch again. Waiting is bounded: at
/// most `maxWaiting` requests wait at once, so the other workers stay free for the batches they wait for.
/// Thread-safe.
class DeviceTurns
{
public:
    /// One request's wait; a commit counts for it from enter() on, so none is missed between a refused run and
    /// wait().
    struct Waiter {
        QString deviceId;
        quint64 commits = 0; ///< batches of deviceId committed since enter()
        quint64 seen = 0; ///< of which wait() has returned for
    };

    explicit DeviceTurns(int maxWaiting);

    /// Registers `waiter`; false when maxWaiting requests wait already (the batch is refused at once then).
    bool enter(Waiter &waiter);
    /// Returns when a batch of waiter.deviceId committed since the last return (or since enter()), or at
    /// `deadline`.
    void wait(Waiter &waiter, QDeadlineTimer deadline);
    void leave(Waiter &waiter);
    /// A push batch of `deviceId` committed: its waiters run again.
    void committed(const QString &deviceId);
    /// Requests waiting now.
    int waiting();

private:
    QMutex m_mutex;
    QWaitCondition m_committed;
    QList<Waiter *> m_waiters;
    int m_maxWaiting;
};

} // namespace sitesafe
