#include "pushprocessor.h"

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "backend.h"
#include "core/clock.h"
#include "core/criteriaeditions.h"
#include "core/failpoint.h"
#include "core/uuidv7.h"
#include "hazardfolder.h"
#include "protocol/contenthash.h"
#include "protocol/entityrules.h"
#include "protocol/wirevalue.h"
#include "rolepolicy.h"
#include "rowstore.h"
#include "serverauditlog.h"
#include "statementcache.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

using Status_ = MutationResult::Status;

/// PushProcessor::processOnce() found that the batch must run again with a savepoint per mutation.
const QString kRunGuarded = u"push.run_guarded"_s;
/// How often a held batch looks again without a commit of this process (its predecessor may commit in another).
constexpr qint64 kHoldPollMs = 50;

MutationResult rejected(const Mutation &m, const QString &code, const QString &message)
{
    MutationResult r;
    r.mutationId = m.mutationId;
    r.clientSeq = m.clientSeq;
    r.status = Status_::Rejected;
    r.errorCode = code;
    r.errorMessage = message;
    return r;
}

bool isMetaField(const QString &f)
{
    return f == u"created_at" || f == u"updated_at";
}

/// True when an inserted row was stored exactly as the device sent it (sync-protocol.md, "Echo rows"): `stored`
/// holds the rule's wire columns as the write's RETURNING read them back.
bool isStoredAsSent(const EntityRule &rule, const Mutation &m, const QList<QJsonValue> &stored)
{
    const QStringList columns = rule.wireColumns();
    if (stored.size() != columns.size())
        return false;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const auto sent = m.fields.constFind(columns.at(i));
        const QJsonValue value = columns.at(i) == u"id" ? QJsonValue(m.entityId)
            : sent == m.fields.cend()                   ? QJsonValue()
                                                        : sent->value;
        if (!WireValue::same(stored.at(i), value))
            return false;
    }
    return true;
}

Error dbError(const QSqlQuery &q)
{
    return Error{u"db.error"_s, q.lastError().text()};
}

Error dbError(const DirectStatement &q)
{
    return Error{u"db.error"_s, q.errorText()};
}

} // namespace

PushProcessor::PushProcessor(Backend &backend, QString serverEpoch, Hold hold)
    : m_backend(backend)
    , m_epoch(std::move(serverEpoch))
    , m_holdMs(hold.ms)
    , m_turns(qMax(1, hold.maxWaiting))
{ }

Result<PushResponse> PushProcessor::process(const Caller &caller, const PushRequest &request)
{
    auto result = processGuarded(caller, request);
    if (result || result.error().code != kOutOfOrder || m_holdMs <= 0)
        return result;
    // The batch came ahead of its predecessor, which the device sent first on another connection: wait for that
    // one to commit, then run this one again.
    DeviceTurns::Waiter waiter {caller.deviceId};
    if (!m_turns.enter(waiter))
        return result;
    const QDeadlineTimer deadline(m_holdMs);
    for (;;) {
        result = processGuarded(caller, request); // after enter(): a commit from here on wakes wait()
        if (result || result.error().code != kOutOfOrder || deadline.hasExpired())
            break;
        // Another process behind the same proxy may commit the predecessor: look again now and then.
        m_turns.wait(waiter, QDeadlineTimer(qMin<qint64>(kHoldPollMs, deadline.remainingTime())));
    }
    m_turns.leave(waiter);
    return result;
}

