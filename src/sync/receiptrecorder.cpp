#include "receiptrecorder.h"

#include <QJsonDocument>

#include "localcontenthash.h"
#include "protocol/contenthash.h"
#include "protocol/entityrules.h"
#include "protocol/wirevalue.h"
#include "storage/conflictrepository.h"
#include "storage/database.h"
#include "storage/outboxrepository.h"
#include "storage/recordreader.h"
#include "storage/syncstatestore.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
using Outcome = MutationResult::Status;
} // namespace

Result<ReceiptSummary> ReceiptRecorder::record(const PushRequest &batch, const PushResponse &response)
{
    QHash<QString, const MutationResult *> byId;
    for (const MutationResult &r : response.results)
        byId.insert(r.mutationId, &r);

    // Remote: putting the server's value of a conflicting field into the local row is not a new local edit.
    Transaction tx(m_db.connection(), Transaction::Origin::Remote);
    if (!tx.isActive())
        return tx.error();
    OutboxRepository outbox(m_db.connection());
    ConflictRepository conflicts(m_db.connection());
    ReceiptSummary summary;
    qint64 echoThrough = 0;
    for (const Mutation &m : batch.mutations) {
        const MutationResult *r = byId.value(m.mutationId);
        if (!r) {
            ++summary.unanswered;
            continue;
        }
        const Outcome outcome = r->status == Outcome::Duplicate ? r->originalStatus : r->status;
        OutboxReceipt receipt;
        receipt.mutationId = m.mutationId;
        switch (outcome) {
        case Outcome::Applied:
        case Outcome::Duplicate:
            receipt.state = r->status == Outcome::Duplicate ? u"duplicate"_s : u"applied"_s;
            ++summary.applied;
            break;
        case Outcome::Conflict:
            receipt.state = u"conflict"_s;
            ++summary.conflicts;
            if (Status s = recordConflicts(outbox, conflicts, m, *r); !s)
                return s.error();
            break;
        case Outcome::Rejected:
            receipt.state = u"rejected"_s;
            receipt.lastError = u"%1: %2"_s.arg(r->errorCode, r->errorMessage);
            ++summary.rejected;
            break;
        }
        receipt.serverSeq = r->serverSeq;
        receipt.resultJson = QString::fromUtf8(QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact));
        // What the server holds after the mutation; a malformed hash (an older or foreign server) is not kept.
        if (ContentHash::isWellFormed(r->contentHash))
            receipt.contentHash = r->contentHash;
        if (Status s = outbox.recordReceipt(receipt); !s)
            return s.error();
        // The row takes the seq its pulled copy would bring; the pull leaves it out when the server marked it an
        // echo, and otherwise compares values as always.
        const EntityRule *rule = EntityRules::find(m.entity);
        if (rule && receipt.serverSeq > 0 && (outcome == Outcome::Applied || outcome == Outcome::Duplicate)) {
            auto holds = holdsServerContent(outbox, *rule, m.entityId, receipt.contentHash);
            if (!holds)
                return holds.error();
            if (holds.value()) {
                if (Status s = outbox.stampServerVersion(rule->entity, m.entityId, receipt.serverSeq); !s)
                    return s.error();
            }
            echoThrough = qMax(echoThrough, receipt.serverSeq);
        }
    }
    SyncStateStore state(m_db.connection());
    if (Status s = state.recordPush(response.writeCheckpoint); !s)
        return s.error();
    if (Status s = state.raiseEchoThrough(echoThrough); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

Result<bool> ReceiptRecorder::holdsServerContent(
    OutboxRepository &outbox, const EntityRule &rule, const QString &entityId, const QString &contentHash)
{
    // The server may have merged fields this device has not seen into the row (another device's edit of another
    // field, pushed after this device's last pull). Its seq must not be stamped then: the device's next edit would
    // name it as its base, the server would take that edit for an echo of a row the device holds, and the merged
    // field would never be pulled here (found by the convergence campaign, seed 796680198). Unstamped, the row keeps
    // its older version and the pull brings the merged row. Rows with unsent edits of their own differ from the
    // server's for that reason and are stamped as before: those edits carry the older base.
    if (contentHash.isEmpty() || !outbox.unsentFields(rule.entity, entityId).isEmpty())
        return true;
    auto local = LocalContentHash::of(RecordReader(m_db.connection()), rule.entity, entityId);
    if (!local)
        return local.error();
    return local.value() == contentHash;
}

Status ReceiptRecorder::recordConflicts(OutboxRepository &outbox, ConflictRepository &conflicts, const Mutation &m,
                                        const MutationResult &r)
{
    for (const FieldConflict &c : r.conflicts) {
        // A duplicate answer repeats the stored conflicts: the repository keeps each (mutation, field) once.
        if (Status s = conflicts.record(m.entity, m.entityId, c.field, WireValue::text(c.clientValue),
                                        WireValue::text(c.serverValue), WireValue::text(c.baseValue), m.mutationId);
            !s)
            return s;
        const EntityRule *rule = EntityRules::find(m.entity);
        if (!rule || !rule->hasField(c.field))
            continue; // names come from the rule table only, never from the answer
        auto later = outbox.hasLaterEdit(m.entity, m.entityId, m.mutationId, c.field);
        if (!later)
            return later.error();
        if (later.value())
            continue; // a newer local edit of this field is still to be sent: it keeps its value
        if (Status s = conflicts.takeServerValue(rule->entity, m.entityId, c.field, WireValue::variant(c.serverValue));
            !s)
            return s;
    }
    return {};
}

} // namespace sitesafe
