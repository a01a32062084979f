#pragma once

#include <memory>
#include <unordered_map>

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// The prepared statements of one server connection (STYLE.md §11): SQL text → a QSqlQuery prepared once and
/// reused, so the hot paths (push, pull) do not compile SQL per row. Owned by Backend next to the connection of
/// one thread and dropped with it; only that thread uses it.
///
/// A statement is lent out as a Statement, which finishes it (resets it: no read lock, no open cursor) when it
/// goes out of scope. finishAll() runs before every COMMIT and ROLLBACK as well (WriteTransaction, the pull's
/// read transaction), so no statement stays open past its transaction. A statement already lent out (the same
/// SQL used again further down the call stack) is handed out fresh, uncached, instead of being reset under its
/// first user. The number of cached statements is capped; past it, statements are prepared per use as before.
class StatementCache
{
public:
    /// A prepared statement on loan: bind with bindValue(i, v) or addBindValue(v), exec(), read. Finished
    /// when destroyed. Move-only.
    class Statement
    {
    public:
        Statement(Statement &&other) noexcept;
        Statement &operator=(Statement &&) = delete;
        ~Statement();
        Q_DISABLE_COPY(Statement)

        QSqlQuery &query() { return *m_query; }
        QSqlQuery *operator->() { return m_query; }

    private:
        friend class StatementCache;
        Statement(QSqlQuery *query, bool *inUse, std::unique_ptr<QSqlQuery> owned);

        QSqlQuery *m_query = nullptr;
        bool *m_inUse = nullptr; ///< the cache entry's flag; null when not cached
        std::unique_ptr<QSqlQuery> m_owned; ///< an uncached statement lives as long as the loan
    };

    /// `forwardOnly`: read results without caching rows in Qt (SQLite). PostgreSQL keeps Qt's default: a
    /// forward-only PostgreSQL result is fetched row by row and dropped when another statement runs.
    StatementCache(QSqlDatabase db, bool forwardOnly, bool mayPrepareUtility);
    ~StatementCache();
    Q_DISABLE_COPY_MOVE(StatementCache)

    QSqlDatabase &database() { return m_db; }

    /// `sql` prepared on this connection (cached after the first time). Errors: db.error.
    Result<Statement> prepare(const QString &sql);
    /// Runs a statement without values and results (SAVEPOINT, RELEASE …), prepared once where the database
    /// can prepare it (SQLite; PostgreSQL cannot PREPARE transaction control).
    Status exec(const QString &sql);
    /// Finishes every cached statement: call before COMMIT and ROLLBACK.
    void finishAll();

    /// For tests: statements cached, and how many of them are active (executed and not finished).
    int size() const { return int(m_statements.size()); }
    int activeCount() const;

    static constexpr int kMaxStatements = 256;

private:
    struct Cached {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };

    QSqlDatabase m_db;
    bool m_forwardOnly = false;
    bool m_mayPrepareUtility = false;
    std::unordered_map<QString, Cached> m_statements;
};

} // namespace sitesafe
