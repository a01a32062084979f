#include "bulkinserter.h"

#include <QCoreApplication>

#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

BulkInserter::BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns)
    : m_query(db), m_table(table), m_columnCount(columns.size())
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(u"?"_s);
    // Table and column names come from our own code, never from data.
    m_query.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                    + marks.join(u", "_s) + u")"_s);
}

Status BulkInserter::insert(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columnCount);
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(static_cast<int>(i), values[i]);
    if (!m_query.exec())
        return StorageError::fromSql(m_query.lastError(),
                                     QCoreApplication::translate("BulkInserter", "writing %1").arg(m_table));
    ++m_count;
    return {};
}

} // namespace sitesafe
