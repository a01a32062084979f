#include "ledgerrowwriter.h"

#include <QSqlError>

#include "auditlog.h"
#include "core/clock.h"
#include "database.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Status LedgerRowWriter::insert(QSqlDatabase db, const LedgerTable &t, const QString &id, const QVariantList &values,
                               const QString &actor, const QString &detail)
{
    const QString now = Timestamp::toText(Database::clockOf(db).now());
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO %1 (id, %2, created_at, updated_at) VALUES (?%3, ?, ?)"_s.arg(
        t.table, t.columns.join(u", "_s), u", ?"_s.repeated(t.columns.size())));
    q.addBindValue(id);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), t.savingWhat);
    if (Status s = AuditLog::append(db, {actor, t.auditPrefix + u".create"_s, t.table, id, detail}); !s)
        return s;
    return tx.commit();
}

Status LedgerRowWriter::update(QSqlDatabase db, const LedgerTable &t, const QString &id, const QVariantList &values,
                               const QString &actor, const QString &detail)
{
    const QString now = Timestamp::toText(Database::clockOf(db).now());
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(db);
    q.prepare(u"UPDATE %1 SET %2 = ?, updated_at = ? WHERE id = ?"_s.arg(t.table, t.columns.join(u" = ?, "_s)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), t.savingWhat);
    if (q.numRowsAffected() != 1)
        return Error{t.missingCode, t.missingMessage};
    if (Status s = AuditLog::append(db, {actor, t.auditPrefix + u".update"_s, t.table, id, detail}); !s)
        return s;
    return tx.commit();
}

bool LedgerRowWriter::list(QSqlQuery &q, const QString &select, const QString &projectId, const QString &order)
{
    if (projectId.isEmpty()) {
        q.prepare(select + order);
    } else {
        q.prepare(select + u" WHERE project_id = ?"_s + order);
        q.addBindValue(projectId);
    }
    return q.exec();
}

} // namespace sitesafe
