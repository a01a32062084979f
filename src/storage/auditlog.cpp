#include "auditlog.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include "core/clock.h"
#include "database.h"
#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::hashOf(const QString &previousHash, const QString &at, const Entry &entry)
{
    // Length-prefixed fields: no two different entries serialize to the same bytes.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &field : {previousHash, at, entry.actor, entry.action, entry.entity, entry.entityId,
                                 entry.detail}) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status AuditLog::append(QSqlDatabase db, const Entry &entry)
{
    const QString what = tr("recording the action in the audit log");
    QSqlQuery last(db);
    if (!last.exec(u"SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s))
        return StorageError::fromSql(last.lastError(), what);
    const QString previous = last.next() ? last.value(0).toString() : genesisHash();
    const QString at = Timestamp::toText(Database::clockOf(db).now());

    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO audit_log (at, actor, action, entity, entity_id, detail, prev_hash, hash) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QString &v : {at, entry.actor, entry.action, entry.entity, entry.entityId, entry.detail, previous,
                             hashOf(previous, at, entry)})
        insert.addBindValue(v);
    if (!insert.exec())
        return StorageError::fromSql(insert.lastError(), what);
    return {};
}

Result<qint64> AuditLog::verify(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT seq, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log "
                "ORDER BY seq"_s))
        return StorageError::fromSql(q.lastError(), tr("verifying the audit log"));
    QString previous = genesisHash();
    qint64 count = 0;
    while (q.next()) {
        const Entry e{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString()};
        const QString expected = hashOf(previous, q.value(1).toString(), e);
        if (q.value(7).toString() != previous || q.value(8).toString() != expected)
            return Error{u"audit.broken"_s,
                         tr("The audit log was altered at entry %1: its hash chain does not match.")
                             .arg(q.value(0).toLongLong())};
        previous = expected;
        ++count;
    }
    return count;
}

} // namespace sitesafe
