#include "serverauditlog.h"

#include "caller.h"
#include "core/clock.h"
#include "statementcache.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString orNull(const QString &s)
{
    return s.isEmpty() ? QString() : s; // a null QString binds NULL
}
} // namespace

Status ServerAuditLog::append(StatementCache &statements, const QDateTime &at, const QString &actor, const QString &deviceId,
                              const QString &action, const QString &entity, const QString &entityId,
                              const QString &detail)
{
    auto statement = statements.direct(u"INSERT INTO audit_log (at, actor, device_id, action, entity, entity_id, "
                                       "detail) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement)
        return statement.error();
    DirectStatement &q = statement.value();
    q.bind(0, Timestamp::toText(at));
    q.bind(1, actor);
    q.bind(2, orNull(deviceId));
    q.bind(3, action);
    q.bind(4, orNull(entity));
    q.bind(5, orNull(entityId));
    q.bind(6, orNull(detail));
    if (!q.exec())
        return Error{u"db.error"_s, q.errorText()};
    return {};
}

Status ServerAuditLog::append(StatementCache &statements, const QDateTime &at, const Caller &caller, const QString &action,
                              const QString &entity, const QString &entityId, const QString &detail)
{
    return append(statements, at, caller.userName, caller.deviceId, action, entity, entityId, detail);
}

} // namespace sitesafe
