#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sitesafe {

/// A read-only connection to one data folder's SQLite file for one thread: what a model's worker thread
/// (SqlWorker) reads through, and what ReadQuery runs on. A cheap handle like the connection it wraps: copies
/// share the one connection, which stays open until closeNamed() on the thread that opened it.
class ReadConnection
{
public:
    ReadConnection() = default;
    /// Wraps a connection opened elsewhere (a Database's, a test's); not closed by this handle. Implicit, so
    /// code holding a storage connection can pass it wherever a ReadConnection is read.
    ReadConnection(QSqlDatabase db) : m_db(std::move(db)) {} // NOLINT(google-explicit-constructor)

    /// The calling thread's connection named `name` to `path`, opened on first use with query_only (a bug in a
    /// list can never write behind the outbox's back) and a 4 MB page cache (kCacheKiB): a window re-reads its pages
    /// from the OS's file cache in microseconds, while the client holds one connection per worker (~15), so 32 MB
    /// each put the client at 504 MiB RSS on the province data set (issue 13, client_memory_bench).
    static constexpr int kCacheKiB = 4000;
    static ReadConnection openNamed(const QString &path, const QString &name);
    /// Closes and forgets the connection `name`; call on the thread that opened it.
    static void closeNamed(const QString &name);

    bool isOpen() const { return m_db.isOpen(); }
    /// The wrapped connection, for storage's repositories that read on it (ConflictRepository,
    /// SyncAttentionReader); callers outside storage pass it on without naming it.
    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
