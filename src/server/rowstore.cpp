#include "rowstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "protocol/wirevalue.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
Error dbError(const QSqlQuery &q)
{
    return Error{u"db.error"_s, q.lastError().text()};
}
} // namespace

RowStore::RowStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<QVariantMap>> RowStore::fetch(const EntityRule &rule, const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT * FROM %1 WHERE id = ?"_s.arg(rule.entity));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<QVariantMap>();
    QVariantMap row;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), q.value(i));
    return std::optional<QVariantMap>(row);
}

Result<RowStore::RowScope> RowStore::scopeOf(const EntityRule &rule, const QVariantMap &row, int depth)
{
    if (depth > 4)
        return RowScope{{}, {}, false};
    switch (rule.scope) {
    case EntityRule::Scope::Global:
        return RowScope{};
    case EntityRule::Scope::Device:
        return RowScope{{}, row.value(rule.deviceColumn).toString(), true};
    case EntityRule::Scope::Owner: {
        const EntityRule *owner = EntityRules::find(row.value(rule.ownerEntityColumn).toString());
        if (!owner || owner->scope == EntityRule::Scope::Owner)
            return RowScope{{}, {}, false};
        auto ownerRow = fetch(*owner, row.value(rule.ownerIdColumn).toString());
        if (!ownerRow)
            return ownerRow.error();
        if (!ownerRow.value())
            return RowScope{{}, {}, false};
        return scopeOf(*owner, *ownerRow.value(), depth + 1);
    }
    case EntityRule::Scope::Jurisdiction:
        break;
    }
    QVariantMap current = row;
    for (const JurisdictionHop &hop : rule.jurisdictionPath) {
        const EntityRule *next = EntityRules::find(hop.table);
        const QString parentId = current.value(hop.column).toString();
        if (!next || parentId.isEmpty())
            return RowScope{{}, {}, false};
        auto parent = fetch(*next, parentId);
        if (!parent)
            return parent.error();
        if (!parent.value())
            return RowScope{{}, {}, false};
        current = *parent.value();
    }
    const QString code = current.value(rule.jurisdictionColumn).toString();
    return RowScope{code, {}, !code.isEmpty()};
}

Result<qint64> RowStore::nextSeq()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"UPDATE seq_counter SET value = value + 1 WHERE id = 1"_s))
        return dbError(q);
    return highWater();
}

Result<qint64> RowStore::highWater()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT value FROM seq_counter WHERE id = 1"_s) || !q.next())
        return dbError(q);
    return q.value(0).toLongLong();
}

Status RowStore::insert(const EntityRule &rule, const QString &id, const QVariantMap &values, qint64 seq)
{
    QStringList columns{u"id"_s, u"server_seq"_s};
    QVariantList bound{id, seq};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns.append(it.key());
        bound.append(it.value());
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(u"?"_s);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(rule.entity, columns.join(u", "_s), marks.join(u", "_s)));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    return {};
}

Status RowStore::update(const EntityRule &rule, const QString &id, const QVariantMap &values, qint64 seq)
{
    QStringList sets{u"server_seq = ?"_s};
    QVariantList bound{seq};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        sets.append(it.key() + u" = ?"_s);
        bound.append(it.value());
    }
    bound.append(id);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(rule.entity, sets.join(u", "_s)));
    for (const QVariant &v : bound)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(q);
    return {};
}

Status RowStore::logChange(const QString &entity, const QString &id, qint64 seq, const RowScope &scope)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO change_log (server_seq, entity, entity_id, jurisdiction_code, device_id) "
              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id) DO UPDATE SET server_seq = excluded.server_seq, "
              "jurisdiction_code = excluded.jurisdiction_code, device_id = excluded.device_id"_s);
    q.addBindValue(seq);
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(scope.jurisdictionCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(scope.jurisdictionCode));
    q.addBindValue(scope.deviceId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(scope.deviceId));
    if (!q.exec())
        return dbError(q);
    return {};
}

Status RowStore::upsertReference(const EntityRule &rule, const QVariantMap &row, const QString &stamp)
{
    const QString id = row.value(u"id"_s).toString();
    auto seq = nextSeq();
    if (!seq)
        return seq.error();
    QVariantMap values;
    for (const QString &f : rule.fields) {
        if (row.contains(f))
            values.insert(f, row.value(f));
    }
    values.insert(u"updated_at"_s, row.value(u"updated_at"_s, stamp));
    auto existing = fetch(rule, id);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        if (Status s = update(rule, id, values, seq.value()); !s)
            return s;
    } else {
        values.insert(u"created_at"_s, row.value(u"created_at"_s, stamp));
        if (Status s = insert(rule, id, values, seq.value()); !s)
            return s;
    }
    QVariantMap full = values;
    full.insert(u"id"_s, id);
    auto scope = scopeOf(rule, full);
    if (!scope)
        return scope.error();
    return logChange(rule.entity, id, seq.value(), scope.value());
}

Result<QHash<QString, QJsonObject>> RowStore::wireRows(const EntityRule &rule, const QStringList &ids)
{
    QHash<QString, QJsonObject> out;
    const QStringList columns = rule.wireColumns();
    constexpr qsizetype kChunk = 200;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks.append(u"?"_s);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT %1 FROM %2 WHERE id IN (%3)"_s.arg(columns.join(u", "_s), rule.entity, marks.join(u", "_s)));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return dbError(q);
        while (q.next()) {
            QJsonObject row;
            for (qsizetype i = 0; i < columns.size(); ++i)
                row.insert(columns[i], WireValue::json(q.value(int(i))));
            out.insert(row.value(u"id"_s).toString(), row);
        }
    }
    return out;
}

} // namespace sitesafe
