#include "datasetwriter.h"

#include <QSqlQuery>

#include "bulkinserter.h"
#include "core/clock.h"
#include "core/hazardlifecycle.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace V = SqlValues;

namespace {
/// Column lists end with the sync bookkeeping every table shares.
QStringList withMeta(QStringList columns)
{
    columns << u"server_version"_s << u"created_at"_s << u"updated_at"_s;
    return columns;
}
} // namespace

#define SITESAFE_TRY(expr)                                                                                         \
    if (Status s_ = (expr); !s_)                                                                                   \
        return s_;

DatasetWriter::DatasetWriter(QSqlDatabase db, QDateTime stamp) : m_db(std::move(db)), m_stamp(Timestamp::toText(stamp))
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT coalesce(max(server_version), 0) FROM projects"_s) && q.next())
        m_version = q.value(0).toLongLong() + 1000000; // distinct from anything already present
}

Status DatasetWriter::write(const Dataset &data)
{
    Transaction tx(m_db, Transaction::Origin::Remote);
    if (!tx.isActive())
        return tx.error();
    SITESAFE_TRY(writeReference(data));
    SITESAFE_TRY(writeField(data));
    SITESAFE_TRY(writeHazards(data));
    return tx.commit();
}

Status DatasetWriter::writeReference(const Dataset &d)
{
    const QVariant st = m_stamp;
    {
        BulkInserter ins(m_db, u"jurisdictions"_s, withMeta({u"id"_s, u"code"_s, u"name"_s, u"kind"_s, u"parent_code"_s}));
        for (const Jurisdiction &j : d.jurisdictions)
            SITESAFE_TRY(ins.insert({j.id, j.code, j.name, j.kind, V::text(j.parentCode), nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"enterprises"_s,
                         withMeta({u"id"_s, u"credit_code"_s, u"name"_s, u"legal_representative"_s,
                                   u"qualification"_s, u"safety_licence_no"_s, u"safety_licence_expiry"_s,
                                   u"jurisdiction_code"_s}));
        for (const Enterprise &e : d.enterprises)
            SITESAFE_TRY(ins.insert({e.id, e.creditCode, e.name, V::text(e.legalRepresentative),
                                     V::text(e.qualification), V::text(e.safetyLicenceNo),
                                     V::date(e.safetyLicenceExpiry), V::text(e.jurisdictionCode), nextVersion(), st,
                                     st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"projects"_s,
                         withMeta({u"id"_s, u"platform_no"_s, u"permit_no"_s, u"name"_s, u"address"_s,
                                   u"jurisdiction_code"_s, u"park_code"_s, u"category"_s, u"structure_type"_s,
                                   u"floor_area"_s, u"contract_value"_s, u"start_date"_s, u"planned_completion"_s,
                                   u"status"_s, u"progress"_s, u"latitude"_s, u"longitude"_s}));
        for (const Project &p : d.projects)
            SITESAFE_TRY(ins.insert({p.id, V::text(p.platformNo), V::text(p.permitNo), p.name, V::text(p.address),
                                     p.jurisdictionCode, V::text(p.parkCode), p.category, V::text(p.structureType),
                                     p.floorArea, p.contractValue, V::date(p.startDate), V::date(p.plannedCompletion),
                                     p.status, V::text(p.progress), p.latitude, p.longitude, nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"project_participants"_s,
                         withMeta({u"id"_s, u"project_id"_s, u"enterprise_id"_s, u"role"_s}));
        for (const ProjectParticipant &p : d.participants)
            SITESAFE_TRY(ins.insert({p.id, p.projectId, p.enterpriseId, p.role, nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"people"_s,
                         withMeta({u"id"_s, u"name"_s, u"id_number_masked"_s, u"id_number_hash"_s,
                                   u"enterprise_id"_s, u"phone_masked"_s}));
        for (const Person &p : d.people)
            SITESAFE_TRY(ins.insert({p.id, p.name, V::text(p.idNumberMasked), V::text(p.idNumberHash),
                                     V::text(p.enterpriseId), V::text(p.phoneMasked), nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"project_key_people"_s, withMeta({u"id"_s, u"project_id"_s, u"person_id"_s, u"role"_s}));
        for (const ProjectKeyPerson &k : d.keyPeople)
            SITESAFE_TRY(ins.insert({k.id, k.projectId, k.personId, k.role, nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"certificates"_s,
                         withMeta({u"id"_s, u"kind"_s, u"operation_kind"_s, u"number"_s, u"holder_person_id"_s,
                                   u"issuer"_s, u"issued_on"_s, u"valid_until"_s, u"e_certificate_code"_s}));
        for (const Certificate &c : d.certificates)
            SITESAFE_TRY(ins.insert({c.id, c.kind, V::text(c.operationKind), c.number, V::text(c.holderPersonId),
                                     V::text(c.issuer), V::date(c.issuedOn), V::date(c.validUntil),
                                     V::text(c.eCertificateCode), nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"equipment"_s,
                         withMeta({u"id"_s, u"project_id"_s, u"kind"_s, u"model"_s, u"serial_no"_s,
                                   u"owner_enterprise_id"_s, u"filing_no"_s, u"use_registration_no"_s,
                                   u"installation_notified_on"_s, u"accepted_on"_s, u"registered_on"_s, u"status"_s}));
        for (const Equipment &e : d.equipment)
            SITESAFE_TRY(ins.insert({e.id, e.projectId, e.kind, V::text(e.model), V::text(e.serialNo),
                                     V::text(e.ownerEnterpriseId), V::text(e.filingNo), V::text(e.useRegistrationNo),
                                     V::date(e.installationNotifiedOn), V::date(e.acceptedOn),
                                     V::date(e.registeredOn), e.status, nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"dangerous_works"_s,
                         withMeta({u"id"_s, u"project_id"_s, u"category"_s, u"description"_s, u"is_over_scale"_s,
                                   u"plan_status"_s, u"expert_review"_s, u"acceptance_status"_s,
                                   u"monitoring_unit"_s}));
        for (const DangerousWork &w : d.dangerousWorks)
            SITESAFE_TRY(ins.insert({w.id, w.projectId, w.category, V::text(w.description), V::boolean(w.isOverScale),
                                     w.planStatus, w.expertReview, w.acceptanceStatus, V::text(w.monitoringUnit),
                                     nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"notice_number_blocks"_s,
                         withMeta({u"id"_s, u"device_id"_s, u"kind"_s, u"prefix"_s, u"first_number"_s,
                                   u"last_number"_s, u"next_number"_s}));
        for (const NoticeNumberBlock &b : d.noticeNumberBlocks)
            SITESAFE_TRY(ins.insert({b.id, b.deviceId, b.kind, b.prefix, b.firstNumber, b.lastNumber, b.nextNumber,
                                     nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"campaigns"_s,
                         withMeta({u"id"_s, u"code"_s, u"name"_s, u"starts_on"_s, u"ends_on"_s, u"round1_deadline"_s,
                                   u"round2_deadline"_s}));
        for (const Campaign &c : d.campaigns)
            SITESAFE_TRY(ins.insert({c.id, c.code, c.name, V::date(c.startsOn), V::date(c.endsOn),
                                     V::date(c.round1Deadline), V::date(c.round2Deadline), nextVersion(), st, st}));
        m_rows += ins.count();
    }
    return {};
}

Status DatasetWriter::writeField(const Dataset &d)
{
    const QVariant st = m_stamp;
    {
        BulkInserter ins(m_db, u"inspections"_s,
                         withMeta({u"id"_s, u"project_id"_s, u"round"_s, u"kind"_s, u"inspectors"_s, u"started_at"_s,
                                   u"finished_at"_s, u"status"_s, u"template_code"_s, u"notes"_s}));
        for (const Inspection &i : d.inspections)
            SITESAFE_TRY(ins.insert({i.id, i.projectId, i.round, i.kind, V::jsonArray(i.inspectors), V::time(i.startedAt),
                                     V::time(i.finishedAt), i.status, V::text(i.templateCode), V::text(i.notes),
                                     nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"inspection_answers"_s,
                         withMeta({u"id"_s, u"inspection_id"_s, u"item_code"_s, u"result"_s, u"note"_s, u"deduction"_s}));
        for (const InspectionAnswer &a : d.answers)
            SITESAFE_TRY(ins.insert({a.id, a.inspectionId, a.itemCode, a.result, V::text(a.note), a.deduction,
                                     nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"notices"_s,
                         withMeta({u"id"_s, u"project_id"_s, u"inspection_id"_s, u"kind"_s, u"number"_s,
                                   u"issued_at"_s, u"issued_by"_s, u"deadline"_s, u"recipient_enterprise_id"_s,
                                   u"hazard_ids"_s}));
        for (const Notice &n : d.notices)
            SITESAFE_TRY(ins.insert({n.id, n.projectId, V::text(n.inspectionId), n.kind, n.number, V::time(n.issuedAt),
                                     n.issuedBy, V::date(n.deadline), V::text(n.recipientEnterpriseId),
                                     V::jsonArray(n.hazardIds), nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"certificate_checks"_s,
                         withMeta({u"id"_s, u"inspection_id"_s, u"certificate_id"_s, u"number"_s, u"result"_s,
                                   u"checked_at"_s, u"checked_by"_s}));
        for (const CertificateCheck &c : d.certificateChecks)
            SITESAFE_TRY(ins.insert({c.id, V::text(c.inspectionId), V::text(c.certificateId), c.number, c.result,
                                     V::time(c.checkedAt), c.checkedBy, nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"incidents"_s,
                         withMeta({u"id"_s, u"project_id"_s, u"occurred_at"_s, u"location"_s, u"kind"_s, u"deaths"_s,
                                   u"serious_injuries"_s, u"minor_injuries"_s, u"missing"_s, u"direct_loss"_s,
                                   u"summary"_s, u"platform_reported_at"_s, u"part"_s, u"unit_reported_at"_s,
                                   u"emergency_response"_s, u"cause"_s, u"investigation"_s,
                                   u"investigation_closed_on"_s, u"recorded_by"_s}));
        for (const Incident &i : d.incidents)
            SITESAFE_TRY(ins.insert({i.id, i.projectId, V::time(i.occurredAt), V::text(i.location), i.kind, i.deaths,
                                     i.seriousInjuries, i.minorInjuries, i.missing, i.directLoss, V::text(i.summary),
                                     V::time(i.platformReportedAt), V::text(i.part), V::time(i.unitReportedAt),
                                     V::text(i.emergencyResponse), V::text(i.cause), V::text(i.investigation),
                                     V::date(i.investigationClosedOn), V::text(i.recordedBy), nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"blobs"_s,
                         {u"sha256"_s, u"size"_s, u"mime"_s, u"captured_at"_s, u"upload_state"_s, u"created_at"_s});
        QSqlQuery exists(m_db);
        exists.prepare(u"SELECT 1 FROM blobs WHERE sha256 = ?"_s);
        for (const PhotoRecord &p : d.photos) {
            exists.addBindValue(p.sha256);
            if (exists.exec() && exists.next())
                continue;
            SITESAFE_TRY(ins.insert({p.sha256, p.size, p.mime, V::time(p.capturedAt), u"remote_only"_s, st}));
        }
        m_rows += ins.count();
    }
    return {};
}

Status DatasetWriter::writeHazards(const Dataset &d)
{
    const QVariant st = m_stamp;
    QHash<QString, QList<HazardEvent>> eventsByHazard;
    for (const HazardEvent &e : d.hazardEvents)
        eventsByHazard[e.hazardId].append(e);

    BulkInserter hazards(m_db, u"hazards"_s,
                         withMeta({u"id"_s, u"inspection_id"_s, u"project_id"_s, u"criteria_set"_s,
                                   u"criteria_item"_s, u"is_major"_s, u"description"_s, u"location"_s, u"measure"_s,
                                   u"deadline"_s, u"responsible_enterprise_id"_s, u"responsible_person"_s,
                                   u"found_at"_s, u"found_by"_s, u"equipment_id"_s, u"dangerous_work_id"_s,
                                   u"status"_s, u"is_supervision_listed"_s, u"supervision_level"_s,
                                   u"effective_deadline"_s, u"closed_at"_s}));
    BulkInserter events(m_db, u"hazard_events"_s,
                        withMeta({u"id"_s, u"hazard_id"_s, u"kind"_s, u"at"_s, u"actor"_s, u"note"_s,
                                  u"new_deadline"_s, u"level"_s, u"is_superseded"_s, u"superseded_reason"_s,
                                  u"actor_role"_s, u"notice_id"_s}));
    for (const Hazard &h : d.hazards) {
        const QList<HazardEvent> history = eventsByHazard.value(h.id);
        const HazardFold f = HazardLifecycle::fold(history, h.deadline);
        SITESAFE_TRY(hazards.insert(
            {h.id, V::text(h.inspectionId), h.projectId, h.criteriaSet, V::text(h.criteriaItem), V::boolean(h.isMajor),
             h.description, V::text(h.location), h.measure, V::date(h.deadline), V::text(h.responsibleEnterpriseId),
             V::text(h.responsiblePerson), V::time(h.foundAt), h.foundBy, V::text(h.equipmentId),
             V::text(h.dangerousWorkId), hazardStateCode(f.state), V::boolean(f.isSupervisionListed),
             V::text(f.supervisionLevel), V::date(f.deadline), V::time(f.closedAt), nextVersion(), st, st}));
        for (qsizetype i = 0; i < history.size(); ++i) {
            const HazardEvent &e = history[i];
            const HazardEventOutcome &o = f.outcomes[i];
            SITESAFE_TRY(events.insert({e.id, e.hazardId, hazardEventKindCode(e.kind), V::time(e.at), e.actor,
                                        V::text(e.note), V::date(e.newDeadline), V::text(e.level),
                                        V::boolean(!o.isApplied), V::text(o.reason), V::text(e.actorRole),
                                        V::text(e.noticeId), nextVersion(), st, st}));
        }
    }
    m_rows += hazards.count() + events.count();

    // Rows that reference hazards come after them.
    {
        BulkInserter ins(m_db, u"enforcement_actions"_s,
                         withMeta({u"id"_s, u"project_id"_s, u"hazard_id"_s, u"enterprise_id"_s, u"kind"_s,
                                   u"document_no"_s, u"amount"_s, u"decided_on"_s, u"note"_s, u"person_id"_s,
                                   u"violation_code"_s, u"points"_s, u"hazard_ids"_s, u"notice_id"_s,
                                   u"decided_by"_s}));
        for (const EnforcementAction &a : d.enforcementActions)
            SITESAFE_TRY(ins.insert({a.id, a.projectId, V::text(a.hazardIds.value(0, a.hazardId)),
                                     V::text(a.enterpriseId), a.kind, V::text(a.documentNo), a.amount,
                                     V::date(a.decidedOn), V::text(a.note), V::text(a.personId),
                                     V::text(a.violationCode), a.points,
                                     V::jsonArray(a.hazardIds.isEmpty() && !a.hazardId.isEmpty() ? QStringList{a.hazardId}
                                                                                                 : a.hazardIds),
                                     V::text(a.noticeId), V::text(a.decidedBy), nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"danger_events"_s,
                         withMeta({u"id"_s, u"project_id"_s, u"occurred_at"_s, u"part"_s, u"kind"_s, u"description"_s,
                                   u"evacuated"_s, u"hazard_id"_s, u"site_situation"_s, u"impact"_s, u"reported_at"_s,
                                   u"platform_reported_at"_s, u"response"_s, u"recorded_by"_s}));
        for (const DangerEvent &e : d.dangerEvents)
            SITESAFE_TRY(ins.insert({e.id, e.projectId, V::time(e.occurredAt), V::text(e.part), e.kind,
                                     V::text(e.description), V::boolean(e.evacuated), V::text(e.hazardId),
                                     V::text(e.siteSituation), V::text(e.impact), V::time(e.reportedAt),
                                     V::time(e.platformReportedAt), V::text(e.response), V::text(e.recordedBy),
                                     nextVersion(), st, st}));
        m_rows += ins.count();
    }
    {
        BulkInserter ins(m_db, u"attachments"_s,
                         withMeta({u"id"_s, u"owner_entity"_s, u"owner_id"_s, u"blob_sha256"_s, u"role"_s,
                                   u"caption"_s, u"captured_at"_s, u"latitude"_s, u"longitude"_s, u"signer"_s}));
        auto coordinate = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
        for (const PhotoRecord &p : d.photos)
            SITESAFE_TRY(ins.insert({p.id, p.ownerEntity, p.ownerId, p.sha256, p.role, V::text(p.caption),
                                     V::time(p.capturedAt), coordinate(p.latitude), coordinate(p.longitude),
                                     V::text(p.signer), nextVersion(), st, st}));
        m_rows += ins.count();
    }
    return {};
}

#undef SITESAFE_TRY

} // namespace sitesafe
