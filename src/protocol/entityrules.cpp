#include "entityrules.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QStringList EntityRule::wireColumns() const
{
    QStringList columns{u"id"_s};
    columns += fields;
    columns << u"created_at"_s << u"updated_at"_s;
    return columns;
}

namespace {

using Owner = EntityRule::Owner;
using Policy = EntityRule::Policy;
using Scope = EntityRule::Scope;

const QList<JurisdictionHop> kViaProject{{u"project_id"_s, u"projects"_s}};
const QList<JurisdictionHop> kViaInspection{{u"inspection_id"_s, u"inspections"_s}, {u"project_id"_s, u"projects"_s}};
const QList<JurisdictionHop> kViaHazard{{u"hazard_id"_s, u"hazards"_s}, {u"project_id"_s, u"projects"_s}};

EntityRule reference(QString entity, QStringList fields, Scope scope = Scope::Global,
                     QList<JurisdictionHop> path = {})
{
    EntityRule r;
    r.entity = std::move(entity);
    r.owner = Owner::Server;
    r.policy = Policy::ServerAuthoritative;
    r.scope = scope;
    r.fields = std::move(fields);
    r.jurisdictionPath = std::move(path);
    if (scope == Scope::Jurisdiction)
        r.jurisdictionColumn = u"jurisdiction_code"_s;
    return r;
}

EntityRule fieldData(QString entity, QStringList fields, QStringList immutable, QList<JurisdictionHop> path)
{
    EntityRule r;
    r.entity = std::move(entity);
    r.owner = Owner::Client;
    r.policy = Policy::FieldCompareAndSet;
    r.scope = Scope::Jurisdiction;
    r.fields = std::move(fields);
    r.immutableFields = std::move(immutable);
    r.jurisdictionPath = std::move(path);
    r.jurisdictionColumn = u"jurisdiction_code"_s;
    return r;
}

QList<EntityRule> buildRules()
{
    QList<EntityRule> rules;
    // Reference data (server-owned, read-only on clients).
    rules << reference(u"jurisdictions"_s, {u"code"_s, u"name"_s, u"kind"_s, u"parent_code"_s});
    rules << reference(u"enterprises"_s,
                       {u"credit_code"_s, u"name"_s, u"legal_representative"_s, u"qualification"_s,
                        u"safety_licence_no"_s, u"safety_licence_expiry"_s, u"jurisdiction_code"_s});
    rules << reference(u"projects"_s,
                       {u"platform_no"_s, u"permit_no"_s, u"name"_s, u"address"_s, u"jurisdiction_code"_s,
                        u"park_code"_s, u"category"_s, u"structure_type"_s, u"floor_area"_s, u"contract_value"_s,
                        u"start_date"_s, u"planned_completion"_s, u"status"_s, u"progress"_s, u"latitude"_s,
                        u"longitude"_s},
                       Scope::Jurisdiction);
    rules << reference(u"project_participants"_s, {u"project_id"_s, u"enterprise_id"_s, u"role"_s},
                       Scope::Jurisdiction, kViaProject);
    rules << reference(u"people"_s, {u"name"_s, u"id_number_masked"_s, u"id_number_hash"_s, u"enterprise_id"_s,
                                     u"phone_masked"_s});
    rules << reference(u"project_key_people"_s, {u"project_id"_s, u"person_id"_s, u"role"_s}, Scope::Jurisdiction,
                       kViaProject);
    rules << reference(u"certificates"_s,
                       {u"kind"_s, u"operation_kind"_s, u"number"_s, u"holder_person_id"_s, u"issuer"_s,
                        u"issued_on"_s, u"valid_until"_s, u"e_certificate_code"_s});
    rules << reference(u"equipment"_s,
                       {u"project_id"_s, u"kind"_s, u"model"_s, u"serial_no"_s, u"owner_enterprise_id"_s,
                        u"filing_no"_s, u"use_registration_no"_s, u"installation_notified_on"_s, u"accepted_on"_s,
                        u"registered_on"_s, u"status"_s},
                       Scope::Jurisdiction, kViaProject);
    rules << reference(u"dangerous_works"_s,
                       {u"project_id"_s, u"category"_s, u"description"_s, u"is_over_scale"_s, u"plan_status"_s,
                        u"expert_review"_s, u"acceptance_status"_s, u"monitoring_unit"_s},
                       Scope::Jurisdiction, kViaProject);
    rules << reference(u"criteria_sets"_s,
                       {u"code"_s, u"kind"_s, u"edition"_s, u"title"_s, u"document"_s, u"catalog_version"_s,
                        u"effective_on"_s, u"repealed_on"_s});
    rules << reference(u"criteria_items"_s,
                       {u"set_id"_s, u"code"_s, u"parent_code"_s, u"level"_s, u"article_number"_s,
                        u"article_title"_s, u"item_number"_s, u"text"_s, u"is_uncertain"_s, u"requires_reason"_s,
                        u"item_kind"_s, u"points"_s});
    // 治理行动 with its round deadlines (round coverage counts per campaign period).
    rules << reference(u"campaigns"_s,
                       {u"code"_s, u"name"_s, u"starts_on"_s, u"ends_on"_s, u"round1_deadline"_s,
                        u"round2_deadline"_s});
    rules << reference(u"checklist_templates"_s,
                       {u"code"_s, u"version"_s, u"title"_s, u"source_set_code"_s, u"item_codes"_s});
    {
        EntityRule blocks = reference(u"notice_number_blocks"_s,
                                      {u"device_id"_s, u"kind"_s, u"prefix"_s, u"first_number"_s,
                                       u"last_number"_s, u"next_number"_s},
                                      Scope::Device);
        blocks.deviceColumn = u"device_id"_s;
        rules << blocks;
    }

    // Field data (created on clients).
    {
        EntityRule r = fieldData(u"inspections"_s,
                                 {u"project_id"_s, u"round"_s, u"kind"_s, u"inspectors"_s, u"started_at"_s,
                                  u"finished_at"_s, u"status"_s, u"template_code"_s, u"notes"_s, u"checklists"_s,
                                  u"site_representative"_s, u"signed_at"_s, u"amends_inspection_id"_s,
                                  u"clock_offset_ms"_s, u"is_time_doubtful"_s},
                                 {u"project_id"_s, u"amends_inspection_id"_s}, kViaProject);
        r.freezeField = u"status"_s; // a signed inspection is frozen (DESIGN §3)
        r.freezeValues = {u"signed"_s};
        rules << r;
    }
    rules << fieldData(u"inspection_answers"_s,
                       {u"inspection_id"_s, u"item_code"_s, u"result"_s, u"note"_s, u"deduction"_s, u"is_withdrawn"_s,
                        u"clock_offset_ms"_s, u"is_time_doubtful"_s},
                       {u"inspection_id"_s, u"item_code"_s}, kViaInspection);
    {
        EntityRule r = fieldData(u"hazards"_s,
                                 {u"inspection_id"_s, u"project_id"_s, u"criteria_set"_s, u"criteria_item"_s,
                                  u"is_major"_s, u"description"_s, u"location"_s, u"measure"_s, u"deadline"_s,
                                  u"responsible_enterprise_id"_s, u"responsible_person"_s, u"found_at"_s,
                                  u"found_by"_s, u"equipment_id"_s, u"dangerous_work_id"_s, u"basis_text"_s,
                                  u"clock_offset_ms"_s, u"is_time_doubtful"_s},
                                 {u"inspection_id"_s, u"project_id"_s, u"found_at"_s, u"found_by"_s}, kViaProject);
        // 举报人: a hazard reported by a member of the public keeps the reporter on the server only.
        r.serverOnlyFields = {u"reporter_name"_s, u"reporter_contact"_s};
        rules << r;
    }
    {
        EntityRule r = fieldData(u"hazard_events"_s,
                                 {u"hazard_id"_s, u"kind"_s, u"at"_s, u"actor"_s, u"note"_s, u"new_deadline"_s,
                                  u"level"_s, u"clock_offset_ms"_s, u"is_time_doubtful"_s, u"actor_role"_s,
                                  u"notice_id"_s, u"target_event_id"_s},
                                 {}, kViaHazard);
        r.policy = Policy::AppendOnly;
        r.lifecycle = EntityRule::Lifecycle::HazardEvents;
        r.lifecycleParentColumn = u"hazard_id"_s;
        // 挂牌督办 and its lifting are decided by the province at any level and by a 市县's supervisor at the level
        // of its own 市县 (sync-anchors §2.5); the level is otherwise the province's.
        r.restrictedValues.insert(u"kind"_s, {{u"supervision_listed"_s, u"supervision_lifted"_s},
                                              {u"supervisor"_s},
                                              u"level"_s});
        r.provinceOnlyFields = {u"level"_s};
        // The author's role when recorded: 销号 by an inspector is kept without effect (core HazardLifecycle).
        r.actorRoleField = u"actor_role"_s;
        rules << r;
    }
    rules << fieldData(u"notices"_s,
                       {u"project_id"_s, u"inspection_id"_s, u"kind"_s, u"number"_s, u"issued_at"_s, u"issued_by"_s,
                        u"deadline"_s, u"recipient_enterprise_id"_s, u"hazard_ids"_s, u"scope"_s, u"scope_part"_s,
                        u"inspectors"_s, u"decision"_s, u"requirements"_s, u"legal_basis"_s, u"original_notice_id"_s,
                        u"enforcement_action_id"_s, u"block_id"_s, u"status"_s, u"void_reason"_s,
                        u"recipient_signer"_s, u"received_at"_s, u"is_refused"_s, u"content_hash"_s,
                        u"pdf_sha256"_s, u"clock_offset_ms"_s, u"is_time_doubtful"_s},
                       {u"project_id"_s, u"inspection_id"_s, u"number"_s, u"kind"_s, u"issued_at"_s,
                        u"content_hash"_s, u"block_id"_s},
                       kViaProject);
    rules << fieldData(u"certificate_checks"_s,
                       {u"inspection_id"_s, u"certificate_id"_s, u"number"_s, u"result"_s, u"checked_at"_s,
                        u"checked_by"_s, u"kind"_s, u"e_certificate_code"_s, u"person_id"_s, u"enterprise_id"_s,
                        u"note"_s, u"clock_offset_ms"_s, u"is_time_doubtful"_s},
                       {u"inspection_id"_s}, kViaInspection);
    rules << fieldData(u"enforcement_actions"_s,
                       {u"project_id"_s, u"hazard_id"_s, u"enterprise_id"_s, u"kind"_s, u"document_no"_s,
                        u"amount"_s, u"decided_on"_s, u"note"_s, u"person_id"_s, u"violation_code"_s, u"points"_s,
                        u"hazard_ids"_s, u"notice_id"_s, u"decided_by"_s, u"clock_offset_ms"_s, u"is_time_doubtful"_s},
                       {u"project_id"_s}, kViaProject);
    rules << fieldData(u"incidents"_s,
                       {u"project_id"_s, u"occurred_at"_s, u"location"_s, u"kind"_s, u"deaths"_s,
                        u"serious_injuries"_s, u"minor_injuries"_s, u"missing"_s, u"direct_loss"_s, u"summary"_s,
                        u"platform_reported_at"_s, u"part"_s, u"unit_reported_at"_s, u"emergency_response"_s, u"cause"_s,
                        u"investigation"_s, u"investigation_closed_on"_s, u"recorded_by"_s},
                       {u"project_id"_s}, kViaProject);
    rules << fieldData(u"danger_events"_s,
                       {u"project_id"_s, u"occurred_at"_s, u"part"_s, u"kind"_s, u"description"_s, u"evacuated"_s,
                        u"hazard_id"_s, u"site_situation"_s, u"impact"_s, u"reported_at"_s, u"platform_reported_at"_s,
                        u"response"_s, u"recorded_by"_s},
                       {u"project_id"_s}, kViaProject);
    rules << fieldData(u"monthly_reports"_s,
                       {u"jurisdiction_code"_s, u"month"_s, u"status"_s, u"figures"_s, u"submitted_at"_s},
                       {u"jurisdiction_code"_s, u"month"_s}, {});
    rules << fieldData(u"annual_summaries"_s,
                       {u"jurisdiction_code"_s, u"first_month"_s, u"last_month"_s, u"label"_s, u"status"_s,
                        u"figures"_s, u"summary_text"_s, u"submitted_at"_s},
                       {u"jurisdiction_code"_s, u"first_month"_s, u"last_month"_s}, {});
    {
        EntityRule r = fieldData(u"attachments"_s,
                                 {u"owner_entity"_s, u"owner_id"_s, u"blob_sha256"_s, u"role"_s, u"caption"_s,
                                  u"captured_at"_s, u"latitude"_s, u"longitude"_s, u"evidence_flags"_s, u"signer"_s,
                                  u"clock_offset_ms"_s, u"is_time_doubtful"_s},
                                 {u"owner_entity"_s, u"owner_id"_s, u"blob_sha256"_s}, {});
        r.scope = Scope::Owner;
        r.jurisdictionColumn.clear();
        r.ownerEntityColumn = u"owner_entity"_s;
        r.ownerIdColumn = u"owner_id"_s;
        rules << r;
    }
    return rules;
}

} // namespace

const QList<EntityRule> &EntityRules::all()
{
    static const QList<EntityRule> rules = buildRules();
    return rules;
}

const EntityRule *EntityRules::find(const QString &entity)
{
    for (const EntityRule &rule : all()) {
        if (rule.entity == entity)
            return &rule;
    }
    return nullptr;
}

QStringList EntityRules::names()
{
    QStringList out;
    for (const EntityRule &rule : all())
        out.append(rule.entity);
    return out;
}

} // namespace sitesafe