Result<qint64> PushProcessor::lastClientSeq(const QString &deviceId)
{
    auto statements = m_backend.statements();
    if (!statements)
        return statements.error();
    auto select = statements.value()->direct(u"SELECT last_client_seq FROM devices WHERE id = ?"_s);
    if (!select)
        return select.error();
    DirectStatement &q = select.value();
    q.bind(0, deviceId);
    if (!q.exec())
        return dbError(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<PushResponse> PushProcessor::processGuarded(const Caller &caller, const PushRequest &request)
{
    auto result = processOnce(caller, request, Guard::Updates);
    if (!result && result.error().code == kRunGuarded)
        result = processOnce(caller, request, Guard::Every); // the first run was rolled back whole
    if (result)
        m_turns.committed(caller.deviceId);
    return result;
}

Result<PushResponse> PushProcessor::processOnce(const Caller &caller, const PushRequest &request, Guard guard)
{
    if (request.deviceId != caller.deviceId)
        return Error{u"sync.device_mismatch"_s, tr("The batch names device %1 but the token belongs to another device.")
                                                    .arg(request.deviceId)};
    WriteTransaction tx(m_backend);
    if (!tx.isActive())
        return tx.error();
    StatementCache &statements = tx.statements();
    RowStore rows(statements);
    rows.countSeqInMemory(); // flushed before the checkpoint below

    qint64 last = 0;
    {
        auto select = statements.direct(u"SELECT last_client_seq FROM devices WHERE id = ?"_s);
        if (!select)
            return select.error();
        DirectStatement &q = select.value();
        q.bind(0, caller.deviceId);
        if (!q.exec())
            return dbError(q);
        if (!q.next())
            return Error{u"sync.device_mismatch"_s, tr("The device is not registered; sign in again.")};
        last = q.value(0).toLongLong();
    }

    PushResponse response;
    response.serverEpoch = m_epoch;
    const qint64 firstLast = last;
    // A repeat of a recorded mutation is answered with what was stored, whatever its client_seq. The batch's
    // recorded mutations are read in one go; only a mutation id that comes a second time in this batch is looked
    // up again, as the batch itself may have recorded it by then.
    auto recorded = recordedResults(statements, caller.deviceId, request.mutations);
    if (!recorded)
        return recorded.error();
    QSet<QString> seen;
    for (const Mutation &m : request.mutations) {
        std::optional<MutationResult> repeat;
        if (const auto it = recorded.value().constFind(m.mutationId); it != recorded.value().cend()) {
            repeat = *it;
        } else if (seen.contains(m.mutationId)) {
            // The lookup's loan ends (its statement is reset) before the mutation's own statements run.
            auto lookup = statements.direct(
                u"SELECT result, content_hash FROM applied_mutations WHERE device_id = ? AND mutation_id = ?"_s);
            if (!lookup)
                return lookup.error();
            DirectStatement &stored = lookup.value();
            stored.bind(0, caller.deviceId);
            stored.bind(1, m.mutationId);
            if (!stored.exec())
                return dbError(stored);
            if (stored.next())
                repeat = duplicateOf(stored.value(0).toString(), stored.value(1).toString());
        }
        seen.insert(m.mutationId);
        if (repeat) {
            // A device that renumbered its frozen rows (client_seq_behind) sends them again: a repeat carrying
            // the next number takes it, so the new mutations after it are in order.
            if (m.clientSeq == last + 1)
                last = m.clientSeq;
            response.results.append(*repeat);
            continue;
        }
        if (m.clientSeq <= last)
            return Error {kClientSeqBehind,
                tr("client_seq %1 was already used by another change of this device, which has sent up to %2: its "
                   "data came back from an older copy. It renumbers its unsent changes and sends them again.")
                    .arg(m.clientSeq)
                    .arg(last)};
        if (m.clientSeq != last + 1)
            return Error {kOutOfOrder,
                tr("client_seq %1 arrived but %2 is the next this device may send; resend the earlier batch first.")
                    .arg(m.clientSeq)
                    .arg(last + 1)};

        const std::optional<MutationResult> applied = apply(tx, rows, caller, m, guard);
        if (!applied)
            return Error {kRunGuarded, QString()}; // WriteTransaction rolls everything back
        const MutationResult &result = *applied;
        auto insert = statements.direct(
            u"INSERT INTO applied_mutations (device_id, mutation_id, client_seq, entity, entity_id, status, "
            "server_seq, result, applied_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!insert)
            return insert.error();
        DirectStatement &record = insert.value();
        record.bind(0, caller.deviceId);
        record.bind(1, m.mutationId);
        record.bind(2, m.clientSeq);
        record.bind(3, m.entity.left(64));
        record.bind(4, m.entityId);
        record.bind(5, MutationResult::statusCode(result.status));
        record.bind(6, result.serverSeq);
        record.bind(7, QString::fromUtf8(result.toCompactJson()));
        record.bind(8, Timestamp::toText(m_backend.clock().now()));
        record.bind(9, result.contentHash.isEmpty() ? QString() : result.contentHash);
        if (!record.exec())
            return dbError(record);
        if (Status s = ServerAuditLog::append(statements, m_backend.clock().now(), caller,
                                              u"sync.%1"_s.arg(MutationResult::statusCode(result.status)),
                                              m.entity.left(64), m.entityId, result.errorCode);
            !s)
            return s.error();
        last = m.clientSeq;
        response.results.append(result);
        if (request.mutations.size() > 1 && response.results.size() == request.mutations.size() / 2)
            Failpoint::hit("push-half-written"); // half the batch written, inside the transaction
    }
    if (last != firstLast) {
        auto update = statements.direct(u"UPDATE devices SET last_client_seq = ?, last_seen_at = ? WHERE id = ?"_s);
        if (!update)
            return update.error();
        DirectStatement &q = update.value();
        q.bind(0, last);
        q.bind(1, Timestamp::toText(m_backend.clock().now()));
        q.bind(2, caller.deviceId);
        if (!q.exec())
            return dbError(q);
    }
    if (Status s = rows.flushSeq(); !s)
        return s.error();
    auto checkpoint = rows.highWater();
    if (!checkpoint)
        return checkpoint.error();
    response.writeCheckpoint = checkpoint.value();
    if (Status s = tx.commit(); !s)
        return s.error();
    return response;
}

Result<QHash<QString, MutationResult>> PushProcessor::recordedResults(StatementCache &statements,
                                                                      const QString &deviceId,
                                                                      const QList<Mutation> &mutations)
{
    QHash<QString, MutationResult> out;
    constexpr qsizetype kChunk = 512;
    for (qsizetype start = 0; start < mutations.size(); start += kChunk) {
        const qsizetype count = std::min(kChunk, mutations.size() - start);
        // The IN list has a power-of-two length (the rest bound NULL, which matches nothing), so a server keeps
        // at most seven of these statements cached (8 … 512), whatever sizes the batches have.
        qsizetype width = 8;
        while (width < count)
            width *= 2;
        QString marks;
        for (qsizetype i = 0; i < width; ++i)
            marks += i ? u", ?"_s : u"?"_s;
        auto lookup = statements.direct(u"SELECT mutation_id, result, content_hash FROM applied_mutations "
                                        "WHERE device_id = ? AND mutation_id IN (%1)"_s.arg(marks));
        if (!lookup)
            return lookup.error();
        DirectStatement &q = lookup.value();
        q.bind(0, deviceId);
        for (qsizetype i = 0; i < width; ++i)
            q.bind(int(i) + 1, i < count ? mutations[start + i].mutationId : QString());
        if (!q.exec())
            return dbError(q);
        while (q.next())
            out.insert(q.value(0).toString(), duplicateOf(q.value(1).toString(), q.value(2).toString()));
    }
    return out;
}

MutationResult PushProcessor::duplicateOf(const QString &storedResult, const QString &storedHash)
{
    MutationResult r = MutationResult::fromJson(QJsonDocument::fromJson(storedResult.toUtf8()).object());
    r.originalStatus = r.status;
    r.status = Status_::Duplicate;
    r.contentHash = storedHash; // the hash of the row as it was stored then
    return r;
}

std::optional<MutationResult> PushProcessor::apply(
    WriteTransaction &tx, RowStore &rows, const Caller &caller, const Mutation &m, Guard guard)
{
    const EntityRule *rule = EntityRules::find(m.entity);
    if (!rule)
        return rejected(m, u"unknown_entity"_s, tr("%1 is not an entity this server syncs.").arg(m.entity.left(64)));
    if (!rule->isClientWritable())
        return rejected(m, u"read_only_entity"_s,
                        tr("%1 is reference data owned by the province; devices cannot change it.").arg(rule->entity));
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
        if (!rule->hasField(it.key()) && !isMetaField(it.key()))
            return rejected(m, u"unknown_field"_s, tr("%1 has no field %2.").arg(rule->entity, it.key().left(64)));
    }
    Mutation checked = m; // with the actor role filled in where the rule asks for it
    if (auto refusal = RolePolicy::check(tx.database(), caller, *rule, checked))
        return rejected(m, refusal->code, refusal->message); // audited as sync.rejected with the code
    if (!UuidV7::isValid(m.entityId))
        return rejected(m, u"invalid_id"_s, tr("entity_id must be a UUID."));

    const bool isGuarded = guard == Guard::Every || m.op != Mutation::Op::Insert;
    const std::optional<qint64> seqMark = rows.seqMark();
    if (isGuarded) {
        if (Status s = tx.savepoint(u"mutation"_s); !s)
            return rejected(m, u"server_error"_s, s.error().message);
    }
    MutationResult result = m.op == Mutation::Op::Insert ? applyInsert(rows, caller, *rule, checked)
                                                         : applyUpdate(rows, caller, *rule, checked);
    if (result.status != Status_::Rejected && !result.supersededReason.isEmpty()
        && rule->lifecycle == EntityRule::Lifecycle::HazardEvents
        && checked.fields.value(u"kind"_s).value.toString() == u"closed") {
        // A 销号 kept without effect (an inspector's, or out of turn): the province sees who tried, never the
        // names on the hazard (the detail is the role only).
        const QString role = rule->actorRoleField.isEmpty()
            ? caller.role
            : checked.fields.value(rule->actorRoleField).value.toString();
        if (Status s = ServerAuditLog::append(tx.statements(), m_backend.clock().now(), caller,
                                              u"hazard.close_refused"_s, rule->entity, m.entityId,
                                              u"role=%1"_s.arg(role));
            !s)
            result = rejected(m, u"server_error"_s, s.error().message);
    }
    const auto hashIfMissing = [&] {
        if (result.status == Status_::Rejected || !result.contentHash.isEmpty())
            return;
        // The receipt names what the server now holds, read back as stored (sync-protocol.md, "Content hash"); a
        // write has already given it from its RETURNING row.
        auto hash = contentHashOf(rows, *rule, m.entityId);
        if (hash)
            result.contentHash = hash.value();
        else
            result = rejected(m, u"server_error"_s, hash.error().message);
    };
    hashIfMissing();
    if (!isGuarded) {
        // Every other refusal of a create comes before its write.
        const bool hasWritten = result.errorCode == u"invalid_row" || result.errorCode == u"server_error";
        if (result.status == Status_::Rejected && hasWritten)
            return std::nullopt;
        return result;
    }
    if (result.status == Status_::Rejected) {
        tx.rollbackTo(u"mutation"_s);
        rows.forgetCachedRows(); // rows it read may have been written by the rolled-back steps
        rows.restoreSeq(seqMark); // seqs it took were never used
        if (m.op == Mutation::Op::Insert && result.errorCode == u"invalid_row") {
            // The database refused the row before it saw that the id is taken (a repeated create that leaves out a
            // NOT NULL column): a repeat is answered as one. Asked after the rollback, because PostgreSQL answers
            // nothing in a transaction with a failed statement until then.
            if (auto repeat = repeatedCreate(rows, *rule, checked)) {
                result = *repeat;
                hashIfMissing();
            }
        }
    }
    tx.release(u"mutation"_s);
    return result;
}

Result<QString> PushProcessor::contentHashOf(RowStore &rows, const EntityRule &rule, const QString &id)
{
    auto wire = rows.wireRows(rule, {id});
    if (!wire)
        return wire.error();
    if (!wire.value().contains(id))
        return Error{u"db.error"_s, tr("The %1 row just written cannot be read back.").arg(rule.entity)};
    return ContentHash::of(rule, wire.value().value(id));
}

std::optional<MutationResult> PushProcessor::repeatedCreate(RowStore &rows, const EntityRule &rule, const Mutation &m)
{
    auto existing = rows.fetch(rule, m.entityId);
    if (!existing)
        return rejected(m, u"server_error"_s, existing.error().message);
    if (!existing.value())
        return std::nullopt;
    // The same create again under another mutation id: harmless if identical, refused if not (ODK 409).
    const QVariantMap &row = *existing.value();
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
        if (!isMetaField(it.key()) && !WireValue::same(WireValue::json(row.value(it.key())), it->value))
            return rejected(m, u"id_conflict"_s, tr("A different %1 row with this id already exists.").arg(rule.entity));
    }
    MutationResult r;
    r.mutationId = m.mutationId;
    r.clientSeq = m.clientSeq;
    r.serverSeq = row.value(u"server_seq"_s).toLongLong();
    return r;
}

MutationResult PushProcessor::applyInsert(RowStore &rows, const Caller &caller, const EntityRule &rule,
                                          const Mutation &m)
{
    // A create of a row that exists is answered as a repeat (or id_conflict) before anything else is said about it.
    // The INSERT itself finds that out (ON CONFLICT (id) DO NOTHING) instead of a SELECT per new row; a refusal
    // found first asks the table before it answers.
    const auto refuse = [&](const QString &code, const QString &message) {
        if (auto repeat = repeatedCreate(rows, rule, m))
            return *repeat;
        return rejected(m, code, message);
    };
    QVariantMap values;
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it)
        values.insert(it.key(), WireValue::variant(it->value));
    if (rule.entity == u"hazards") {
        // The legal basis printed on notices must be the edition in force on the day the hazard was found; a
        // client that skipped its own check (or an old client) must not get a repealed edition onto the record.
        if (Status s = CriteriaEditions::checkHazardEdition(values.value(u"criteria_set"_s).toString(),
                                                            values.value(u"criteria_item"_s).toString(),
                                                            Timestamp::fromText(values.value(u"found_at"_s).toString()));
            !s)
            return refuse(u"criteria_edition"_s, s.error().message);
        // The fold of a hazard before any event (HazardFolder writes it as the cache column): its created event
        // then leaves the cache as it is, and the refold writes nothing.
        const QDate deadline = QDate::fromString(values.value(u"deadline"_s).toString(), Qt::ISODate);
        if (deadline.isValid())
            values.insert(u"effective_deadline"_s, deadline.toString(Qt::ISODate));
    }
    const QString now = Timestamp::toText(m_backend.clock().now());
    if (!values.contains(u"created_at"_s) || values.value(u"created_at"_s).isNull())
        values.insert(u"created_at"_s, now);
    if (!values.contains(u"updated_at"_s) || values.value(u"updated_at"_s).isNull())
        values.insert(u"updated_at"_s, now);
    QVariantMap withId = values;
    withId.insert(u"id"_s, m.entityId);
    auto scope = rows.scopeOf(rule, withId);
    if (!scope)
        return rejected(m, u"server_error"_s, scope.error().message);
    if (rule.scope != EntityRule::Scope::Global && !scope.value().isResolved)
        return refuse(u"missing_parent"_s,
                      tr("The %1 row refers to a row the server does not have (push its parent first).").arg(rule.entity));
    if (!caller.mayAccess(scope.value().jurisdictionCode))
        return refuse(u"forbidden_jurisdiction"_s,
                      tr("This row belongs to 市县 %1; your account may only write %2.")
                          .arg(scope.value().jurisdictionCode, caller.jurisdictionCode));
    auto seq = rows.nextSeq();
    if (!seq)
        return rejected(m, u"server_error"_s, seq.error().message);
    QList<QJsonValue> stored;
    bool inserted = false;
    if (Status s = rows.insert(rule, m.entityId, values, seq.value(), &stored, &inserted); !s) // a repeat: see apply()
        return rejected(m, u"invalid_row"_s, tr("The row was refused by the database: %1").arg(s.error().message));
    if (!inserted) {
        // The id was taken: nothing was written, so the seq goes back (no gap in server_seq).
        if (Status s = rows.returnSeq(seq.value()); !s)
            return rejected(m, u"server_error"_s, s.error().message);
        if (auto repeat = repeatedCreate(rows, rule, m))
            return *repeat;
        return rejected(m, u"server_error"_s, tr("The %1 row was neither written nor found.").arg(rule.entity));
    }
    const QString echo = isStoredAsSent(rule, m, stored) ? caller.deviceId : QString();
    if (Status s = rows.logChange(rule.entity, m.entityId, seq.value(), scope.value(), echo); !s)
        return rejected(m, u"server_error"_s, s.error().message);
    MutationResult r;
    r.mutationId = m.mutationId;
    r.clientSeq = m.clientSeq;
    r.serverSeq = seq.value();
    r.contentHash = ContentHash::of(rule, stored);
    if (Status s = afterWrite(rows, rule, withId, r); !s)
        return rejected(m, u"server_error"_s, s.error().message);
    return r;
}

