#pragma once

#include <QSqlDatabase>

#include "core/error.h"

namespace sitesafe {

/// A write transaction (BEGIN IMMEDIATE, so two writers never deadlock on lock upgrade) that rolls back unless
/// commit() succeeded. Every multi-row change goes through one (STYLE.md §11).
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    enum class Origin {
        Local,  ///< a user's edit: triggers record it in the outbox
        Remote, ///< pulled server data: triggers stay quiet (sync_control.applying_remote inside this transaction)
    };

    explicit Transaction(QSqlDatabase db, Origin origin = Origin::Local);
    ~Transaction();

    /// False when BEGIN failed; error() says why.
    bool isActive() const { return m_isActive; }
    const Error &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Origin m_origin;
    bool m_isActive = false;
    Error m_error;
};

} // namespace sitesafe
