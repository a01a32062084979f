#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include "core/error.h"
#include "protocol/protocollimits.h"
#include "protocol/pushmessages.h"

namespace sitesafe {

class Database;

/// Turns outbox rows into push batches (sync-anchors §2.6–2.7). A batch is frozen once: in ONE transaction the
/// next pending rows (at most `maxPushMutations` or `maxPushBytes` of JSON) get contiguous client_seq values from
/// the counter in sync_state, one batch_id and the state in_flight. Until its receipts are recorded, every call
/// returns that same batch, built from the same rows, so a retry sends exactly the same bytes. Batches in flight
/// are sent oldest first, so the server sees client_seq values in order even after a crash left two frozen. Edits made
/// while a batch is in flight stay pending and go into the next one. The rows and their freezing are
/// OutboxRepository's; this class turns them into protocol mutations and keeps each batch within the protocol limits.
class OutboxBatcher
{
    Q_DECLARE_TR_FUNCTIONS(OutboxBatcher)

public:
    OutboxBatcher(Database &db, ProtocolLimits limits) : m_db(db), m_limits(limits) {}

    /// The batch to send after `after` (nullptr: the first one): the oldest batch in flight after it, else a newly
    /// frozen one; nullopt when nothing is pending. The push freezes the next batch while `after` is in flight.
    Result<std::optional<PushRequest>> nextBatch(const QString &deviceId, const PushRequest *after = nullptr);
    /// The oldest batch now in flight, if any (read only).
    Result<std::optional<PushRequest>> inFlight(const QString &deviceId);

    /// The request body of `batch`: the compact JSON of PushRequest::toJson(). For a batch nextBatch() froze, the
    /// mutations encoded for its size check are used (once) rather than encoded again.
    QByteArray body(const PushRequest &batch);
    static QByteArray encode(const PushRequest &batch);

private:
    Result<std::optional<PushRequest>> load(const QString &deviceId, qint64 afterClientSeq, bool countAttempt);

    Database &m_db;
    ProtocolLimits m_limits;
    QHash<QString, QList<QByteArray>> m_encoded; ///< batches frozen by nextBatch() whose body is not built yet
};

} // namespace sitesafe
