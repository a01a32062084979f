#include "conflictrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include "auditlog.h"
#include "core/clock.h"
#include "core/uuidv7.h"
#include "database.h"
#include "hazardrepository.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// Columns that are bookkeeping, keys or the hazard fold cache: never the subject of a user's resolution.
bool isBookkeeping(const QString &column)
{
    static const QStringList names{u"seq"_s,          u"id"_s,         u"server_version"_s,
                                   u"created_at"_s,   u"updated_at"_s, u"status"_s,
                                   u"is_supervision_listed"_s,         u"supervision_level"_s,
                                   u"effective_deadline"_s,            u"closed_at"_s};
    return names.contains(column);
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString quoted(const QString &name)
{
    // Only ever called with names read back from sqlite_schema / pragma_table_info.
    return u"\""_s + QString(name).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

constexpr auto kSelect = "SELECT c.id, c.entity, c.entity_id, c.field, c.local_value, c.server_value, c.base_value, "
                         "c.mutation_id, c.detected_at, c.resolved_at, "
                         "CASE c.entity WHEN 'hazards' THEN h.description ELSE coalesce(pi.name, '') END, "
                         "coalesce(ph.name, pi.name, '') FROM conflicts c "
                         "LEFT JOIN hazards h ON c.entity = 'hazards' AND h.id = c.entity_id "
                         "LEFT JOIN projects ph ON ph.id = h.project_id "
                         "LEFT JOIN inspections i ON c.entity = 'inspections' AND i.id = c.entity_id "
                         "LEFT JOIN projects pi ON pi.id = i.project_id ";

ConflictRecord readRecord(const QSqlQuery &q)
{
    ConflictRecord c;
    c.id = q.value(0).toString();
    c.entity = q.value(1).toString();
    c.entityId = q.value(2).toString();
    c.field = q.value(3).toString();
    c.localValue = q.value(4);
    c.serverValue = q.value(5);
    c.baseValue = q.value(6);
    c.mutationId = q.value(7).toString();
    c.detectedAt = q.value(8).toString();
    c.resolvedAt = q.value(9).toString();
    c.recordTitle = q.value(10).toString();
    c.projectName = q.value(11).toString();
    return c;
}

QString auditDetail(const ConflictRecord &c, const QString &resolution, bool isChanged)
{
    // Names and codes only: values may hold people's names (responsible person), which the log never keeps.
    const QJsonObject detail{{u"conflict"_s, c.id}, {u"field"_s, c.field}, {u"resolution"_s, resolution},
                             {u"changed"_s, isChanged}};
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}
} // namespace

QString ConflictRepository::choiceCode(Choice choice)
{
    switch (choice) {
    case Choice::Local: return u"local"_s;
    case Choice::Server: return u"server"_s;
    case Choice::Edited: return u"edited"_s;
    }
    return {};
}

Result<QList<ConflictRecord>> ConflictRepository::openConflicts(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kSelect) + u"WHERE c.resolved_at IS NULL ORDER BY c.detected_at DESC, c.id LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("reading the conflicts"));
    QList<ConflictRecord> out;
    while (q.next())
        out.append(readRecord(q));
    return out;
}

Status ConflictRepository::record(const QString &entity, const QString &entityId, const QString &field,
                                  const QVariant &localValue, const QVariant &serverValue, const QVariant &baseValue,
                                  const QString &mutationId)
{
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO conflicts (id, entity, entity_id, field, local_value, server_value, base_value, "
                   "mutation_id, detected_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                   "conflicts WHERE mutation_id = ? AND field = ?)"_s);
    for (const QVariant &v : {QVariant(UuidV7::generate()), QVariant(entity), QVariant(entityId), QVariant(field),
                              localValue, serverValue, baseValue, QVariant(mutationId),
                              QVariant(Timestamp::toText(Database::clockOf(m_db).now())), QVariant(mutationId),
                              QVariant(field)})
        insert.addBindValue(v);
    if (!insert.exec())
        return StorageError::fromSql(insert.lastError(), tr("recording the server's receipts"));
    return {};
}

