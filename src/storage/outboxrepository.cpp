#include "outboxrepository.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include "storageerror.h"
#include "syncstatestore.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
const QString kColumns =
    u"seq, mutation_id, entity, entity_id, op, base_version, fields, state, client_seq, batch_id"_s;

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.seq = q.value(0).toLongLong();
    e.mutationId = q.value(1).toString();
    e.entity = q.value(2).toString();
    e.entityId = q.value(3).toString();
    e.op = q.value(4).toString();
    e.baseVersion = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
    e.fields = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.state = q.value(7).toString();
    e.clientSeq = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
    e.batchId = q.value(9).toString();
    return e;
}

QString freezing()
{
    return OutboxRepository::tr("preparing changes for sending");
}

QString recording()
{
    return OutboxRepository::tr("recording the server's receipts");
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
} // namespace

qint64 OutboxRepository::pendingCount()
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

QList<OutboxEntry> OutboxRepository::entriesFor(const QString &entity, const QString &entityId)
{
    return select(u"entity = ? AND entity_id = ? ORDER BY seq"_s, {entity, entityId});
}

Result<QList<OutboxEntry>> OutboxRepository::inFlight(qint64 afterClientSeq)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kColumns
        + u" FROM outbox WHERE state = 'in_flight' AND batch_id = (SELECT batch_id FROM outbox WHERE "
          "state = 'in_flight' AND client_seq > ? ORDER BY client_seq LIMIT 1) ORDER BY client_seq"_s);
    q.addBindValue(afterClientSeq);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), freezing());
    QList<OutboxEntry> rows;
    while (q.next())
        rows.append(entryFrom(q));
    return rows;
}

Status OutboxRepository::countAttempt(const QString &batchId)
{
    QSqlQuery bump(m_db);
    bump.prepare(u"UPDATE outbox SET attempts = attempts + 1 WHERE batch_id = ? AND state = 'in_flight'"_s);
    bump.addBindValue(batchId);
    if (!bump.exec())
        return StorageError::fromSql(bump.lastError(), freezing());
    return {};
}

Result<QList<OutboxEntry>> OutboxRepository::freezeBatch(const QString &batchId, int limit, const Admit &admit)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    SyncStateStore state(m_db);
    qint64 nextSeq = state.lastClientSeq() + 1;
    QList<OutboxEntry> batch;
    {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT "_s + kColumns + u" FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?"_s);
        q.addBindValue(limit);
        if (!q.exec())
            return StorageError::fromSql(q.lastError(), freezing());
        while (q.next()) {
            OutboxEntry e = entryFrom(q);
            e.clientSeq = nextSeq;
            e.batchId = batchId;
            if (!admit(e))
                break;
            batch.append(e);
            ++nextSeq;
        }
    }
    if (batch.isEmpty())
        return batch;
    if (Status s = markInFlight(batch, batchId); !s)
        return s.error();
    if (Status s = state.setValue(SyncStateStore::kLastClientSeq, QString::number(nextSeq - 1)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return batch;
}

Result<qint64> OutboxRepository::renumberInFlight(qint64 serverLast)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // Through negative values first: client_seq is UNIQUE, and the new numbers may overlap the old ones.
    QSqlQuery q(m_db);
    if (!q.exec(u"UPDATE outbox SET client_seq = -client_seq WHERE state = 'in_flight'"_s))
        return StorageError::fromSql(q.lastError(), freezing());
    const qint64 count = q.numRowsAffected();
    q.prepare(u"UPDATE outbox SET client_seq = ? + ranked.n FROM (SELECT seq, row_number() OVER (ORDER BY "
              "client_seq DESC) AS n FROM outbox WHERE state = 'in_flight') AS ranked WHERE outbox.seq = ranked.seq"_s);
    q.addBindValue(serverLast);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), freezing());
    SyncStateStore state(m_db);
    if (Status s = state.setValue(SyncStateStore::kLastClientSeq, QString::number(serverLast + count)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return count;
}

Result<qint64> OutboxRepository::requeueLost(qint64 serverLast, qint64 before)
{
    if (before - serverLast <= 1)
        return qint64(0);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QString answered
        = u"client_seq > ? AND client_seq < ? AND state IN ('applied', 'duplicate', 'conflict', 'rejected')"_s;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM outbox WHERE "_s + answered);
    q.addBindValue(serverLast);
    q.addBindValue(before);
    if (!q.exec() || !q.next())
        return StorageError::fromSql(q.lastError(), freezing());
    if (q.value(0).toLongLong() != before - serverLast - 1)
        return qint64(0); // a gap this computer cannot fill: not a server that lost what it had answered
    q.prepare(u"UPDATE outbox SET state = 'in_flight', attempts = 0, last_error = NULL WHERE "_s + answered);
    q.addBindValue(serverLast);
    q.addBindValue(before);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), freezing());
    const qint64 count = q.numRowsAffected();
    if (Status s = tx.commit(); !s)
        return s.error();
    return count;
}

