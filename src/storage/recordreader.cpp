#include "recordreader.h"

#include <QSqlQuery>

#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<std::optional<QVariantList>> RecordReader::read(const QString &table, const QStringList &columns,
                                                       const QString &id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT \"%1\" FROM \"%2\" WHERE id = ?"_s.arg(columns.join(u"\", \""_s), table));
    q.addBindValue(id);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("reading the record to check its content hash"));
    if (!q.next())
        return std::optional<QVariantList>();
    QVariantList values;
    for (qsizetype i = 0; i < columns.size(); ++i)
        values.append(q.value(int(i)));
    return std::optional<QVariantList>(values);
}

} // namespace sitesafe
