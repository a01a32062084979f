#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include "backend.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

WriteTransaction::WriteTransaction(Backend &backend)
{
    auto conn = backend.connection();
    if (!conn) {
        m_error = conn.error();
        return;
    }
    m_db = conn.value();
    if (Status s = backend.beginWrite(m_db); !s) {
        m_error = s.error();
        return;
    }
    m_active = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        m_db.rollback();
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return m_error;
    m_active = false;
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        return Error{u"db.commit"_s, u"The database did not commit: %1"_s.arg(error)};
    }
    return {};
}

Status WriteTransaction::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Error{u"db.error"_s, q.lastError().text()};
    return {};
}

Status WriteTransaction::savepoint(const QString &name)
{
    return exec(u"SAVEPOINT "_s + name);
}

Status WriteTransaction::release(const QString &name)
{
    return exec(u"RELEASE SAVEPOINT "_s + name);
}

Status WriteTransaction::rollbackTo(const QString &name)
{
    return exec(u"ROLLBACK TO SAVEPOINT "_s + name);
}

} // namespace sitesafe
