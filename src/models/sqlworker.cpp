#include "sqlworker.h"

#include <QAtomicInt>
#include <QThread>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QAtomicInt s_workerCounter;
} // namespace

SqlWorker::SqlWorker(QString databasePath, QObject *parent)
    : QObject(parent),
      m_databasePath(std::move(databasePath)),
      m_connectionName(u"sitesafe-sqlworker-%1"_s.arg(s_workerCounter.fetchAndAddRelaxed(1))),
      m_thread(new QThread),
      m_context(new QObject)
{
    m_thread->setObjectName(u"SqlWorker"_s);
    m_context->moveToThread(m_thread);
    m_thread->start();
}

SqlWorker::~SqlWorker()
{
    // Jobs still queued are skipped; the connection is closed on the thread that opened it.
    m_isStopping.storeRelaxed(1);
    QMetaObject::invokeMethod(m_context, [this]() { closeConnection(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

ReadConnection SqlWorker::connection()
{
    return ReadConnection::openNamed(m_databasePath, m_connectionName);
}

void SqlWorker::closeConnection()
{
    ReadConnection::closeNamed(m_connectionName);
}

} // namespace sitesafe
