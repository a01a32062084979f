#include "receiptrecorder.h"

#include "syncstatestore.h"
#include "protocol/wirevalue.h"

#include "core/uuidv7.h"
#include "protocol/contenthash.h"
#include "protocol/entityrules.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
using Outcome = MutationResult::Status;

QString what()
{
    return ReceiptRecorder::tr("recording the server's receipts");
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

Result<ReceiptSummary> ReceiptRecorder::record(const PushRequest &batch, const PushResponse &response)
{
    QHash<QString, const MutationResult *> byId;
    for (const MutationResult &r : response.results)
        byId.insert(r.mutationId, &r);

    // Remote: putting the server's value of a conflicting field into the local row is not a new local edit.
    Transaction tx(m_db, Transaction::Origin::Remote);
    if (!tx.isActive())
        return tx.error();
    ReceiptSummary summary;
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE outbox SET state = ?, server_seq = ?, result = ?, last_error = ?, content_hash = ? "
                   "WHERE mutation_id = ? AND state = 'in_flight'"_s);
    for (const Mutation &m : batch.mutations) {
        const MutationResult *r = byId.value(m.mutationId);
        if (!r) {
            ++summary.unanswered;
            continue;
        }
        const Outcome outcome = r->status == Outcome::Duplicate ? r->originalStatus : r->status;
        QString state;
        QVariant lastError{QMetaType(QMetaType::QString)};
        switch (outcome) {
        case Outcome::Applied:
        case Outcome::Duplicate:
            state = r->status == Outcome::Duplicate ? u"duplicate"_s : u"applied"_s;
            ++summary.applied;
            break;
        case Outcome::Conflict:
            state = u"conflict"_s;
            ++summary.conflicts;
            if (Status s = recordConflicts(m, *r); !s)
                return s.error();
            break;
        case Outcome::Rejected:
            state = u"rejected"_s;
            lastError = u"%1: %2"_s.arg(r->errorCode, r->errorMessage);
            ++summary.rejected;
            break;
        }
        update.addBindValue(state);
        update.addBindValue(r->serverSeq > 0 ? QVariant(r->serverSeq) : QVariant(QMetaType(QMetaType::LongLong)));
        update.addBindValue(QString::fromUtf8(QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact)));
        update.addBindValue(lastError);
        // What the server holds after the mutation; a malformed hash (an older or foreign server) is not kept.
        update.addBindValue(ContentHash::isWellFormed(r->contentHash) ? QVariant(r->contentHash)
                                                                      : QVariant(QMetaType(QMetaType::QString)));
        update.addBindValue(m.mutationId);
        if (!update.exec())
            return StorageError::fromSql(update.lastError(), what());
    }
    SyncStateStore state(m_db);
    if (Status s = state.setValue(SyncStateStore::kWriteCheckpoint, QString::number(response.writeCheckpoint)); !s)
        return s.error();
    if (Status s = state.setValue(SyncStateStore::kLastPushAt, now()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

Status ReceiptRecorder::recordConflicts(const Mutation &m, const MutationResult &r)
{
    for (const FieldConflict &c : r.conflicts) {
        // A duplicate answer repeats the stored conflicts: keep each (mutation, field) once.
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO conflicts (id, entity, entity_id, field, local_value, server_value, base_value, "
                       "mutation_id, detected_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                       "conflicts WHERE mutation_id = ? AND field = ?)"_s);
        for (const QVariant &v : {QVariant(UuidV7::generate()), QVariant(m.entity), QVariant(m.entityId),
                                  QVariant(c.field), WireValue::text(c.clientValue), WireValue::text(c.serverValue),
                                  WireValue::text(c.baseValue), QVariant(m.mutationId), QVariant(now()),
                                  QVariant(m.mutationId), QVariant(c.field)})
            insert.addBindValue(v);
        if (!insert.exec())
            return StorageError::fromSql(insert.lastError(), what());
        if (Status s = takeServerValue(m, c); !s)
            return s;
    }
    return {};
}

Status ReceiptRecorder::takeServerValue(const Mutation &m, const FieldConflict &c)
{
    const EntityRule *rule = EntityRules::find(m.entity);
    if (!rule || !rule->hasField(c.field))
        return {}; // names come from the rule table only, never from the answer
    QSqlQuery later(m_db);
    later.prepare(u"SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? AND state IN ('pending', 'in_flight') "
                  "AND mutation_id <> ? AND json_extract(fields, ?) IS NOT NULL LIMIT 1"_s);
    later.addBindValue(m.entity);
    later.addBindValue(m.entityId);
    later.addBindValue(m.mutationId);
    later.addBindValue(u"$.\"%1\""_s.arg(c.field));
    if (!later.exec())
        return StorageError::fromSql(later.lastError(), what());
    if (later.next())
        return {}; // a newer local edit of this field is still to be sent: it keeps its value
    QSqlQuery set(m_db);
    set.prepare(u"UPDATE \"%1\" SET \"%2\" = ? WHERE id = ?"_s.arg(rule->entity, c.field));
    set.addBindValue(WireValue::variant(c.serverValue));
    set.addBindValue(m.entityId);
    if (!set.exec())
        return StorageError::fromSql(set.lastError(), what());
    return {};
}

} // namespace sitesafe
