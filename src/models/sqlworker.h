#pragma once

#include <functional>

#include <QAtomicInteger>
#include <QObject>
#include <QPointer>
#include <QString>

#include "storage/readconnection.h"

class QThread;

namespace sitesafe {

/// A background thread with its own read-only connection to the store, for every query the UI must not wait
/// on (DESIGN.md §5). Jobs run one after another on that thread; each result is handed back on this object's
/// thread and dropped if the receiver is gone by then. A job owns its statements: nothing stays open between
/// jobs, so a writer is never held up by a reader that went idle.
class SqlWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlWorker)

public:
    explicit SqlWorker(QString databasePath, QObject *parent = nullptr);
    ~SqlWorker() override;

    /// Runs `job` on the worker thread, then `done(result)` on this object's thread if `receiver` still exists.
    template<typename T>
    void post(QObject *receiver, std::function<T(ReadConnection)> job, std::function<void(T)> done)
    {
        QPointer<QObject> guard(receiver);
        QMetaObject::invokeMethod(
            m_context,
            [this, guard, job = std::move(job), done = std::move(done)]() {
                if (m_isStopping.loadRelaxed())
                    return;
                T result = job(connection());
                QMetaObject::invokeMethod(
                    this,
                    [guard, done, result = std::move(result)]() {
                        if (guard)
                            done(result);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    /// Runs `job` on the worker thread and waits for it. For tests and benchmarks, never for the UI thread.
    template<typename T>
    T runBlocking(std::function<T(ReadConnection)> job)
    {
        T result;
        QMetaObject::invokeMethod(
            m_context, [this, &result, &job]() { result = job(connection()); }, Qt::BlockingQueuedConnection);
        return result;
    }

    QString databasePath() const { return m_databasePath; }

private:
    /// The worker thread's connection, opened on first use (worker thread only).
    ReadConnection connection();
    void closeConnection();

    QString m_databasePath;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;
    QAtomicInteger<int> m_isStopping{0};
};

} // namespace sitesafe
