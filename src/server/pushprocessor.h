#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>

#include "caller.h"
#include "core/error.h"
#include "deviceturns.h"
#include "protocol/pushmessages.h"

namespace sitesafe {

class Backend;
class RowStore;
class StatementCache;
class WriteTransaction;
struct EntityRule;

/// Applies one push batch (sync-anchors §2.4) in one write transaction, each mutation on its own (a refused one
/// leaves nothing behind):
/// contiguous client_seq per device (a gap is refused with sync.out_of_order and nothing is applied), the
/// (device_id, mutation_id) row written in the transaction that applies the mutation (a repeat answers
/// `duplicate` with the stored result), permissions by role and jurisdiction, the entity rule's policy
/// (per-field compare-and-set with both values kept on conflict, append-only events folded in server order,
/// read-only reference data), an audit entry per mutation, the write checkpoint, and per result the content hash
/// of the row as stored (kept with the applied mutation, so a duplicate answers the same hash).
/// A batch that arrives ahead of its predecessor is held (DeviceTurns) for up to Hold::ms before out_of_order.
class PushProcessor
{
    Q_DECLARE_TR_FUNCTIONS(PushProcessor)

public:
    /// How long a batch that arrives ahead of its predecessor waits for it (0: refused at once), and how many
    /// requests may wait at once (fewer than the worker threads, so the predecessors find a free worker).
    struct Hold {
        int ms = 0;
        int maxWaiting = 1;
    };
    PushProcessor(Backend &backend, QString serverEpoch, Hold hold);

    /// A new mutation whose client_seq the device has used already: its data came back from an older copy (a
    /// restored backup), so its count is behind the server's. Nothing of the batch is applied; the answer (409)
    /// carries the device's last client_seq so it can renumber what it has frozen and send it again.
    static inline const QString kClientSeqBehind = QStringLiteral("sync.client_seq_behind");
    /// The batch's first new client_seq is past the next one the server takes: its predecessor has not arrived,
    /// or the server was restored from an older backup and lost it. Answered 409 with last_client_seq too.
    static inline const QString kOutOfOrder = QStringLiteral("sync.out_of_order");

    /// Errors: sync.device_mismatch, sync.out_of_order, sync.client_seq_behind, db.* (transient: the client
    /// resends the batch).
    Result<PushResponse> process(const Caller &caller, const PushRequest &request);
    /// The last client_seq the server has taken from `deviceId` (0: none yet).
    Result<qint64> lastClientSeq(const QString &deviceId);
    /// Batches held now, waiting for their predecessor.
    int heldBatches() { return m_turns.waiting(); }

private:
    /// Which mutations run in a savepoint of their own. A create is refused before it writes anything, or by the
    /// INSERT itself, or (server errors) by a later step: only the last two need the rollback, and they are rare,
    /// so a batch first runs with savepoints for updates only, and again with one for every mutation when a create
    /// fails after its write began (7 % of a push's time, issue 13).
    enum class Guard { Updates, Every };
    /// One run of the batch: unguarded first, then guarded when that run asks for it.
    Result<PushResponse> processGuarded(const Caller &caller, const PushRequest &request);
    Result<PushResponse> processOnce(const Caller &caller, const PushRequest &request, Guard guard);
    /// The stored results of the mutations of this batch that the device's earlier pushes recorded, answered as
    /// duplicates, by mutation id.
    static Result<QHash<QString, MutationResult>> recordedResults(StatementCache &statements, const QString &deviceId,
                                                                  const QList<Mutation> &mutations);
    static MutationResult duplicateOf(const QString &storedResult, const QString &storedHash);
    /// nullopt: a create without its own savepoint failed after its write began; the batch must run again with
    /// Guard::Every.
    std::optional<MutationResult> apply(
        WriteTransaction &tx, RowStore &rows, const Caller &caller, const Mutation &m, Guard guard);
    /// The answer to a create whose id exists (the same row again, or id_conflict); nullopt when it does not.
    std::optional<MutationResult> repeatedCreate(RowStore &rows, const EntityRule &rule, const Mutation &m);
    MutationResult applyInsert(RowStore &rows, const Caller &caller, const EntityRule &rule, const Mutation &m);
    MutationResult applyUpdate(RowStore &rows, const Caller &caller, const EntityRule &rule, const Mutation &m);
    /// Derived state of a new row (`inserted`: its values and id): the hazard refold, blob access.
    Status afterWrite(RowStore &rows, const EntityRule &rule, const QVariantMap &inserted, MutationResult &result);
    /// ContentHash of the row as stored now (its wire columns read back through the database).
    Result<QString> contentHashOf(RowStore &rows, const EntityRule &rule, const QString &id);

    Backend &m_backend;
    QString m_epoch;
    int m_holdMs;
    DeviceTurns m_turns;
};

} // namespace sitesafe
