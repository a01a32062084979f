#include "hazardrepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include "auditlog.h"
#include "core/clock.h"
#include "core/criteriaeditions.h"
#include "core/uuidv7.h"
#include "database.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "syncstatestore.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace V = SqlValues;

namespace {
Status insertEvent(QSqlDatabase db, HazardEvent e, const QString &now)
{
    // The server records the role of the account that sends the event; the event says so from the start, so
    // the copy the laptop holds is the one the server will hold (and its own push comes back unchanged).
    if (e.actorRole.isEmpty())
        e.actorRole = SyncStateStore(db).value(SyncStateStore::kAccountRole).value_or(QString());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO hazard_events (id, hazard_id, kind, at, actor, note, new_deadline, level, clock_offset_ms, "
              "is_time_doubtful, actor_role, notice_id, target_event_id, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(e.id), QVariant(e.hazardId), QVariant(hazardEventKindCode(e.kind)),
                              V::time(e.at), QVariant(e.actor), V::text(e.note), V::date(e.newDeadline),
                              V::text(e.level), V::offset(e.timeTrust), V::boolean(e.timeTrust.isDoubtful),
                              V::text(e.actorRole), V::text(e.noticeId), V::text(e.targetEventId), QVariant(now),
                              QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), HazardRepository::tr("saving the hazard event"));
    return {};
}
/// Whether stored values equal the ones about to be written, one by one.
bool isSameStored(const QVariantList &stored, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!V::isSame(stored.value(i), values.at(i)))
            return false;
    }
    return true;
}
} // namespace

Result<QString> HazardRepository::create(Hazard h, const QString &actor)
{
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());
    if (h.id.isEmpty())
        h.id = UuidV7::generate();
    if (!h.foundAt.isValid())
        h.foundAt = Database::clockOf(m_db).now();
    if (h.foundBy.isEmpty())
        h.foundBy = actor;
    if (h.criteriaSet.isEmpty())
        h.criteriaSet = CriteriaEditions::editionOn(Clock::chinaDate(h.foundAt));
    if (h.criteriaSet.isEmpty())
        h.criteriaSet = u"V2024"_s;
    // A notice must never cite an edition that was not in force on the day the hazard was found.
    if (Status s = CriteriaEditions::checkHazardEdition(h.criteriaSet, h.criteriaItem, h.foundAt); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO hazards (id, inspection_id, project_id, criteria_set, criteria_item, is_major, "
              "description, location, measure, deadline, responsible_enterprise_id, responsible_person, found_at, "
              "found_by, equipment_id, dangerous_work_id, basis_text, clock_offset_ms, is_time_doubtful, "
              "effective_deadline, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(h.id), V::text(h.inspectionId), QVariant(h.projectId), QVariant(h.criteriaSet),
          V::text(h.criteriaItem), V::boolean(h.isMajor), QVariant(h.description), V::text(h.location),
          QVariant(h.measure), V::date(h.deadline), V::text(h.responsibleEnterpriseId), V::text(h.responsiblePerson),
          V::time(h.foundAt), QVariant(h.foundBy), V::text(h.equipmentId), V::text(h.dangerousWorkId),
          V::text(h.basisText), V::offset(h.timeTrust), V::boolean(h.timeTrust.isDoubtful), V::date(h.deadline),
          QVariant(now), QVariant(now)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("saving the hazard"));

    HazardEvent created;
    created.id = UuidV7::generate();
    created.hazardId = h.id;
    created.kind = HazardEventKind::Created;
    created.at = h.foundAt;
    created.actor = actor;
    created.timeTrust = h.timeTrust;
    if (Status s = insertEvent(m_db, created, now); !s)
        return s.error();
    if (Status s = AuditLog::append(m_db, {actor, u"hazard.create"_s, u"hazards"_s, h.id, h.criteriaItem}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return h.id;
}

Result<HazardEventOutcome> HazardRepository::appendEvent(HazardEvent e)
{
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());
    if (e.id.isEmpty())
        e.id = UuidV7::generate();
    if (!e.at.isValid())
        e.at = Database::clockOf(m_db).now();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = insertEvent(m_db, e, now); !s)
        return s.error();
    auto fold = refreshCache(e.hazardId);
    if (!fold)
        return fold.error();
    if (Status s = AuditLog::append(m_db, {e.actor, u"hazard.event"_s, u"hazards"_s, e.hazardId,
                                           hazardEventKindCode(e.kind)});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return fold.value().outcomes.constLast();
}

Status HazardRepository::update(const Hazard &h, const QString &actor)
{
    // A form saved again unchanged writes nothing: a new updated_at alone is queued for no device (the outbox
    // triggers fire on synced values), so this computer would keep a time the server and the others never get
    // (found by the convergence campaign, issue 15).
    if (const std::optional<Hazard> stored = find(h.id); stored && stored->description == h.description
        && stored->location == h.location && stored->measure == h.measure && stored->deadline == h.deadline
        && stored->responsibleEnterpriseId == h.responsibleEnterpriseId
        && stored->responsiblePerson == h.responsiblePerson && stored->basisText == h.basisText)
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE hazards SET description = ?, location = ?, measure = ?, deadline = ?, "
              "responsible_enterprise_id = ?, responsible_person = ?, basis_text = ?, updated_at = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(h.description), V::text(h.location), QVariant(h.measure), V::date(h.deadline),
                              V::text(h.responsibleEnterpriseId), V::text(h.responsiblePerson), V::text(h.basisText),
                              QVariant(Timestamp::toText(Database::clockOf(m_db).now())), QVariant(h.id)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("saving the hazard"));
    if (q.numRowsAffected() != 1)
        return Error{u"hazard.missing"_s, tr("The hazard no longer exists on this computer.")};
    if (auto fold = refreshCache(h.id); !fold)
        return fold.error();
    if (Status s = AuditLog::append(m_db, {actor, u"hazard.update"_s, u"hazards"_s, h.id, {}}); !s)
        return s;
    return tx.commit();
}

