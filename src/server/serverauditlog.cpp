#include "serverauditlog.h"

#include <QSqlError>
#include <QSqlQuery>

#include "caller.h"
#include "core/clock.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

Status ServerAuditLog::append(QSqlDatabase &db, const QDateTime &at, const QString &actor, const QString &deviceId,
                              const QString &action, const QString &entity, const QString &entityId,
                              const QString &detail)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO audit_log (at, actor, device_id, action, entity, entity_id, detail) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(Timestamp::toText(at));
    q.addBindValue(actor);
    q.addBindValue(orNull(deviceId));
    q.addBindValue(action);
    q.addBindValue(orNull(entity));
    q.addBindValue(orNull(entityId));
    q.addBindValue(orNull(detail));
    if (!q.exec())
        return Error{u"db.error"_s, q.lastError().text()};
    return {};
}

Status ServerAuditLog::append(QSqlDatabase &db, const QDateTime &at, const Caller &caller, const QString &action,
                              const QString &entity, const QString &entityId, const QString &detail)
{
    return append(db, at, caller.userName, caller.deviceId, action, entity, entityId, detail);
}

} // namespace sitesafe
