#include "writetransaction.h"

#include <QSqlError>

#include "backend.h"
#include "statementcache.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

WriteTransaction::WriteTransaction(Backend &backend)
    : m_backend(backend)
{
    auto statements = backend.statements();
    if (!statements) {
        m_error = statements.error();
        return;
    }
    m_statements = statements.value();
    m_db = m_statements->database();
    if (Status s = backend.beginWrite(m_db); !s) {
        m_error = s.error();
        return;
    }
    m_active = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

void WriteTransaction::rollback()
{
    m_statements->finishAll();
    m_db.rollback();
    m_backend.endWrite();
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return m_error;
    m_active = false;
    m_statements->finishAll();
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        rollback();
        return Error{u"db.commit"_s, u"The database did not commit: %1"_s.arg(error)};
    }
    m_backend.endWrite();
    return {};
}

Status WriteTransaction::savepoint(const QString &name)
{
    return m_statements->exec(u"SAVEPOINT "_s + name);
}

Status WriteTransaction::release(const QString &name)
{
    return m_statements->exec(u"RELEASE SAVEPOINT "_s + name);
}

Status WriteTransaction::rollbackTo(const QString &name)
{
    return m_statements->exec(u"ROLLBACK TO SAVEPOINT "_s + name);
}

} // namespace sitesafe
