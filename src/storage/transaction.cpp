#include "transaction.h"

#include <QCoreApplication>
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
} // namespace

Transaction::Transaction(QSqlDatabase db, Origin origin) : m_db(std::move(db)), m_origin(origin)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_error = StorageError::fromSql(q.lastError(), what());
        return;
    }
    m_isActive = true;
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
    return {};
}

void Transaction::rollback()
{
    if (!m_isActive)
        return;
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    m_isActive = false;
}

} // namespace sitesafe
