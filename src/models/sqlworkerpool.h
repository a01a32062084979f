#pragma once

#include <memory>
#include <vector>

#include <QMutex>
#include <QString>

#include "storage/readconnection.h"

class QObject;
class QThread;

namespace sitesafe {

/// The threads behind every SqlWorker of one database file: a few threads, each with one read-only connection,
/// shared by all the workers of that file (a page's list, its detail pane, the status bar, the reminders…).
/// Before, each worker had a thread and a connection of its own: about twenty at province scale, each with its
/// schema (86 triggers) and page cache, 70 MB together, and as many threads starting queries at once when the
/// window opened. A worker is pinned to one thread for its life (the least used when it is made), so its jobs
/// still run one after another in the order posted. One pool per database path while a worker of it exists.
class SqlWorkerPool
{
public:
    /// Threads per database file.
    static constexpr int kThreads = 4;

    /// The pool of `databasePath`, made on first use, shared while any worker holds it.
    static std::shared_ptr<SqlWorkerPool> forDatabase(const QString &databasePath);
    ~SqlWorkerPool();
    SqlWorkerPool(const SqlWorkerPool &) = delete;
    SqlWorkerPool &operator=(const SqlWorkerPool &) = delete;

    /// A thread for a new worker: the one fewest workers use. Returns its index; release() gives it back.
    int acquire();
    void release(int thread);
    /// The object living on thread `thread`, to post jobs to.
    QObject *context(int thread) const;
    /// The connection of thread `thread`, opened on first use; only call on that thread.
    ReadConnection connection(int thread) const;
    QString databasePath() const { return m_databasePath; }

private:
    explicit SqlWorkerPool(QString databasePath);

    struct Lane {
        QThread *thread = nullptr;
        QObject *context = nullptr;
        QString connectionName;
        int users = 0;
    };
    QString m_databasePath;
    QMutex m_mutex; ///< guards the lanes' users
    std::vector<Lane> m_lanes;
};

} // namespace sitesafe
