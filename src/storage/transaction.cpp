#include "transaction.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
    if (m_origin == Origin::Remote && !q.exec(u"UPDATE sync_control SET applying_remote = 1 WHERE id = 1"_s)) {
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
    // The remote flag is never committed as 1: the switch exists only inside this transaction.
    if (m_origin == Origin::Remote && !q.exec(u"UPDATE sync_control SET applying_remote = 0 WHERE id = 1"_s)) {
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
