#include "transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include "database.h"
#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString what()
{
    return QCoreApplication::translate("Transaction", "saving");
}

/// Open transactions per connection name on this thread (connections are per thread, DESIGN §2).
QHash<QString, int> &openDepth()
{
    thread_local QHash<QString, int> depth;
    return depth;
}

/// Connections whose joined transaction failed: the outer transaction must roll back instead of committing.
QSet<QString> &poisoned()
{
    thread_local QSet<QString> names;
    return names;
}
} // namespace

Transaction::Transaction(QSqlDatabase db, Origin origin) : m_db(std::move(db)), m_origin(origin)
{
    int &depth = openDepth()[m_db.connectionName()];
    if (depth > 0) {
        m_isActive = true;
        m_isJoined = true;
        ++depth;
        return;
    }
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_error = StorageError::fromSql(q.lastError(), what());
        return;
    }
    m_isActive = true;
    ++depth;
    // The outbox triggers stamp their rows with this transaction's time (sync_control.clock_now), read from the
    // clock of the store, never from SQLite's 'now'.
    q.prepare(u"UPDATE sync_control SET applying_remote = ?, clock_now = ? WHERE id = 1"_s);
    q.addBindValue(m_origin == Origin::Remote ? 1 : 0);
    q.addBindValue(Timestamp::toText(Database::clockOf(m_db).now()));
    if (!q.exec()) {
        m_error = StorageError::fromSql(q.lastError(), what());
        rollback();
    }
}

Transaction::~Transaction()
{
    if (m_isActive)
        rollback();
}

Status Transaction::commit()
{
    if (!m_isActive)
        return m_error.code.isEmpty() ? Error{u"storage.no_transaction"_s, what()} : m_error;
    if (m_isJoined) {
        // The outer transaction commits; this one only stops counting.
        --openDepth()[m_db.connectionName()];
        m_isActive = false;
        return {};
    }
    if (poisoned().remove(m_db.connectionName())) {
        m_error = Error{u"storage.inner_rollback"_s,
                        QCoreApplication::translate("Transaction",
                                                    "Part of the change failed, so none of it was saved.")};
        rollback();
        return m_error;
    }
    QSqlQuery q(m_db);
    // The remote flag and the clock are never committed: they exist only inside this transaction.
    if (!q.exec(u"UPDATE sync_control SET applying_remote = 0, clock_now = NULL WHERE id = 1"_s)) {
        m_error = StorageError::fromSql(q.lastError(), what());
        rollback();
        return m_error;
    }
    if (!q.exec(u"COMMIT"_s)) {
        m_error = StorageError::fromSql(q.lastError(), what());
        rollback();
        return m_error;
    }
    m_isActive = false;
    --openDepth()[m_db.connectionName()];
    return {};
}

void Transaction::rollback()
{
    if (!m_isActive)
        return;
    --openDepth()[m_db.connectionName()];
    m_isActive = false;
    if (m_isJoined) {
        // A joined transaction that fails takes the whole unit of work with it: the outer one may not commit half.
        poisoned().insert(m_db.connectionName());
        return;
    }
    poisoned().remove(m_db.connectionName());
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

} // namespace sitesafe
