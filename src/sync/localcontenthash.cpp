#include "localcontenthash.h"

#include "protocol/wirevalue.h"

#include "protocol/contenthash.h"
#include "protocol/entityrules.h"
#include "storage/storageerror.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<std::optional<QString>> LocalContentHash::of(QSqlDatabase db, const QString &entity, const QString &id)
{
    const EntityRule *rule = EntityRules::find(entity);
    if (!rule)
        return Error{u"sync.unknown_entity"_s, tr("%1 is not a record type that is synced.").arg(entity)};
    const QStringList columns = rule->wireColumns();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Table and column names come from the rule table only; the id is bound.
    q.prepare(u"SELECT \"%1\" FROM \"%2\" WHERE id = ?"_s.arg(columns.join(u"\", \""_s), rule->entity));
    q.addBindValue(id);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("reading the record to check its content hash"));
    if (!q.next())
        return std::optional<QString>();
    QJsonObject row;
    for (qsizetype i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), WireValue::json(q.value(int(i))));
    return std::optional<QString>(ContentHash::of(*rule, row));
}

} // namespace sitesafe