Status OutboxRepository::markInFlight(QList<OutboxEntry> &batch, const QString &batchId)
{
    const OutboxEntry &first = batch.constFirst();
    const qint64 count = batch.size();
    // The usual case: the pending rows taken have consecutive seq values (no other pending row between them), so
    // one UPDATE gives every row its client_seq (seq + offset keeps them contiguous and in order).
    if (batch.constLast().seq - first.seq + 1 == count) {
        QSqlQuery range(m_db);
        range.prepare(u"UPDATE outbox SET state = 'in_flight', client_seq = seq + ?, batch_id = ?, attempts = 1, "
                      "last_error = NULL WHERE seq BETWEEN ? AND ? AND state = 'pending'"_s);
        range.addBindValue(first.clientSeq - first.seq);
        range.addBindValue(batchId);
        range.addBindValue(first.seq);
        range.addBindValue(batch.constLast().seq);
        if (!range.exec() || range.numRowsAffected() != count)
            return StorageError::fromSql(range.lastError(), freezing());
    } else {
        QSqlQuery freeze(m_db);
        freeze.prepare(u"UPDATE outbox SET state = 'in_flight', client_seq = ?, batch_id = ?, attempts = 1, "
                       "last_error = NULL WHERE seq = ? AND state = 'pending'"_s);
        for (const OutboxEntry &e : std::as_const(batch)) {
            freeze.addBindValue(e.clientSeq);
            freeze.addBindValue(batchId);
            freeze.addBindValue(e.seq);
            if (!freeze.exec() || freeze.numRowsAffected() != 1)
                return StorageError::fromSql(freeze.lastError(), freezing());
        }
    }
    for (OutboxEntry &e : batch)
        e.state = u"in_flight"_s;
    return {};
}

Status OutboxRepository::recordReceipt(const OutboxReceipt &r)
{
    QSqlQuery &update = m_statements.prepared(u"UPDATE outbox SET state = ?, server_seq = ?, result = ?, "
                                              "last_error = ?, content_hash = ? WHERE mutation_id = ? AND "
                                              "state = 'in_flight'"_s);
    update.addBindValue(r.state);
    update.addBindValue(r.serverSeq > 0 ? QVariant(r.serverSeq) : QVariant(QMetaType(QMetaType::LongLong)));
    update.addBindValue(r.resultJson);
    update.addBindValue(textOrNull(r.lastError));
    update.addBindValue(textOrNull(r.contentHash));
    update.addBindValue(r.mutationId);
    if (!update.exec())
        return StorageError::fromSql(update.lastError(), recording());
    return {};
}

Status OutboxRepository::stampServerVersion(const QString &entity, const QString &entityId, qint64 serverSeq)
{
    QSqlQuery &update = m_statements.prepared(
        u"UPDATE \"%1\" SET server_version = ? WHERE id = ? AND (server_version IS NULL OR server_version < ?)"_s.arg(
            entity));
    update.addBindValue(serverSeq);
    update.addBindValue(entityId);
    update.addBindValue(serverSeq);
    if (!update.exec())
        return StorageError::fromSql(update.lastError(), recording());
    return {};
}

Result<bool> OutboxRepository::hasLaterEdit(const QString &entity, const QString &entityId,
                                            const QString &mutationId, const QString &field)
{
    QSqlQuery &later = m_statements.prepared(
        u"SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? AND state IN ('pending', 'in_flight') "
        "AND mutation_id <> ? AND json_extract(fields, ?) IS NOT NULL LIMIT 1"_s);
    later.addBindValue(entity);
    later.addBindValue(entityId);
    later.addBindValue(mutationId);
    later.addBindValue(u"$.\"%1\""_s.arg(field));
    if (!later.exec())
        return StorageError::fromSql(later.lastError(), recording());
    const bool found = later.next();
    later.finish();
    return found;
}

QSet<QString> OutboxRepository::unsentFields(const QString &entity, const QString &entityId)
{
    QSet<QString> dirty;
    QSqlQuery &q = m_statements.prepared(
        u"SELECT fields FROM outbox WHERE entity = ? AND entity_id = ? AND state IN ('pending', 'in_flight')"_s);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (q.exec()) {
        while (q.next()) {
            const QJsonObject fields = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                dirty.insert(it.key());
        }
    }
    q.finish(); // a statement left open would block the commit
    return dirty;
}

QList<OutboxEntry> OutboxRepository::select(const QString &where, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kColumns + u" FROM outbox WHERE "_s + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<OutboxEntry> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

} // namespace sitesafe
