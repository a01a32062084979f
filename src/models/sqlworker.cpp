#include "sqlworker.h"

#include <QAtomicInt>
#include <QSqlQuery>
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

QSqlDatabase SqlWorker::connection()
{
    if (QSqlDatabase::contains(m_connectionName))
        return QSqlDatabase::database(m_connectionName, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_databasePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (db.open()) {
        QSqlQuery pragma(db);
        // Lists only read; query_only makes sure a bug here can never write behind the outbox's back.
        pragma.exec(u"PRAGMA query_only = 1"_s);
        pragma.exec(u"PRAGMA cache_size = -32000"_s);
    }
    return db;
}

void SqlWorker::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace sitesafe