Status ConflictRepository::takeServerValue(const QString &entity, const QString &entityId, const QString &field,
                                           const QVariant &value)
{
    QSqlQuery set(m_db);
    set.prepare(u"UPDATE \"%1\" SET \"%2\" = ? WHERE id = ?"_s.arg(entity, field));
    set.addBindValue(value);
    set.addBindValue(entityId);
    if (!set.exec())
        return StorageError::fromSql(set.lastError(), tr("recording the server's receipts"));
    return {};
}

Result<qint64> ConflictRepository::openCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"_s) || !q.next())
        return StorageError::fromSql(q.lastError(), tr("reading the conflicts"));
    return q.value(0).toLongLong();
}

std::optional<ConflictRecord> ConflictRepository::find(const QString &conflictId)
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kSelect) + u"WHERE c.id = ?"_s);
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRecord(q);
}

Result<ConflictRepository::Column> ConflictRepository::editableColumn(const QString &entity, const QString &field)
{
    const Error refused{u"conflict.not_editable"_s,
                        tr("The field “%1” of “%2” cannot be changed on this computer, so the conflict cannot be "
                           "resolved here. Ask the provincial administrator to correct it on the server.")
                            .arg(field, entity)};
    // A table whose edits are synced has its outbox trigger; the name used below is the one the schema holds.
    QSqlQuery table(m_db);
    table.prepare(u"SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name = ? AND tbl_name = ?"_s);
    table.addBindValue(QString(entity + u"_outbox_update"_s));
    table.addBindValue(entity);
    if (!table.exec())
        return StorageError::fromSql(table.lastError(), tr("checking the conflict's field"));
    if (!table.next())
        return refused;
    QSqlQuery column(m_db);
    column.prepare(u"SELECT name, upper(type), \"notnull\", pk FROM pragma_table_info(?) WHERE name = ?"_s);
    column.addBindValue(table.value(0).toString());
    column.addBindValue(field);
    if (!column.exec())
        return StorageError::fromSql(column.lastError(), tr("checking the conflict's field"));
    if (!column.next() || column.value(3).toInt() != 0 || isBookkeeping(column.value(0).toString()))
        return refused;
    return Column{column.value(1).toString(), column.value(2).toInt() != 0};
}

Result<QVariant> ConflictRepository::toColumnValue(const Column &column, const QVariant &text)
{
    if (text.isNull())
        return nullText();
    const QString value = text.toString();
    // SQLite's affinity rules (§3.1 of its datatype page): INT → integer, REAL/FLOA/DOUB → real, else text.
    if (column.type.contains(u"INT"_s)) {
        bool ok = false;
        const qint64 number = value.trimmed().toLongLong(&ok);
        if (!ok)
            return Error{u"conflict.bad_value"_s, tr("“%1” is not a whole number. Enter digits only.").arg(value)};
        return QVariant(number);
    }
    if (column.type.contains(u"REAL"_s) || column.type.contains(u"FLOA"_s) || column.type.contains(u"DOUB"_s)) {
        bool ok = false;
        const double number = QLocale::c().toDouble(value.trimmed(), &ok);
        if (!ok)
            return Error{u"conflict.bad_value"_s, tr("“%1” is not a number. Enter a number such as 12.5.").arg(value)};
        return QVariant(number);
    }
    return QVariant(value);
}

Result<ConflictRepository::Outcome> ConflictRepository::setField(const ConflictRecord &c, const QVariant &value)
{
    const QString what = tr("saving the chosen value");
    // entity and field were checked against the schema by editableColumn().
    QSqlQuery current(m_db);
    current.prepare(u"SELECT %1, %1 IS ?, EXISTS (SELECT 1 FROM pragma_table_info(?) WHERE name = 'updated_at') "
                    "FROM %2 WHERE id = ?"_s.arg(quoted(c.field), quoted(c.entity)));
    current.addBindValue(value);
    current.addBindValue(c.entity);
    current.addBindValue(c.entityId);
    if (!current.exec())
        return StorageError::fromSql(current.lastError(), what);
    if (!current.next())
        return Error{u"conflict.missing_record"_s,
                     tr("The record of this conflict is no longer on this computer. Sync again to receive it.")};
    Outcome outcome;
    outcome.previousValue = current.value(0);
    outcome.newValue = value;
    outcome.isChanged = current.value(1).toInt() == 0;
    const bool hasUpdatedAt = current.value(2).toInt() != 0;
    current.finish();
    // Writing an unchanged value would queue nothing anyway (the trigger compares OLD and NEW); skipping the
    // UPDATE also leaves updated_at alone.
    if (!outcome.isChanged)
        return outcome;
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE %1 SET %2 = ?%3 WHERE id = ?"_s.arg(quoted(c.entity), quoted(c.field),
                                                                hasUpdatedAt ? u", updated_at = ?"_s : QString()));
    update.addBindValue(value);
    if (hasUpdatedAt)
        update.addBindValue(Timestamp::toText(Database::clockOf(m_db).now()));
    update.addBindValue(c.entityId);
    if (!update.exec())
        return StorageError::fromSql(update.lastError(), what);
    if (c.entity == u"hazards") {
        // A deadline is folded into effective_deadline: keep the cache true in the same transaction.
        if (auto fold = HazardRepository(m_db).refreshCache(c.entityId); !fold)
            return fold.error();
    }
    return outcome;
}

