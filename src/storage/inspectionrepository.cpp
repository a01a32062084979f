#include "inspectionrepository.h"

#include <QSet>
#include <QSqlQuery>

#include "auditlog.h"
#include "core/clock.h"
#include "core/uuidv7.h"
#include "database.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace V = SqlValues;

namespace {
const QStringList kKinds{u"round"_s, u"special"_s, u"reinspection"_s, u"random"_s, u"supervision"_s};

QStringList distinctNames(const QStringList &names)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !seen.contains(trimmed)) {
            seen.insert(trimmed);
            out.append(trimmed);
        }
    }
    return out;
}
} // namespace

Status InspectionRepository::validate(const Inspection &inspection)
{
    if (inspection.projectId.isEmpty())
        return Error{u"inspection.project"_s, tr("Choose the project to inspect.")};
    if (!kKinds.contains(inspection.kind))
        return Error{u"inspection.kind"_s, tr("Choose the kind of inspection (round, special, re-inspection, "
                                              "random or supervision).")};
    if (inspection.kind == u"round"_s && inspection.round != 1 && inspection.round != 2)
        return Error{u"inspection.round"_s,
                     tr("A full-coverage inspection belongs to round 1 or round 2: choose the round.")};
    if (inspection.kind != u"round"_s && inspection.round != 0)
        return Error{u"inspection.round"_s, tr("Only full-coverage inspections have a round.")};
    if (distinctNames(inspection.inspectors).size() < 2)
        return Error{u"inspection.inspectors"_s,
                     tr("An inspection needs at least two different inspectors: supervision checks are carried out by "
                        "two or more law-enforcement officers. Add the second inspector.")};
    if (inspection.checklists.isEmpty())
        return Error{u"inspection.checklists"_s,
                     tr("Choose at least one checklist: the major-hazard criteria or a JGJ 59 score sheet.")};
    return {};
}

Result<QString> InspectionRepository::create(Inspection in, const QString &actor)
{
    in.inspectors = distinctNames(in.inspectors);
    if (Status s = validate(in); !s)
        return s.error();
    const QDateTime now = Database::clockOf(m_db).now();
    const QString nowText = Timestamp::toText(now);
    if (in.id.isEmpty())
        in.id = UuidV7::generate();
    if (!in.startedAt.isValid())
        in.startedAt = now;
    if (in.templateCode.isEmpty())
        in.templateCode = in.checklists.constFirst();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO inspections (id, project_id, round, kind, inspectors, started_at, status, template_code, "
              "notes, checklists, site_representative, amends_inspection_id, clock_offset_ms, is_time_doubtful, "
              "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(in.id), QVariant(in.projectId), QVariant(in.round), QVariant(in.kind),
          QVariant(V::jsonArray(in.inspectors)), V::time(in.startedAt), V::text(in.templateCode), V::text(in.notes),
          QVariant(V::jsonArray(in.checklists)), V::text(in.siteRepresentative), V::text(in.amendsInspectionId),
          V::offset(in.timeTrust), V::boolean(in.timeTrust.isDoubtful), QVariant(nowText), QVariant(nowText)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("saving the inspection"));
    if (Status s = AuditLog::append(m_db, {actor, u"inspection.create"_s, u"inspections"_s, in.id, in.kind}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return in.id;
}

std::optional<Inspection> InspectionRepository::find(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, project_id, round, kind, inspectors, started_at, finished_at, status, template_code, notes, "
              "checklists, site_representative, signed_at, amends_inspection_id, clock_offset_ms, is_time_doubtful "
              "FROM inspections WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Inspection in;
    in.id = q.value(0).toString();
    in.projectId = q.value(1).toString();
    in.round = q.value(2).toInt();
    in.kind = q.value(3).toString();
    in.inspectors = V::fromJsonArray(q.value(4).toString());
    in.startedAt = V::toTime(q.value(5));
    in.finishedAt = V::toTime(q.value(6));
    in.status = q.value(7).toString();
    in.templateCode = q.value(8).toString();
    in.notes = q.value(9).toString();
    in.checklists = V::fromJsonArray(q.value(10).toString());
    in.siteRepresentative = q.value(11).toString();
    in.signedAt = V::toTime(q.value(12));
    in.amendsInspectionId = q.value(13).toString();
    in.timeTrust = V::toTimeTrust(q.value(14), q.value(15));
    return in;
}

Status InspectionRepository::refuseIfSigned(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT status FROM inspections WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("reading the inspection"));
    if (!q.next())
        return Error{u"inspection.missing"_s, tr("This inspection is not in the data folder.")};
    if (q.value(0).toString() == u"signed"_s)
        return Error{u"inspection.signed"_s,
                     tr("This inspection is signed and can no longer be changed. To correct it, make an amendment.")};
    return {};
}

Status InspectionRepository::update(const Inspection &in, const QString &actor)
{
    Inspection checked = in;
    checked.inspectors = distinctNames(in.inspectors);
    if (Status s = validate(checked); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = refuseIfSigned(in.id); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE inspections SET inspectors = ?, checklists = ?, notes = ?, site_representative = ?, "
              "updated_at = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(V::jsonArray(checked.inspectors)), QVariant(V::jsonArray(in.checklists)),
                              V::text(in.notes), V::text(in.siteRepresentative),
                              QVariant(Timestamp::toText(Database::clockOf(m_db).now())), QVariant(in.id)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("saving the inspection"));
    if (Status s = AuditLog::append(m_db, {actor, u"inspection.update"_s, u"inspections"_s, in.id, {}}); !s)
        return s;
    return tx.commit();
}

Status InspectionRepository::submit(const QString &id, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = refuseIfSigned(id); !s)
        return s;
    QSqlQuery q(m_db);
    const QString now = Timestamp::toText(Database::clockOf(m_db).now());
    q.prepare(u"UPDATE inspections SET status = 'submitted', finished_at = coalesce(finished_at, ?), updated_at = ? "
              "WHERE id = ? AND status = 'draft'"_s);
    for (const QVariant &v : {QVariant(now), QVariant(now), QVariant(id)})
        q.addBindValue(v);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("submitting the inspection"));
    if (q.numRowsAffected() == 1) {
        if (Status s = AuditLog::append(m_db, {actor, u"inspection.submit"_s, u"inspections"_s, id, {}}); !s)
            return s;
    }
    return tx.commit();
}

} // namespace sitesafe
