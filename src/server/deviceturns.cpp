#include "deviceturns.h"

namespace sitesafe {

DeviceTurns::DeviceTurns(int maxWaiting)
    : m_maxWaiting(maxWaiting)
{ }

bool DeviceTurns::enter(Waiter &waiter)
{
    QMutexLocker lock(&m_mutex);
    if (m_waiters.size() >= m_maxWaiting)
        return false;
    m_waiters.append(&waiter);
    return true;
}

void DeviceTurns::wait(Waiter &waiter, QDeadlineTimer deadline)
{
    QMutexLocker lock(&m_mutex);
    while (waiter.commits == waiter.seen) {
        if (!m_committed.wait(&m_mutex, deadline))
            break;
    }
    waiter.seen = waiter.commits;
}

void DeviceTurns::leave(Waiter &waiter)
{
    QMutexLocker lock(&m_mutex);
    m_waiters.removeOne(&waiter);
}

int DeviceTurns::waiting()
{
    QMutexLocker lock(&m_mutex);
    return int(m_waiters.size());
}

void DeviceTurns::committed(const QString &deviceId)
{
    QMutexLocker lock(&m_mutex);
    bool isWaitedFor = false;
    for (Waiter *w : std::as_const(m_waiters)) {
        if (w->deviceId == deviceId) {
            ++w->commits;
            isWaitedFor = true;
        }
    }
    if (isWaitedFor)
        m_committed.wakeAll();
}

} // namespace sitesafe
