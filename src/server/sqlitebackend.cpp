#include "sqlitebackend.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kBusyTimeoutMs = 10000;
} // namespace

SqliteBackend::SqliteBackend(QString path) : m_path(std::move(path)) {}

QString SqliteBackend::migrationsFolder() const
{
    return u":/sql/server/sqlite"_s;
}

Result<QSqlDatabase> SqliteBackend::openConnection(const QString &name)
{
    // SQLite's memory statistics take a global mutex at every allocation: 5 % of a push's CPU (issue 13), for
    // figures nothing reads. Only possible before the library initializes; later calls answer SQLITE_MISUSE and
    // change nothing.
    static const int isConfigured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(isConfigured);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open())
        return Error{u"db.open"_s, u"Cannot open the server database %1: %2"_s.arg(m_path, db.lastError().text())};
    QSqlQuery q(db);
    // cache_size: a push batch of 500 mutations dirties more pages than SQLite's default 2 MB page cache holds
    // (the entity tables, their indexes, change_log, applied_mutations, audit_log), and SQLite then spills them to
    // the WAL in the middle of the transaction and writes them again at COMMIT: a tenth of the push CPU (issue 13).
    // 32 MB per connection (one per worker thread), taken only as pages are used. Durability is unchanged: the
    // WAL is still synced at every COMMIT (synchronous=FULL).
    // temp_store=MEMORY: each mutation of a push runs in its own savepoint, and SQLite copies every page a
    // savepoint first changes into a sub-journal, a temporary file by default (a write() per page). The sub-journal
    // only serves ROLLBACK TO inside the open transaction (a crash loses the whole uncommitted transaction either
    // way), so keeping it in memory changes nothing that survives.
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
             u"PRAGMA foreign_keys=ON"_s, u"PRAGMA busy_timeout=%1"_s.arg(kBusyTimeoutMs),
             u"PRAGMA cache_size=-32768"_s, u"PRAGMA temp_store=MEMORY"_s}) {
        if (!q.exec(pragma))
            return Error{u"db.open"_s, u"%1 failed: %2"_s.arg(pragma, q.lastError().text())};
    }
    return db;
}

Status SqliteBackend::beginWrite(QSqlDatabase &db)
{
    // As long as SQLite's own busy timeout: a writer of another process holding the lock keeps this queue waiting.
    if (!m_writeGate.tryLock(kBusyTimeoutMs))
        return Error {
            u"db.busy"_s, u"The database is busy: other writers held it for %1 s."_s.arg(kBusyTimeoutMs / 1000)};
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_writeGate.unlock();
        return Error{u"db.busy"_s, u"The database is busy: %1"_s.arg(q.lastError().text())};
    }
    return {};
}

void SqliteBackend::endWrite()
{
    m_writeGate.unlock();
}

} // namespace sitesafe
