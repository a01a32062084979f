#include "projectdetailloader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
bool run(ReadQuery &q, const QString &sql, const QString &projectId)
{
    q.prepare(sql);
    q.addBindValue(projectId);
    return q.exec();
}

QString joinedNames(const QString &json)
{
    QStringList names;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        names << v.toString();
    return names.join(u"、"_s);
}
} // namespace

bool ProjectDetailLoader::isExpired(const QString &validUntil) const
{
    const QDate date = QDate::fromString(validUntil.left(10), Qt::ISODate);
    return date.isValid() && date < m_today;
}

ProjectDetail ProjectDetailLoader::load(const QString &projectId)
{
    ProjectDetail d;
    ReadQuery q(m_db);
    if (!run(q,
             u"SELECT p.id, p.name, p.platform_no, p.permit_no, p.address, coalesce(j.name, p.jurisdiction_code), "
             "pk.name, p.category, p.structure_type, p.floor_area, p.contract_value, p.start_date, "
             "p.planned_completion, p.status, p.progress FROM projects p "
             "LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code "
             "LEFT JOIN jurisdictions pk ON pk.code = p.park_code WHERE p.id = ?"_s,
             projectId)
        || !q.next())
        return d;
    d.isFound = true;
    d.id = q.value(0).toString();
    d.name = q.value(1).toString();
    d.platformNo = q.value(2).toString();
    d.permitNo = q.value(3).toString();
    d.address = q.value(4).toString();
    d.jurisdictionName = q.value(5).toString();
    d.parkName = q.value(6).toString();
    d.category = q.value(7).toString();
    d.structureType = q.value(8).toString();
    d.floorArea = q.value(9).toDouble();
    d.contractValue = q.value(10).toDouble();
    d.startDate = q.value(11).toString();
    d.plannedCompletion = q.value(12).toString();
    d.status = q.value(13).toString();
    d.progress = q.value(14).toString();
    q.finish();
    loadParticipants(d);
    loadKeyPeople(d);
    loadEquipment(d);
    loadDangerousWorks(d);
    loadInspections(d);
    loadHazards(d);
    return d;
}

void ProjectDetailLoader::loadParticipants(ProjectDetail &d)
{
    ReadQuery q(m_db);
    if (!run(q,
             u"SELECT pp.role, e.name, e.credit_code, e.safety_licence_no, e.safety_licence_expiry "
             "FROM project_participants pp JOIN enterprises e ON e.id = pp.enterprise_id WHERE pp.project_id = ? "
             "ORDER BY CASE pp.role WHEN 'owner' THEN 0 WHEN 'general_contractor' THEN 1 WHEN 'supervisor' THEN 2 "
             "ELSE 3 END, e.name"_s,
             d.id))
        return;
    while (q.next()) {
        ProjectDetail::Participant p;
        p.role = q.value(0).toString();
        p.enterpriseName = q.value(1).toString();
        p.creditCode = q.value(2).toString();
        p.safetyLicenceNo = q.value(3).toString();
        p.safetyLicenceExpiry = q.value(4).toString();
        p.isLicenceExpired = isExpired(p.safetyLicenceExpiry);
        d.participants.append(p);
    }
}

void ProjectDetailLoader::loadKeyPeople(ProjectDetail &d)
{
    ReadQuery q(m_db);
    if (!run(q,
             u"SELECT kp.role, pe.name, e.name, c.kind, c.operation_kind, c.number, c.valid_until, pe.id "
             "FROM project_key_people kp JOIN people pe ON pe.id = kp.person_id "
             "LEFT JOIN enterprises e ON e.id = pe.enterprise_id "
             "LEFT JOIN certificates c ON c.holder_person_id = pe.id "
             "WHERE kp.project_id = ? ORDER BY kp.role, pe.name, pe.id, c.kind"_s,
             d.id))
        return;
    QString lastKey;
    while (q.next()) {
        const QString key = q.value(0).toString() + u'|' + q.value(7).toString();
        if (key != lastKey) {
            ProjectDetail::KeyPerson person;
            person.role = q.value(0).toString();
            person.name = q.value(1).toString();
            person.enterpriseName = q.value(2).toString();
            d.keyPeople.append(person);
            lastKey = key;
        }
        if (q.value(3).isNull())
            continue;
        ProjectDetail::Certificate c;
        c.kind = q.value(3).toString();
        c.operationKind = q.value(4).toString();
        c.number = q.value(5).toString();
        c.validUntil = q.value(6).toString();
        c.isExpired = isExpired(c.validUntil);
        d.keyPeople.last().certificates.append(c);
    }
}

