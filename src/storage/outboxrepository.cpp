#include "outboxrepository.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sitesafe {

qint64 OutboxRepository::pendingCount()
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

qint64 OutboxRepository::waitingCount()
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

QList<OutboxEntry> OutboxRepository::entriesFor(const QString &entity, const QString &entityId)
{
    return select(u"entity = ? AND entity_id = ?"_s, {entity, entityId});
}

QList<OutboxEntry> OutboxRepository::pending(int limit)
{
    return select(u"state = 'pending' ORDER BY seq LIMIT ?"_s, {limit});
}

QList<OutboxEntry> OutboxRepository::select(const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT seq, mutation_id, entity, entity_id, op, base_version, fields, state FROM outbox WHERE "_s
              + where + (where.contains(u"ORDER BY"_s) ? QString() : u" ORDER BY seq"_s));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<OutboxEntry> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.mutationId = q.value(1).toString();
        e.entity = q.value(2).toString();
        e.entityId = q.value(3).toString();
        e.op = q.value(4).toString();
        e.baseVersion = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        e.fields = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.state = q.value(7).toString();
        out.append(e);
    }
    return out;
}

} // namespace sitesafe