MutationResult PushProcessor::applyUpdate(RowStore &rows, const Caller &caller, const EntityRule &rule,
                                          const Mutation &m)
{
    if (rule.policy == EntityRule::Policy::AppendOnly)
        return rejected(m, u"append_only"_s, tr("%1 rows are never changed; record a new one.").arg(rule.entity));
    auto existing = rows.fetch(rule, m.entityId);
    if (!existing)
        return rejected(m, u"server_error"_s, existing.error().message);
    if (!existing.value())
        return rejected(m, u"not_found"_s, tr("The server has no %1 row with this id.").arg(rule.entity));
    const QVariantMap &row = *existing.value();
    auto scope = rows.scopeOf(rule, row);
    if (!scope)
        return rejected(m, u"server_error"_s, scope.error().message);
    if (!caller.mayAccess(scope.value().jurisdictionCode))
        return rejected(m, u"forbidden_jurisdiction"_s,
                        tr("This row belongs to 市县 %1; your account may only write %2.")
                            .arg(scope.value().jurisdictionCode, caller.jurisdictionCode));
    if (!rule.freezeField.isEmpty() && rule.freezeValues.contains(row.value(rule.freezeField).toString()))
        return rejected(m, u"frozen"_s, tr("The %1 row is %2 and can no longer change; record an amendment.")
                                            .arg(rule.entity, row.value(rule.freezeField).toString()));

    MutationResult r;
    r.mutationId = m.mutationId;
    r.clientSeq = m.clientSeq;
    // A voided hazard keeps its fields: an edit made offline meanwhile is held as a conflict with both values,
    // never written into the voided record (sync-anchors §3 case 13); its status stays the fold of its events.
    bool isVoided = false;
    if (rule.entity == u"hazards") {
        auto status = rows.statements().direct(u"SELECT status FROM hazards WHERE id = ?"_s);
        if (!status)
            return rejected(m, u"server_error"_s, status.error().message);
        DirectStatement &q = status.value();
        q.bind(0, m.entityId);
        if (!q.exec())
            return rejected(m, u"server_error"_s, tr("The hazard's status could not be read."));
        isVoided = q.next() && q.value(0).toString() == u"voided";
    }
    QVariantMap changes;
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
        if (isMetaField(it.key()))
            continue;
        const QJsonValue current = WireValue::json(row.value(it.key()));
        if (WireValue::same(current, it->value))
            continue; // both sides agree already
        if (rule.immutableFields.contains(it.key()))
            return rejected(m, u"immutable_field"_s, tr("%1 of %2 is fixed when the row is created.").arg(it.key(), rule.entity));
        if (!it->base)
            return rejected(m, u"missing_base"_s, tr("The update of %1 carries no base value.").arg(it.key()));
        if (!isVoided && WireValue::same(current, *it->base)) {
            changes.insert(it.key(), WireValue::variant(it->value));
        } else {
            r.conflicts.append(FieldConflict{it.key(), current, it->value, *it->base});
        }
    }
    // Nothing to take (every field in conflict, or already holding the device's values) while the device's row has
    // another updated_at: the row is written again as it stands, with a new server_seq, so every device pulls it,
    // the sending one too. It took the server's values from the receipt, but its own updated_at would stay (found
    // with sync-anchors §3 case 13 and the convergence campaign, issue 15).
    const auto updatedAt = m.fields.value(u"updated_at"_s).value;
    const bool keepsServerRow = changes.isEmpty()
        && (!r.conflicts.isEmpty()
            || (updatedAt.isString() && updatedAt.toString() != row.value(u"updated_at"_s).toString()));
    if (!changes.isEmpty() || keepsServerRow) {
        auto seq = rows.nextSeq();
        if (!seq)
            return rejected(m, u"server_error"_s, seq.error().message);
        if (keepsServerRow)
            changes.insert(u"updated_at"_s, row.value(u"updated_at"_s));
        else
            changes.insert(u"updated_at"_s,
                updatedAt.isString() ? updatedAt.toString() : Timestamp::toText(m_backend.clock().now()));
        QList<QJsonValue> stored;
        if (Status s = rows.update(rule, m.entityId, changes, seq.value(), &stored); !s)
            return rejected(m, u"invalid_row"_s, tr("The change was refused by the database: %1").arg(s.error().message));
        r.contentHash = ContentHash::of(rule, stored);
        // The row is now what the device holds (sync-protocol.md, "Echo rows") when everything it sent was taken
        // and it held the version the update started from: its base, or its own echo (a row it created and edits
        // before a pull; read before the change log moves on).
        bool isEcho = r.conflicts.isEmpty() && !keepsServerRow && updatedAt.isString();
        if (isEcho && !(m.baseVersion && *m.baseVersion == row.value(u"server_seq"_s).toLongLong())) {
            auto previous = rows.echoDevice(rule.entity, m.entityId);
            if (!previous)
                return rejected(m, u"server_error"_s, previous.error().message);
            isEcho = previous.value() == caller.deviceId;
        }
        if (Status s = rows.logChange(rule.entity, m.entityId, seq.value(), scope.value(),
                                      isEcho ? caller.deviceId : QString());
            !s)
            return rejected(m, u"server_error"_s, s.error().message);
        r.serverSeq = seq.value();
    } else {
        r.serverSeq = row.value(u"server_seq"_s).toLongLong();
    }
    if (!r.conflicts.isEmpty()) {
        r.status = Status_::Conflict;
        for (const FieldConflict &c : r.conflicts) {
            auto insert = rows.statements().prepare(
                u"INSERT INTO conflicts (id, entity, entity_id, field, server_value, client_value, base_value, "
                "device_id, mutation_id, server_seq, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            if (!insert)
                return rejected(m, u"server_error"_s, insert.error().message);
            QSqlQuery &q = insert.value().query();
            const QVariantList values{UuidV7::generate(),
                                      rule.entity,
                                      m.entityId,
                                      c.field,
                                      WireValue::text(c.serverValue),
                                      WireValue::text(c.clientValue),
                                      WireValue::text(c.baseValue),
                                      caller.deviceId,
                                      m.mutationId,
                                      r.serverSeq,
                                      Timestamp::toText(m_backend.clock().now())};
            for (qsizetype i = 0; i < values.size(); ++i)
                q.bindValue(int(i), values[i]);
            if (!q.exec())
                return rejected(m, u"server_error"_s, q.lastError().text());
        }
    }
    return r;
}

