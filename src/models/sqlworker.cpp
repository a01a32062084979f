#include "sqlworker.h"

#include "sqlworkerpool.h"

namespace sitesafe {

SqlWorker::SqlWorker(QString databasePath, QObject *parent)
    : QObject(parent),
      m_databasePath(std::move(databasePath)),
      m_pool(SqlWorkerPool::forDatabase(m_databasePath)),
      m_thread(m_pool->acquire()),
      m_gate(std::make_shared<Gate>())
{
}

SqlWorker::~SqlWorker()
{
    // Jobs still queued are skipped (they hold the gate, not this object); the running one is waited for.
    m_gate->close();
    m_pool->release(m_thread);
}

QObject *SqlWorker::context() const
{
    return m_pool->context(m_thread);
}

ReadConnection SqlWorker::connection() const
{
    return m_pool->connection(m_thread);
}

bool SqlWorker::Gate::enter()
{
    QMutexLocker lock(&m_mutex);
    if (m_isClosed)
        return false;
    m_isRunning = true;
    return true;
}

void SqlWorker::Gate::leave()
{
    QMutexLocker lock(&m_mutex);
    m_isRunning = false;
    m_left.wakeAll();
}

void SqlWorker::Gate::close()
{
    QMutexLocker lock(&m_mutex);
    m_isClosed = true;
    while (m_isRunning)
        m_left.wait(&m_mutex);
}

} // namespace sitesafe
