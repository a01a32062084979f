#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include "core/error.h"
#include "protocol/protocollimits.h"
#include "protocol/pushmessages.h"

namespace sitesafe {

class Database;

/// Turns outbox rows into push batches (sync-anchors §2.6–2.7). A batch is frozen once: in ONE transaction the
/// next pending rows (at most `maxPushMutations` or `maxPushBytes` of JSON) get contiguous client_seq values from
/// the counter in sync_state, one batch_id and the state in_flight. Until its receipts are recorded, every call
/// returns that same batch, built from the same rows, so a retry sends exactly the same bytes. Edits made while a
/// batch is in flight stay pending and go into the next one. The rows and their freezing are OutboxRepository's;
/// this class turns them into protocol mutations and keeps each batch within the protocol limits.
class OutboxBatcher
{
    Q_DECLARE_TR_FUNCTIONS(OutboxBatcher)

public:
    OutboxBatcher(Database &db, ProtocolLimits limits) : m_db(db), m_limits(limits) {}

    /// The batch to send: the one in flight, else a newly frozen one; nullopt when nothing is pending.
    Result<std::optional<PushRequest>> nextBatch(const QString &deviceId);
    /// The batch now in flight, if any (read only).
    Result<std::optional<PushRequest>> inFlight(const QString &deviceId);

    /// The request body of `batch`: the compact JSON of PushRequest::toJson(). For the batch nextBatch() just
    /// froze, the mutations encoded for its size check are reused rather than encoded again.
    QByteArray body(const PushRequest &batch) const;
    static QByteArray encode(const PushRequest &batch);

private:
    Result<std::optional<PushRequest>> load(const QString &deviceId, bool countAttempt);

    Database &m_db;
    ProtocolLimits m_limits;
    QString m_encodedBatchId; ///< the batch last frozen by nextBatch()
    QList<QByteArray> m_encodedMutations; ///< its mutations as compact JSON, in order
};

} // namespace sitesafe
