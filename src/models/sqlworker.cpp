#include "sqlworker.h"

#include <QCoreApplication>
#include <QThread>

#include "sqlworkerpool.h"

using namespace Qt::StringLiterals;

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

QObject *SqlWorker::disposalContext()
{
    // Null once the application has gone (discard() then frees on the spot).
    // SCHED_IDLE (QThread::IdlePriority): the freeing runs only on a core nothing else wants, so it never preempts
    // the UI thread or a query; on a busy machine it waits, holding at most the rows of a few replaced lists.
    struct Disposal {
        QThread thread;
        QObject context;
        Disposal()
        {
            thread.setObjectName(u"SqlDisposal"_s);
            context.moveToThread(&thread);
            thread.start(QThread::IdlePriority);
        }
    };
    static Disposal *disposal = [] {
        auto *d = new Disposal; // stopped with the application; what is still queued then is freed with its thread
        qAddPostRoutine([] {
            disposal->thread.quit();
            disposal->thread.wait();
        });
        return d;
    }();
    return disposal->thread.isRunning() ? &disposal->context : nullptr;
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
