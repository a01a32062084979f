#pragma once

#include <memory>

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include "core/clock.h"
#include "core/error.h"

class QThread;

namespace sitesafe {

/// The client's SQLite file: opened with WAL, synchronous=FULL, foreign keys on and a busy timeout; migrated
/// to the schema this program knows (sql/client); refused clearly when damaged or written by a newer program.
/// Each thread gets its own named connection (STYLE.md §11) through connection().
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    struct Options {
        bool create = true;       ///< create the file when missing
        bool migrate = true;      ///< apply pending migrations (with a backup copy first)
        bool quickCheck = false;  ///< run PRAGMA quick_check at open (slow on large files)
        /// The time every write of this store is stamped with (repositories, Transaction, outbox triggers);
        /// nullptr: the system clock. Must outlive the Database.
        const Clock *clock = nullptr;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }
    ~Database();

    QString path() const { return m_path; }
    /// The connection of the calling thread, created on first use with the same PRAGMAs.
    QSqlDatabase connection();
    /// Closes the calling thread's connection; a thread that ends calls it last (a new thread may reuse the
    /// address of the old one and must not inherit its connection).
    void releaseConnection();
    /// Gives the calling thread's connection to `thread`, which has none: from now on it is `thread`'s connection
    /// and the calling thread has none. For opening a store on a helper thread (DataStore::openInBackground); no
    /// query of the connection may still exist.
    void handOverConnection(QThread *thread);
    int schemaVersion();
    /// The clock given at open.
    const Clock &clock() const { return m_clock; }
    /// The clock of the Database that made `connection` (the system clock for a connection no Database made):
    /// the injected time travels with the connection, so repositories, Transaction and the trigger stamp all
    /// read the same clock without every caller passing it on.
    static const Clock &clockOf(const QSqlDatabase &connection);

    /// SQLite's process-wide settings, made once before the first connection of the process opens (later calls do
    /// nothing): no memory statistics. SiteSafe never reads them, and keeping them takes a lock on every allocation,
    /// a fifth of the schema parse each connection makes when it opens (86 triggers).
    static void configureSqlite();

    static constexpr int kBusyTimeoutMs = 5000;

private:
    Database(QString path, const Clock &clock);
    Result<QSqlDatabase> openConnection(const QString &name);

    QString m_path;
    const Clock &m_clock;
    QString m_namePrefix;
    QMutex m_mutex;
    int m_connectionsMade = 0;
    QHash<QThread *, QString> m_connectionNames;
};

} // namespace sitesafe
