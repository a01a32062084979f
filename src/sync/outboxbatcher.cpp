#include "outboxbatcher.h"

#include <QJsonDocument>

#include "core/uuidv7.h"
#include "storage/database.h"
#include "storage/outboxrepository.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
Mutation mutationFrom(const OutboxEntry &e)
{
    Mutation m;
    m.mutationId = e.mutationId;
    m.entity = e.entity;
    m.entityId = e.entityId;
    m.op = e.op == u"update" ? Mutation::Op::Update : Mutation::Op::Insert;
    if (e.baseVersion >= 0)
        m.baseVersion = e.baseVersion;
    for (auto it = e.fields.begin(); it != e.fields.end(); ++it) {
        const QJsonObject change = it->toObject();
        FieldChange fc{change.value(u"value"_s), std::nullopt};
        if (change.contains(u"base"_s))
            fc.base = change.value(u"base"_s);
        m.fields.insert(it.key(), fc);
    }
    m.clientSeq = e.clientSeq;
    // A record and its photo are one unit: the attachment names the blob it needs.
    if (m.entity == u"attachments" && m.fields.contains(u"blob_sha256"_s))
        m.blobRefs.append(m.fields.value(u"blob_sha256"_s).value.toString());
    return m;
}

QByteArray encodeMutation(const Mutation &m)
{
    return m.toCompactJson(); // QJsonDocument's bytes, which envelope() relies on
}

/// The compact JSON of `batch` with its mutations already encoded: the same bytes QJsonDocument writes for the
/// whole request, because "mutations" sorts last among its keys and a compact value reads the same nested or alone.
QByteArray envelope(const PushRequest &batch, const QList<QByteArray> &mutations)
{
    PushRequest empty;
    empty.deviceId = batch.deviceId;
    empty.batchId = batch.batchId;
    QByteArray body = QJsonDocument(empty.toJson()).toJson(QJsonDocument::Compact);
    body.chop(2); // "]}" of the empty "mutations":[]
    qint64 size = body.size() + 2;
    for (const QByteArray &m : mutations)
        size += m.size() + 1;
    body.reserve(size);
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append(mutations.at(i));
    }
    body.append("]}");
    return body;
}
} // namespace

QByteArray OutboxBatcher::encode(const PushRequest &batch)
{
    QList<QByteArray> mutations;
    mutations.reserve(batch.mutations.size());
    for (const Mutation &m : batch.mutations)
        mutations.append(encodeMutation(m));
    return envelope(batch, mutations);
}

QByteArray OutboxBatcher::body(const PushRequest &batch)
{
    const QList<QByteArray> encoded = m_encoded.take(batch.batchId);
    if (!encoded.isEmpty() && encoded.size() == batch.mutations.size())
        return envelope(batch, encoded);
    return encode(batch);
}

Result<std::optional<PushRequest>> OutboxBatcher::inFlight(const QString &deviceId)
{
    return load(deviceId, 0, false);
}

Result<std::optional<PushRequest>> OutboxBatcher::load(
    const QString &deviceId, qint64 afterClientSeq, bool countAttempt)
{
    OutboxRepository outbox(m_db.connection());
    auto rows = outbox.inFlight(afterClientSeq);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<PushRequest>{};
    PushRequest batch;
    batch.deviceId = deviceId;
    batch.batchId = rows.value().constFirst().batchId;
    for (const OutboxEntry &e : std::as_const(rows.value()))
        batch.mutations.append(mutationFrom(e));
    if (countAttempt) {
        if (Status s = outbox.countAttempt(batch.batchId); !s)
            return s.error();
    }
    return std::optional<PushRequest>(batch);
}

Result<std::optional<PushRequest>> OutboxBatcher::nextBatch(const QString &deviceId, const PushRequest *after)
{
    // A frozen batch is resent as it is, until its receipts arrive.
    const qint64 afterClientSeq = after && !after->mutations.isEmpty() ? after->mutations.constLast().clientSeq : 0;
    auto frozen = load(deviceId, afterClientSeq, true);
    if (!frozen || frozen.value())
        return frozen;

    PushRequest batch;
    batch.deviceId = deviceId;
    batch.batchId = UuidV7::generate();
    // Room for the envelope: {"device_id":…,"batch_id":…,"mutations":[…]}.
    qint64 bytes = envelope(batch, {}).size();
    QList<QByteArray> encoded;
    auto rows = OutboxRepository(m_db.connection())
                    .freezeBatch(batch.batchId, m_limits.maxPushMutations, [&](const OutboxEntry &e) {
                        const Mutation m = mutationFrom(e);
                        QByteArray json = encodeMutation(m);
                        const qint64 size = json.size() + 1;
                        if (!batch.mutations.isEmpty() && bytes + size > m_limits.maxPushBytes)
                            return false;
                        bytes += size;
                        batch.mutations.append(m);
                        encoded.append(std::move(json));
                        return true;
                    });
    if (!rows)
        return rows.error();
    if (batch.mutations.isEmpty())
        return std::optional<PushRequest>{};
    m_encoded.insert(batch.batchId, std::move(encoded));
    return std::optional<PushRequest>(batch);
}

} // namespace sitesafe
