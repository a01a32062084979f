#include "localcontenthash.h"

#include <QJsonObject>

#include "protocol/contenthash.h"
#include "protocol/entityrules.h"
#include "protocol/wirevalue.h"
#include "storage/recordreader.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<std::optional<QString>> LocalContentHash::of(RecordReader reader, const QString &entity, const QString &id)
{
    const EntityRule *rule = EntityRules::find(entity);
    if (!rule)
        return Error{u"sync.unknown_entity"_s, tr("%1 is not a record type that is synced.").arg(entity)};
    const QStringList columns = rule->wireColumns();
    // Table and column names come from the rule table only.
    auto values = reader.read(rule->entity, columns, id);
    if (!values)
        return values.error();
    if (!values.value())
        return std::optional<QString>();
    QJsonObject row;
    for (qsizetype i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), WireValue::json(values.value()->value(i)));
    return std::optional<QString>(ContentHash::of(*rule, row));
}

} // namespace sitesafe
