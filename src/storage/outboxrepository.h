#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include "core/error.h"
#include "statementcache.h"

namespace sitesafe {

/// One queued mutation as the triggers recorded it.
struct OutboxEntry {
    qint64 seq = 0;
    QString mutationId;
    QString entity;
    QString entityId;
    QString op;
    qint64 baseVersion = -1; ///< -1: never synced
    QJsonObject fields;      ///< {"column": {"value": …, "base": …}}
    QString state;
    qint64 clientSeq = -1;   ///< -1: not frozen in a batch yet
    QString batchId;
};

/// The server's answer to one frozen mutation, as ReceiptRecorder stores it on the outbox row.
struct OutboxReceipt {
    QString mutationId;
    QString state;        ///< applied, duplicate, conflict or rejected
    qint64 serverSeq = 0; ///< 0: none given
    QString resultJson;   ///< the whole result object, compact JSON
    QString lastError;    ///< empty: none
    QString contentHash;  ///< empty: none (or not well formed)
};

/// The outbox: rows are written by trigger, in the same transaction as the change; this class reads them, freezes
/// them into push batches and records the server's receipts on them.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)

public:
    explicit OutboxRepository(QSqlDatabase db) : m_db(db), m_statements(std::move(db)) {}

    /// Changes not yet answered by the server: pending ones and those frozen in a batch in flight (awaiting
    /// their receipt). What a user is told still waits on this computer.
    qint64 pendingCount();
    QList<OutboxEntry> entriesFor(const QString &entity, const QString &entityId);

    /// The rows of the oldest batch in flight whose client_seq values come after `afterClientSeq`, by client_seq
    /// (empty: none). Two batches are in flight while the push sends one and freezes the next.
    Result<QList<OutboxEntry>> inFlight(qint64 afterClientSeq = 0);
    /// One more send of the batch in flight.
    Status countAttempt(const QString &batchId);
    /// Decides whether one more pending row joins the batch being frozen; it has its client_seq already.
    using Admit = std::function<bool(const OutboxEntry &entry)>;
    /// In ONE transaction: takes the pending rows in order (at most `limit`) while `admit` accepts them, gives
    /// them contiguous client_seq values after the counter in sync_state, `batchId`, attempts 1 and the state
    /// in_flight, and advances the counter. Returns the frozen rows (empty: nothing was pending).
    Result<QList<OutboxEntry>> freezeBatch(const QString &batchId, int limit, const Admit &admit);
    /// The server has taken client_seq values up to `serverLast` from this device, beyond this computer's own
    /// count (its database came back from a backup: 409 client_seq_behind). In ONE transaction: every frozen row,
    /// in client_seq order, takes the next number after `serverLast` (batches keep their rows), and the counter
    /// moves after them. Returns how many rows were renumbered.
    Result<qint64> renumberInFlight(qint64 serverLast);
    /// The server has taken this device's changes only up to `serverLast`, although it answered those up to
    /// `before` - 1 (it was restored from an older backup: sync-anchors §3 case 6). When this computer holds
    /// every one of them, they go back in flight, in their batches and with their numbers, to be sent again
    /// before the rest. Returns how many rows went back (0: not that case, nothing changed).
    Result<qint64> requeueLost(qint64 serverLast, qint64 before);
    /// Stores one receipt on the in-flight row it answers (call inside the receipts' transaction).
    Status recordReceipt(const OutboxReceipt &receipt);
    /// The row an applied receipt names takes the receipt's server_seq as its server_version (only forward): what
    /// the row's echo in the next pull would give it, which the pull leaves out (sync-protocol.md, "Echo rows").
    /// `entity` must be a table of the rule table. Call inside the receipts' transaction (remote origin).
    Status stampServerVersion(const QString &entity, const QString &entityId, qint64 serverSeq);
    /// Whether another unsent (pending or in-flight) mutation than `mutationId` of the row changes `field`.
    Result<bool> hasLaterEdit(const QString &entity, const QString &entityId, const QString &mutationId,
                              const QString &field);
    /// The fields of the row that unsent mutations change: a pulled value must not overwrite them yet.
    QSet<QString> unsentFields(const QString &entity, const QString &entityId);

private:
    /// Marks the rows chosen by freezeBatch in flight (inside its transaction).
    Status markInFlight(QList<OutboxEntry> &batch, const QString &batchId);
    QList<OutboxEntry> select(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
    StatementCache m_statements; ///< receipts and the pull's unsent-field lookups run once per row
};

} // namespace sitesafe
