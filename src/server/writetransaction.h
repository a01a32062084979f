#pragma once

#include <QSqlDatabase>

#include "core/error.h"

namespace sitesafe {

class Backend;
class StatementCache;

/// A write transaction on this thread's connection: begun the backend's way (Backend::beginWrite), rolled
/// back unless commit() succeeds. Also offers savepoints for the per-mutation steps of a push. Statements for
/// it come from statements(), the connection's cache; every one of them is finished before COMMIT or ROLLBACK.
class WriteTransaction
{
public:
    explicit WriteTransaction(Backend &backend);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    QSqlDatabase &database() { return m_db; }
    /// The connection's prepared statements (valid when isActive()).
    StatementCache &statements() { return *m_statements; }

    Status commit();
    Status savepoint(const QString &name);
    Status release(const QString &name);
    Status rollbackTo(const QString &name);

private:
    void rollback();

    Backend &m_backend;
    QSqlDatabase m_db;
    StatementCache *m_statements = nullptr;
    bool m_active = false;
    Error m_error;
};

} // namespace sitesafe
