#include "heldrowrepository.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include "database.h"
#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString what()
{
    return HeldRowRepository::tr("keeping a record from the server aside");
}

/// "t.a, t.b" → "a, b": the columns without their table.
QString columnsOf(const QString &list)
{
    QStringList columns;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts))
        columns.append(part.trimmed().section(u'.', -1));
    return columns.join(u", "_s);
}
} // namespace

Status HeldRowRepository::hold(const QString &entity, const QString &entityId, qint64 serverSeq,
                               const QString &rowJson, const QString &brokenConstraint)
{
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO held_pulled_rows (entity, entity_id, server_seq, row_json, broken_constraint, "
              "first_held_at, last_tried_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 1) "
              "ON CONFLICT (entity, entity_id) DO UPDATE SET server_seq = excluded.server_seq, "
              "row_json = excluded.row_json, broken_constraint = excluded.broken_constraint, "
              "last_tried_at = excluded.last_tried_at, attempts = attempts + 1"_s);
    for (const QVariant &v : {QVariant(entity), QVariant(entityId), QVariant(serverSeq), QVariant(rowJson),
                              QVariant(brokenConstraint), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), what());
    return {};
}

Status HeldRowRepository::markTried(const QString &entity, const QString &entityId, const QString &brokenConstraint)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE held_pulled_rows SET broken_constraint = ?, last_tried_at = ?, attempts = attempts + 1 "
              "WHERE entity = ? AND entity_id = ?"_s);
    for (const QVariant &v : {QVariant(brokenConstraint), QVariant(Timestamp::toText(Database::clockOf(m_db).now())),
                              QVariant(entity), QVariant(entityId)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), what());
    return {};
}

Status HeldRowRepository::release(const QString &entity, const QString &entityId)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM held_pulled_rows WHERE entity = ? AND entity_id = ?"_s);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), what());
    return {};
}

Result<QList<HeldRow>> HeldRowRepository::all()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT entity, entity_id, server_seq, row_json, broken_constraint, first_held_at, last_tried_at, "
                "attempts FROM held_pulled_rows ORDER BY server_seq, entity, entity_id"_s))
        return StorageError::fromSql(q.lastError(), tr("reading the records kept aside"));
    QList<HeldRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toInt()});
    return rows;
}

Result<qint64> HeldRowRepository::count()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM held_pulled_rows"_s) || !q.next())
        return StorageError::fromSql(q.lastError(), tr("reading the records kept aside"));
    return q.value(0).toLongLong();
}

Result<QHash<QString, qint64>> HeldRowRepository::versions()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT entity, entity_id, server_seq FROM held_pulled_rows"_s))
        return StorageError::fromSql(q.lastError(), tr("reading the records kept aside"));
    QHash<QString, qint64> held;
    while (q.next())
        held.insert(key(q.value(0).toString(), q.value(1).toString()), q.value(2).toLongLong());
    return held;
}

QString HeldRowRepository::explain(const QString &broken)
{
    static const QRegularExpression failed(u"^(UNIQUE|NOT NULL|CHECK) constraint failed: (.*)$"_s);
    const QRegularExpressionMatch m = failed.match(broken.trimmed());
    if (m.hasMatch() && m.captured(1) == u"UNIQUE")
        return tr("another record on this computer already has the same %1").arg(columnsOf(m.captured(2)));
    if (m.hasMatch() && m.captured(1) == u"NOT NULL")
        return tr("the field %1 is empty, but this computer requires it").arg(columnsOf(m.captured(2)));
    if (m.hasMatch())
        return tr("a value breaks the rule %1 of this computer").arg(m.captured(2));
    if (broken.contains(u"FOREIGN KEY"_s))
        return tr("it refers to a record that is not on this computer");
    if (broken.contains(u"sitesafe: "_s))
        return tr("this computer does not allow it: %1").arg(broken.section(u"sitesafe: "_s, 1));
    return broken;
}

} // namespace sitesafe
