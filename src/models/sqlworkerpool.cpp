#include "sqlworkerpool.h"

#include <QAtomicInt>
#include <QHash>
#include <QMutex>
#include <QThread>

#include "core/backgroundpriority.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

QAtomicInt s_poolCounter;

struct Registry {
    QMutex mutex;
    QHash<QString, std::weak_ptr<SqlWorkerPool>> pools;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

std::shared_ptr<SqlWorkerPool> SqlWorkerPool::forDatabase(const QString &databasePath)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (std::shared_ptr<SqlWorkerPool> pool = r.pools.value(databasePath).lock())
        return pool;
    std::shared_ptr<SqlWorkerPool> pool(new SqlWorkerPool(databasePath));
    r.pools.insert(databasePath, pool);
    return pool;
}

SqlWorkerPool::SqlWorkerPool(QString databasePath) : m_databasePath(std::move(databasePath))
{
    const int id = s_poolCounter.fetchAndAddRelaxed(1);
    m_lanes.resize(kThreads);
    for (int i = 0; i < kThreads; ++i) {
        Lane &lane = m_lanes[size_t(i)];
        lane.connectionName = u"sitesafe-sqlworker-%1-%2"_s.arg(id).arg(i);
        // Threads start when a worker first takes them: a file with one worker runs one thread.
        lane.thread = new QThread;
        lane.thread->setObjectName(u"SqlWorker"_s);
        // Queries the UI waits for, but not at the cost of its paint (BackgroundPriority).
        QObject::connect(lane.thread, &QThread::started, [] { BackgroundPriority::lowerCurrentThread(); });
        lane.context = new QObject;
        lane.context->moveToThread(lane.thread);
    }
}

SqlWorkerPool::~SqlWorkerPool()
{
    {
        // A new worker of this file from now on makes a new pool (the weak entry has expired already).
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        if (r.pools.value(m_databasePath).expired())
            r.pools.remove(m_databasePath);
    }
    for (Lane &lane : m_lanes) {
        if (lane.thread->isRunning()) {
            // The connection is closed on the thread that opened it.
            const QString name = lane.connectionName;
            QMetaObject::invokeMethod(
                lane.context, [name]() { ReadConnection::closeNamed(name); }, Qt::BlockingQueuedConnection);
            lane.thread->quit();
            lane.thread->wait();
        }
        delete lane.context;
        delete lane.thread;
    }
}

int SqlWorkerPool::acquire()
{
    QMutexLocker lock(&m_mutex);
    int best = 0;
    for (int i = 1; i < kThreads; ++i)
        if (m_lanes[size_t(i)].users < m_lanes[size_t(best)].users)
            best = i;
    Lane &lane = m_lanes[size_t(best)];
    ++lane.users;
    if (!lane.thread->isRunning())
        lane.thread->start();
    return best;
}

void SqlWorkerPool::release(int thread)
{
    QMutexLocker lock(&m_mutex);
    --m_lanes[size_t(thread)].users;
}

QObject *SqlWorkerPool::context(int thread) const
{
    return m_lanes[size_t(thread)].context;
}

ReadConnection SqlWorkerPool::connection(int thread) const
{
    return ReadConnection::openNamed(m_databasePath, m_lanes[size_t(thread)].connectionName);
}

} // namespace sitesafe
