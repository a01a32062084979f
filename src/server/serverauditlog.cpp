#include "serverauditlog.h"

#include <QSqlError>
#include <QSqlQuery>

#include "caller.h"
#include "core/clock.h"
#include "statementcache.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

Status ServerAuditLog::append(StatementCache &statements, const QDateTime &at, const QString &actor, const QString &deviceId,
                              const QString &action, const QString &entity, const QString &entityId,
                              const QString &detail)
{
    auto statement = statements.prepare(u"INSERT INTO audit_log (at, actor, device_id, action, entity, entity_id, "
                                        "detail) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement)
        return statement.error();
    QSqlQuery &q = statement.value().query();
    q.bindValue(0, Timestamp::toText(at));
    q.bindValue(1, actor);
    q.bindValue(2, orNull(deviceId));
    q.bindValue(3, action);
    q.bindValue(4, orNull(entity));
    q.bindValue(5, orNull(entityId));
    q.bindValue(6, orNull(detail));
    if (!q.exec())
        return Error{u"db.error"_s, q.lastError().text()};
    return {};
}

Status ServerAuditLog::append(StatementCache &statements, const QDateTime &at, const Caller &caller, const QString &action,
                              const QString &entity, const QString &entityId, const QString &detail)
{
    return append(statements, at, caller.userName, caller.deviceId, action, entity, entityId, detail);
}

} // namespace sitesafe