void ProjectDetailLoader::loadEquipment(ProjectDetail &d)
{
    ReadQuery q(m_db);
    if (!run(q,
             u"SELECT kind, model, serial_no, filing_no, use_registration_no, accepted_on, registered_on, status "
             "FROM equipment WHERE project_id = ? ORDER BY kind, serial_no"_s,
             d.id))
        return;
    while (q.next()) {
        ProjectDetail::Equipment e;
        e.kind = q.value(0).toString();
        e.model = q.value(1).toString();
        e.serialNo = q.value(2).toString();
        e.filingNo = q.value(3).toString();
        e.useRegistrationNo = q.value(4).toString();
        e.acceptedOn = q.value(5).toString();
        e.registeredOn = q.value(6).toString();
        e.status = q.value(7).toString();
        d.equipment.append(e);
    }
}

void ProjectDetailLoader::loadDangerousWorks(ProjectDetail &d)
{
    ReadQuery q(m_db);
    if (!run(q,
             u"SELECT category, description, is_over_scale, plan_status, expert_review, acceptance_status "
             "FROM dangerous_works WHERE project_id = ? ORDER BY category, id"_s,
             d.id))
        return;
    while (q.next()) {
        ProjectDetail::DangerousWork w;
        w.category = q.value(0).toString();
        w.description = q.value(1).toString();
        w.isOverScale = q.value(2).toInt() != 0;
        w.planStatus = q.value(3).toString();
        w.expertReview = q.value(4).toString();
        w.acceptanceStatus = q.value(5).toString();
        d.dangerousWorks.append(w);
    }
}

void ProjectDetailLoader::loadInspections(ProjectDetail &d)
{
    ReadQuery q(m_db);
    if (!run(q,
             u"SELECT i.id, i.started_at, i.kind, i.round, i.inspectors, i.status, "
             "(SELECT count(*) FROM hazards h WHERE h.inspection_id = i.id) "
             "FROM inspections i WHERE i.project_id = ? ORDER BY i.started_at DESC"_s,
             d.id))
        return;
    while (q.next()) {
        ProjectDetail::Inspection i;
        i.id = q.value(0).toString();
        i.startedAt = q.value(1).toString();
        i.kind = q.value(2).toString();
        i.round = q.value(3).toInt();
        i.inspectors = joinedNames(q.value(4).toString());
        i.status = q.value(5).toString();
        i.hazards = q.value(6).toInt();
        d.inspections.append(i);
    }
}

void ProjectDetailLoader::loadHazards(ProjectDetail &d)
{
    ReadQuery q(m_db);
    if (!run(q,
             u"SELECT id, seq, description, status, is_major, effective_deadline FROM hazards "
             "WHERE project_id = ? ORDER BY found_at DESC"_s,
             d.id))
        return;
    const QString today = m_today.toString(Qt::ISODate);
    while (q.next()) {
        ProjectDetail::Hazard h;
        h.id = q.value(0).toString();
        h.seq = q.value(1).toLongLong();
        h.description = q.value(2).toString();
        h.status = q.value(3).toString();
        h.isMajor = q.value(4).toInt() != 0;
        h.deadline = q.value(5).toString();
        h.isOverdue = (h.status == u"open" || h.status == u"rectifying") && !h.deadline.isEmpty() && h.deadline < today;
        d.hazards.append(h);
    }
}

} // namespace sitesafe
