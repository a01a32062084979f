#include "outboxbatcher.h"

#include "syncstatestore.h"

#include "core/uuidv7.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
const QString kColumns = u"seq, mutation_id, entity, entity_id, op, base_version, fields, client_seq, batch_id"_s;

Mutation mutationFrom(const QSqlQuery &q)
{
    Mutation m;
    m.mutationId = q.value(1).toString();
    m.entity = q.value(2).toString();
    m.entityId = q.value(3).toString();
    m.op = q.value(4).toString() == u"update" ? Mutation::Op::Update : Mutation::Op::Insert;
    if (!q.value(5).isNull())
        m.baseVersion = q.value(5).toLongLong();
    const QJsonObject fields = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject change = it->toObject();
        FieldChange fc{change.value(u"value"_s), std::nullopt};
        if (change.contains(u"base"_s))
            fc.base = change.value(u"base"_s);
        m.fields.insert(it.key(), fc);
    }
    m.clientSeq = q.value(7).toLongLong();
    // A record and its photo are one unit: the attachment names the blob it needs.
    if (m.entity == u"attachments" && m.fields.contains(u"blob_sha256"_s))
        m.blobRefs.append(m.fields.value(u"blob_sha256"_s).value.toString());
    return m;
}

QString what()
{
    return OutboxBatcher::tr("preparing changes for sending");
}
} // namespace

QByteArray OutboxBatcher::encode(const PushRequest &batch)
{
    return QJsonDocument(batch.toJson()).toJson(QJsonDocument::Compact);
}

Result<std::optional<PushRequest>> OutboxBatcher::inFlight(const QString &deviceId)
{
    return load(deviceId, false);
}

Result<std::optional<PushRequest>> OutboxBatcher::load(const QString &deviceId, bool countAttempt)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT "_s + kColumns + u" FROM outbox WHERE state = 'in_flight' ORDER BY client_seq"_s))
        return StorageError::fromSql(q.lastError(), what());
    PushRequest batch;
    batch.deviceId = deviceId;
    while (q.next()) {
        batch.batchId = q.value(8).toString();
        batch.mutations.append(mutationFrom(q));
    }
    if (batch.mutations.isEmpty())
        return std::optional<PushRequest>{};
    if (countAttempt) {
        QSqlQuery bump(m_db);
        bump.prepare(u"UPDATE outbox SET attempts = attempts + 1 WHERE batch_id = ? AND state = 'in_flight'"_s);
        bump.addBindValue(batch.batchId);
        if (!bump.exec())
            return StorageError::fromSql(bump.lastError(), what());
    }
    return std::optional<PushRequest>(batch);
}

Result<std::optional<PushRequest>> OutboxBatcher::nextBatch(const QString &deviceId)
{
    // A frozen batch is resent as it is, until its receipts arrive.
    auto frozen = load(deviceId, true);
    if (!frozen || frozen.value())
        return frozen;

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    SyncStateStore state(m_db);
    qint64 nextSeq = state.lastClientSeq() + 1;
    PushRequest batch;
    batch.deviceId = deviceId;
    batch.batchId = UuidV7::generate();
    // Room for the envelope: {"device_id":…,"batch_id":…,"mutations":[…]}.
    qint64 bytes = encode(batch).size();
    QList<qint64> seqs;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kColumns + u" FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?"_s);
    q.addBindValue(m_limits.maxPushMutations);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), what());
    while (q.next()) {
        Mutation m = mutationFrom(q);
        m.clientSeq = nextSeq;
        const qint64 size = QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact).size() + 1;
        if (!batch.mutations.isEmpty() && bytes + size > m_limits.maxPushBytes)
            break;
        bytes += size;
        batch.mutations.append(m);
        seqs.append(q.value(0).toLongLong());
        ++nextSeq;
    }
    if (batch.mutations.isEmpty())
        return std::optional<PushRequest>{};
    QSqlQuery freeze(m_db);
    freeze.prepare(u"UPDATE outbox SET state = 'in_flight', client_seq = ?, batch_id = ?, attempts = 1, "
                   "last_error = NULL WHERE seq = ? AND state = 'pending'"_s);
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        freeze.addBindValue(batch.mutations[i].clientSeq);
        freeze.addBindValue(batch.batchId);
        freeze.addBindValue(seqs[i]);
        if (!freeze.exec() || freeze.numRowsAffected() != 1)
            return StorageError::fromSql(freeze.lastError(), what());
    }
    if (Status s = state.setValue(SyncStateStore::kLastClientSeq, QString::number(nextSeq - 1)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return std::optional<PushRequest>(batch);
}

} // namespace sitesafe
