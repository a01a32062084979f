#pragma once

#include <QSqlDatabase>

#include "core/error.h"

namespace sitesafe {

class Backend;

/// A write transaction on this thread's connection: begun the backend's way (Backend::beginWrite), rolled
/// back unless commit() succeeds. Also offers savepoints for the per-mutation steps of a push.
class WriteTransaction
{
public:
    explicit WriteTransaction(Backend &backend);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    QSqlDatabase &database() { return m_db; }

    Status commit();
    Status savepoint(const QString &name);
    Status release(const QString &name);
    Status rollbackTo(const QString &name);

private:
    Status exec(const QString &sql);

    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace sitesafe
