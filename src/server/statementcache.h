#pragma once

#include <memory>
#include <unordered_map>

#include <QHash>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "core/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sitesafe {

/// A statement on the push path's hottest steps, bound and read the same way on every database: through
/// SQLite's C API on SQLite (Qt's QSqlResult::bindValue formats a placeholder name per value and every value
/// passes through QVariant twice: a tenth of the server's push CPU, issue 13), through QSqlQuery elsewhere.
/// Values bind and read back as Qt's SQLite driver binds and reads them (a null QString or null QVariant is NULL,
/// bool is an integer; INTEGER comes back as qint64, REAL as double, NULL as a null QString, TEXT as QString).
/// Lent out by StatementCache::direct() and reset when the loan ends. Move-only.
class DirectStatement
{
public:
    DirectStatement(DirectStatement &&other) noexcept;
    DirectStatement &operator=(DirectStatement &&) = delete;
    ~DirectStatement();
    Q_DISABLE_COPY(DirectStatement)

    /// `index` counts from 0. Text is copied, so temporaries may be bound.
    void bind(int index, const QVariant &value);
    void bind(int index, const QString &text); ///< a null QString binds NULL
    void bind(int index, qint64 number);
    /// Runs the statement up to its first row (or to its end). False on failure: see errorText().
    bool exec();
    /// Steps to the next row (the first one after exec()).
    bool next();
    QVariant value(int column) const;
    /// The column as the wire carries it (WireValue::json of value()).
    QJsonValue json(int column) const;
    QString errorText() const;

private:
    friend class StatementCache;
    DirectStatement(sqlite3_stmt *statement, bool *inUse, bool owned);
    DirectStatement(QSqlQuery *query, bool *inUse, std::unique_ptr<QSqlQuery> owned);
    QString text(int column) const; ///< SQLite only

    sqlite3_stmt *m_statement = nullptr; ///< SQLite; else m_query
    QSqlQuery *m_query = nullptr;
    bool *m_inUse = nullptr; ///< the cache entry's flag; null when not cached
    bool m_ownsStatement = false; ///< an uncached sqlite3_stmt is finalized with the loan
    std::unique_ptr<QSqlQuery> m_ownedQuery;
    bool m_pendingRow = false; ///< exec() stepped onto a row that next() has not handed out yet
    QString m_error;
};

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
    /// `sql` as a DirectStatement: prepared through SQLite's C API on SQLite (kept for the connection's life),
    /// through QSqlQuery on other databases. Errors: db.error.
    Result<DirectStatement> direct(const QString &sql);
    /// Runs a statement without values and results (SAVEPOINT, RELEASE …), prepared once where the database
    /// can prepare it (SQLite; PostgreSQL cannot PREPARE transaction control).
    Status exec(const QString &sql);
    /// Finishes every cached statement: call before COMMIT and ROLLBACK.
    void finishAll();

    /// For tests: statements cached, and how many of them are active (executed and not finished).
    int size() const { return int(m_statements.size() + m_direct.size()); }
    int activeCount() const;

    static constexpr int kMaxStatements = 256;

private:
    struct Cached {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };

    struct CachedDirect {
        sqlite3_stmt *statement = nullptr;
        bool inUse = false;
    };

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr; ///< SQLite's own connection behind m_db; null on other databases
    bool m_forwardOnly = false;
    bool m_mayPrepareUtility = false;
    std::unordered_map<QString, Cached> m_statements;
    std::unordered_map<QString, CachedDirect> m_direct; ///< SQLite only
};

} // namespace sitesafe
