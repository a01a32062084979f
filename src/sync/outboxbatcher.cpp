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
    OutboxRepository outbox(m_db.connection());
    auto rows = outbox.inFlight();
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

Result<std::optional<PushRequest>> OutboxBatcher::nextBatch(const QString &deviceId)
{
    // A frozen batch is resent as it is, until its receipts arrive.
    auto frozen = load(deviceId, true);
    if (!frozen || frozen.value())
        return frozen;

    PushRequest batch;
    batch.deviceId = deviceId;
    batch.batchId = UuidV7::generate();
    // Room for the envelope: {"device_id":…,"batch_id":…,"mutations":[…]}.
    qint64 bytes = encode(batch).size();
    auto rows = OutboxRepository(m_db.connection())
                    .freezeBatch(batch.batchId, m_limits.maxPushMutations, [&](const OutboxEntry &e) {
                        const Mutation m = mutationFrom(e);
                        const qint64 size = QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact).size() + 1;
                        if (!batch.mutations.isEmpty() && bytes + size > m_limits.maxPushBytes)
                            return false;
                        bytes += size;
                        batch.mutations.append(m);
                        return true;
                    });
    if (!rows)
        return rows.error();
    if (batch.mutations.isEmpty())
        return std::optional<PushRequest>{};
    return std::optional<PushRequest>(batch);
}

} // namespace sitesafe
