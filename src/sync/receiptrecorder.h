#pragma once

#include <QCoreApplication>

#include "core/error.h"
#include "protocol/pushmessages.h"

namespace sitesafe {

class ConflictRepository;
class Database;
struct EntityRule;
class OutboxRepository;

/// What one push changed locally, counted per outcome.
struct ReceiptSummary {
    int applied = 0;    ///< applied now, or answered duplicate of an applied mutation
    int conflicts = 0;  ///< mutations with at least one field held with both values
    int rejected = 0;   ///< needs attention: the server refused them with a reason
    int unanswered = 0; ///< batch members the answer did not mention (stay in flight)
};

/// Records the server's per-mutation receipts of a frozen batch in ONE transaction (sync-anchors §2.4–2.6):
/// applied / duplicate → the outbox row is released with the receipt (server_seq, content hash, result JSON);
/// conflict → both
/// values go to `conflicts` and the local row takes the server's value unless a later local edit of that field
/// is still unsent; rejected → the row needs attention with the server's reason and never blocks the queue.
/// Only an applied receipt releases a row; nothing is deleted. The rows are OutboxRepository's and
/// ConflictRepository's; this class reads the protocol answer and decides.
class ReceiptRecorder
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptRecorder)

public:
    explicit ReceiptRecorder(Database &db) : m_db(db) {}

    Result<ReceiptSummary> record(const PushRequest &batch, const PushResponse &response);

private:
    /// Whether the local row holds what the server's receipt says it stored (always, without a hash or while the
    /// row has unsent edits of its own): only then does it take the receipt's seq.
    Result<bool> holdsServerContent(
        OutboxRepository &outbox, const EntityRule &rule, const QString &entityId, const QString &contentHash);
    Status recordConflicts(OutboxRepository &outbox, ConflictRepository &conflicts, const Mutation &mutation,
                           const MutationResult &result);

    Database &m_db;
};

} // namespace sitesafe