Status PushProcessor::afterWrite(RowStore &rows, const EntityRule &rule, const QVariantMap &inserted,
                                 MutationResult &result)
{
    const QString id = inserted.value(u"id"_s).toString();
    if (rule.lifecycle == EntityRule::Lifecycle::HazardEvents) {
        // The hazard the event names: the scope check found that very row by this id, so it is what is stored.
        const QString hazardId = inserted.value(rule.lifecycleParentColumn).toString();
        auto reason = HazardFolder::refold(rows.statements(), hazardId, id);
        if (!reason)
            return reason.error();
        rows.forgetCachedRow(u"hazards"_s, hazardId); // the fold wrote its cache columns
        result.supersededReason = reason.value();
    }
    if (rule.entity == u"attachments") {
        // The blob becomes readable in the 市县 of the row it is attached to.
        auto row = rows.fetch(rule, id);
        if (!row)
            return row.error();
        auto scope = rows.scopeOf(rule, *row.value());
        if (!scope)
            return scope.error();
        auto insert = rows.statements().prepare(
            u"INSERT INTO blob_access (sha256, jurisdiction_code) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
        if (!insert)
            return insert.error();
        QSqlQuery &q = insert.value().query();
        q.bindValue(0, (*row.value()).value(u"blob_sha256"_s).toString());
        q.bindValue(1, scope.value().jurisdictionCode);
        if (!q.exec())
            return dbError(q);
    }
    return {};
}

} // namespace sitesafe
