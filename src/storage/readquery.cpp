#include "readquery.h"

#include <QSqlError>
#include <QSqlRecord>

#include "storageerror.h"

namespace sitesafe {

ReadQuery::ReadQuery(const ReadConnection &connection) : m_query(connection.database())
{
    m_query.setForwardOnly(true);
}

void ReadQuery::bind(const QVariantList &values)
{
    for (const QVariant &v : values)
        m_query.addBindValue(v);
}

bool ReadQuery::run(const QString &sql, const QVariantList &values)
{
    if (!m_query.prepare(sql))
        return false;
    bind(values);
    return m_query.exec();
}

QString ReadQuery::errorText() const
{
    return m_query.lastError().text();
}

Error ReadQuery::error(const QString &what) const
{
    return StorageError::fromSql(m_query.lastError(), what);
}

int ReadQuery::columnCount() const
{
    return m_query.record().count();
}

} // namespace sitesafe
