#pragma once

#include <functional>
#include <memory>

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWaitCondition>

#include "storage/readconnection.h"

namespace sitesafe {

class SqlWorkerPool;

/// Runs the queries the UI must not wait on (DESIGN.md §5) on a background thread with a read-only connection to
/// the store; each result is handed back on this object's thread and dropped if the receiver is gone by then.
/// The thread and its connection are shared with other workers of the same file (SqlWorkerPool); this worker's
/// jobs run one after another, in the order posted. A job owns its statements: nothing stays open between jobs,
/// so a writer is never held up by a reader that went idle. Deleting the worker skips its queued jobs and waits
/// for the one running.
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
        std::shared_ptr<Gate> gate = m_gate;
        QMetaObject::invokeMethod(
            context(),
            [this, gate, guard, job = std::move(job), done = std::move(done)]() {
                if (!gate->enter())
                    return; // the worker is gone or going: `this` must not be touched
                T result = job(connection());
                // Still entered: the destructor waits, so `this` is alive while the result is posted to it.
                QMetaObject::invokeMethod(
                    this,
                    [guard, done, result = std::move(result)]() {
                        if (guard)
                            done(result);
                    },
                    Qt::QueuedConnection);
                gate->leave();
            },
            Qt::QueuedConnection);
    }

    /// Destroys `value` on a background thread kept for this: freeing a large result (a window of 256 hazards is
    /// thousands of small strings, ~0.5 ms on a small VM) then holds up neither the UI thread nor the next query.
    template<typename T> static void discard(T value)
    {
        if (QObject *context = disposalContext()) {
            QMetaObject::invokeMethod(
                context, [value = std::move(value)]() mutable { T dropped = std::move(value); }, Qt::QueuedConnection);
        }
    }

    /// Runs `job` on the worker thread and waits for it. For tests and benchmarks, never for the UI thread.
    template<typename T>
    T runBlocking(std::function<T(ReadConnection)> job)
    {
        T result;
        QMetaObject::invokeMethod(
            context(), [this, &result, &job]() { result = job(connection()); }, Qt::BlockingQueuedConnection);
        return result;
    }

    QString databasePath() const { return m_databasePath; }

private:
    /// Whether this worker's jobs may still run, and whether one is running (shared with the queued jobs, which
    /// outlive the worker when it is deleted with jobs still queued).
    class Gate
    {
    public:
        bool enter();
        void leave();
        /// No job starts from now on; returns once the running one (if any) has left.
        void close();

    private:
        QMutex m_mutex;
        QWaitCondition m_left;
        bool m_isClosed = false;
        bool m_isRunning = false;
    };

    QObject *context() const;
    /// An object living on the thread discard() frees on (started on first use, stopped with the application).
    static QObject *disposalContext();
    /// The thread's connection (worker thread only).
    ReadConnection connection() const;

    QString m_databasePath;
    std::shared_ptr<SqlWorkerPool> m_pool;
    int m_thread = 0;
    std::shared_ptr<Gate> m_gate;
};

} // namespace sitesafe
