#pragma once

#include <QSqlDatabase>

#include "core/error.h"

namespace sitesafe {

/// A write transaction (BEGIN IMMEDIATE, so two writers never deadlock on lock upgrade) that rolls back unless
/// commit() succeeded. Every multi-row change goes through one (STYLE.md §11). A Transaction opened on a
/// connection that already has one open (same thread, same connection name) joins it: it begins and commits
/// nothing, and its rollback() rolls back the outer transaction, so repositories compose into one unit of work
/// (issuing a notice writes the notice, its PDF attachment and the hazards' events together).
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
    /// True when this object joined a transaction opened further out on the same connection.
    bool isJoined() const { return m_isJoined; }
    const Error &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Origin m_origin;
    bool m_isActive = false;
    bool m_isJoined = false;
    Error m_error;
};

} // namespace sitesafe
