#pragma once

#include <memory>
#include <unordered_map>

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include "core/error.h"

namespace sitesafe {

class Clock;
class StatementCache;
struct ServerConfig;

/// The server's database, SQLite or PostgreSQL, behind one interface. Everything else is plain SQL both
/// dialects accept (ON CONFLICT, SAVEPOINT, ? placeholders); this interface holds the differences:
/// connections, migrations and how a write transaction starts. Thread-safe: connection() gives each thread its
/// own QSqlDatabase (Qt SQL connections cannot be shared between threads). It also carries the server's one
/// clock: every time the server stores, compares or reports goes through clock(), so tests can move it.
class Backend
{
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~Backend();

    virtual Kind kind() const = 0;
    /// This thread's connection, opened on first use.
    Result<QSqlDatabase> connection();
    /// The prepared statements of this thread's connection (opening it on first use). Dropped with the
    /// connection; never share it with another thread.
    Result<StatementCache *> statements();
    /// Starts the transaction of a write: SQLite BEGIN IMMEDIATE (the single writer); PostgreSQL BEGIN and
    /// a row lock on seq_counter, so server_seq values commit in the order they are handed out.
    virtual Status beginWrite(QSqlDatabase &db) = 0;
    /// After the COMMIT or ROLLBACK of a transaction beginWrite() started (WriteTransaction calls it).
    virtual void endWrite() { }
    Status beginRead(QSqlDatabase &db);
    /// The resource folder of this dialect's migrations (":/sql/server/sqlite").
    virtual QString migrationsFolder() const = 0;
    /// Creates the schema or brings it up to date.
    Status migrate();

    /// `clock` must outlive the backend (the process's Clock::system(), or a test's clock).
    static Result<std::unique_ptr<Backend>> open(const ServerConfig &config, const Clock &clock);
    const Clock &clock() const { return *m_clock; }

protected:
    Backend();
    virtual Result<QSqlDatabase> openConnection(const QString &name) = 0;

private:
    QString threadConnectionName() const;

    QString m_connectionPrefix; ///< unique per instance, so a new Backend never inherits a stale connection
    const Clock *m_clock = nullptr;
    QMutex m_statementsMutex; ///< guards the map; each cache is used by its own thread only
    std::unordered_map<QString, std::unique_ptr<StatementCache>> m_statements; ///< by connection name
};

} // namespace sitesafe