Result<ConflictRepository::Outcome> ConflictRepository::resolve(const QString &conflictId, Choice choice,
                                                                const QString &editedValue, const QString &actor)
{
    Transaction tx(m_db, Transaction::Origin::Local);
    if (!tx.isActive())
        return tx.error();
    const std::optional<ConflictRecord> c = find(conflictId);
    if (!c)
        return Error{u"conflict.missing"_s, tr("This conflict no longer exists. Refresh the Sync page.")};
    if (!c->resolvedAt.isEmpty())
        return Error{u"conflict.resolved"_s, tr("This conflict has already been resolved. Refresh the Sync page.")};
    auto column = editableColumn(c->entity, c->field);
    if (!column)
        return column.error();
    QVariant text;
    switch (choice) {
    case Choice::Local: text = c->localValue; break;
    case Choice::Server: text = c->serverValue; break;
    case Choice::Edited: {
        const QString edited = editedValue.trimmed();
        if (edited.isEmpty() && column.value().isNotNull)
            return Error{u"conflict.empty_value"_s, tr("This field cannot be empty. Enter a value or keep one of "
                                                       "the two versions.")};
        text = edited.isEmpty() ? nullText() : QVariant(edited);
        break;
    }
    }
    auto value = toColumnValue(column.value(), text);
    if (!value)
        return value.error();
    auto outcome = setField(*c, value.value());
    if (!outcome)
        return outcome.error();

    QSqlQuery mark(m_db);
    mark.prepare(u"UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL"_s);
    mark.addBindValue(Timestamp::toText(Database::clockOf(m_db).now()));
    mark.addBindValue(choiceCode(choice));
    mark.addBindValue(conflictId);
    if (!mark.exec())
        return StorageError::fromSql(mark.lastError(), tr("marking the conflict resolved"));
    if (Status s = AuditLog::append(m_db, {actor, u"conflict.resolve"_s, c->entity, c->entityId,
                                           auditDetail(*c, choiceCode(choice), outcome.value().isChanged)});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Status ConflictRepository::reopen(const QString &conflictId, const QVariant &previousValue, const QString &actor)
{
    Transaction tx(m_db, Transaction::Origin::Local);
    if (!tx.isActive())
        return tx.error();
    const std::optional<ConflictRecord> c = find(conflictId);
    if (!c)
        return Error{u"conflict.missing"_s, tr("This conflict no longer exists. Refresh the Sync page.")};
    if (c->resolvedAt.isEmpty())
        return Error{u"conflict.open"_s, tr("This conflict is already open.")};
    auto column = editableColumn(c->entity, c->field);
    if (!column)
        return column.error();
    // previousValue was read from this very column by resolve(): it goes back exactly as it was.
    auto outcome = setField(*c, previousValue);
    if (!outcome)
        return outcome.error();
    QSqlQuery mark(m_db);
    mark.prepare(u"UPDATE conflicts SET resolved_at = NULL, resolution = NULL WHERE id = ?"_s);
    mark.addBindValue(conflictId);
    if (!mark.exec())
        return StorageError::fromSql(mark.lastError(), tr("opening the conflict again"));
    if (Status s = AuditLog::append(m_db, {actor, u"conflict.reopen"_s, c->entity, c->entityId,
                                           auditDetail(*c, {}, outcome.value().isChanged)});
        !s)
        return s;
    return tx.commit();
}

} // namespace sitesafe
