#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include "core/error.h"

namespace sitesafe {

/// One prepared INSERT reused for many rows of one table (inside the caller's transaction).
class BulkInserter
{
    Q_DISABLE_COPY_MOVE(BulkInserter)

public:
    BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns);
    /// Values in the order of the columns.
    Status insert(const QVariantList &values);
    qint64 count() const { return m_count; }

private:
    QSqlQuery m_query;
    QString m_table;
    qsizetype m_columnCount;
    qint64 m_count = 0;
};

} // namespace sitesafe