std::optional<Hazard> HazardRepository::find(const QString &id)
{
    QSqlQuery &q = m_statements.prepared(
        u"SELECT id, inspection_id, project_id, criteria_set, criteria_item, is_major, description, location, "
        "measure, deadline, responsible_enterprise_id, responsible_person, found_at, found_by, equipment_id, "
        "dangerous_work_id, basis_text, clock_offset_ms, is_time_doubtful FROM hazards WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    Hazard h;
    h.id = q.value(0).toString();
    h.inspectionId = q.value(1).toString();
    h.projectId = q.value(2).toString();
    h.criteriaSet = q.value(3).toString();
    h.criteriaItem = q.value(4).toString();
    h.isMajor = q.value(5).toBool();
    h.description = q.value(6).toString();
    h.location = q.value(7).toString();
    h.measure = q.value(8).toString();
    h.deadline = V::toDate(q.value(9));
    h.responsibleEnterpriseId = q.value(10).toString();
    h.responsiblePerson = q.value(11).toString();
    h.foundAt = V::toTime(q.value(12));
    h.foundBy = q.value(13).toString();
    h.equipmentId = q.value(14).toString();
    h.dangerousWorkId = q.value(15).toString();
    h.basisText = q.value(16).toString();
    h.timeTrust = V::toTimeTrust(q.value(17), q.value(18));
    q.finish(); // a statement kept for reuse must not stay open across a commit
    return h;
}

QList<HazardEvent> HazardRepository::events(const QString &hazardId)
{
    QList<HazardEvent> out;
    for (const StoredEvent &e : storedEvents(hazardId))
        out.append(e.event);
    return out;
}

QList<HazardRepository::StoredEvent> HazardRepository::storedEvents(const QString &hazardId)
{
    // Server order first (events the server has numbered), then local order for unsynced events.
    QSqlQuery &q = m_statements.prepared(
        u"SELECT id, kind, at, actor, note, new_deadline, level, clock_offset_ms, is_time_doubtful, actor_role, "
        "notice_id, target_event_id, is_superseded, superseded_reason FROM hazard_events WHERE hazard_id = ? "
        "ORDER BY server_version IS NULL, server_version, seq"_s);
    q.addBindValue(hazardId);
    QList<StoredEvent> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        HazardEvent e;
        e.id = q.value(0).toString();
        e.hazardId = hazardId;
        e.kind = hazardEventKindFromCode(q.value(1).toString()).value_or(HazardEventKind::Comment);
        e.at = V::toTime(q.value(2));
        e.actor = q.value(3).toString();
        e.note = q.value(4).toString();
        e.newDeadline = V::toDate(q.value(5));
        e.level = q.value(6).toString();
        e.timeTrust = V::toTimeTrust(q.value(7), q.value(8));
        e.actorRole = q.value(9).toString();
        e.noticeId = q.value(10).toString();
        e.targetEventId = q.value(11).toString();
        out.append({e, {q.value(12), q.value(13)}});
    }
    q.finish();
    return out;
}

Result<HazardFold> HazardRepository::refreshCache(const QString &hazardId)
{
    QSqlQuery &cached = m_statements.prepared(u"SELECT deadline, status, is_supervision_listed, supervision_level, "
                                              "effective_deadline, closed_at FROM hazards WHERE id = ?"_s);
    cached.addBindValue(hazardId);
    if (!cached.exec())
        return StorageError::fromSql(cached.lastError(), tr("saving the hazard state"));
    if (!cached.next()) {
        cached.finish();
        return Error{u"hazard.missing"_s, tr("The hazard no longer exists on this computer.")};
    }
    const QDate deadline = V::toDate(cached.value(0));
    const QVariantList stored{cached.value(1), cached.value(2), cached.value(3), cached.value(4), cached.value(5)};
    cached.finish();
    const QList<StoredEvent> history = storedEvents(hazardId);
    QList<HazardEvent> events;
    for (const StoredEvent &e : history)
        events.append(e.event);
    const HazardFold f = HazardLifecycle::fold(events, deadline);

    // Only what changed is written: a pulled page refolds every hazard it touched, most of them unchanged.
    const QVariantList state{QVariant(hazardStateCode(f.state)), V::boolean(f.isSupervisionListed),
                             V::text(f.supervisionLevel), V::date(f.deadline), V::time(f.closedAt)};
    if (!isSameStored(stored, state)) {
        QSqlQuery &q = m_statements.prepared(u"UPDATE hazards SET status = ?, is_supervision_listed = ?, "
                                             "supervision_level = ?, effective_deadline = ?, closed_at = ? "
                                             "WHERE id = ?"_s);
        for (const QVariant &v : state)
            q.addBindValue(v);
        q.addBindValue(hazardId);
        if (!q.exec())
            return StorageError::fromSql(q.lastError(), tr("saving the hazard state"));
    }
    QSqlQuery &mark = m_statements.prepared(
        u"UPDATE hazard_events SET is_superseded = ?, superseded_reason = ? WHERE id = ?"_s);
    for (qsizetype i = 0; i < history.size(); ++i) {
        const QVariantList outcome{V::boolean(!f.outcomes[i].isApplied), V::text(f.outcomes[i].reason)};
        if (isSameStored(history[i].marks, outcome))
            continue;
        for (const QVariant &v : {outcome[0], outcome[1], QVariant(history[i].event.id)})
            mark.addBindValue(v);
        if (!mark.exec())
            return StorageError::fromSql(mark.lastError(), tr("saving the hazard state"));
    }
    return f;
}

} // namespace sitesafe
