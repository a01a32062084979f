#include "dangereventrepository.h"

#include <QSqlQuery>

#include "auditlog.h"
#include "core/clock.h"
#include "core/dangerkinds.h"
#include "core/uuidv7.h"
#include "database.h"
#include "ledgerrowwriter.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace V = SqlValues;

namespace {

const QStringList kColumns{u"project_id"_s,     u"occurred_at"_s, u"part"_s,        u"kind"_s,
                           u"description"_s,    u"evacuated"_s,   u"hazard_id"_s,   u"site_situation"_s,
                           u"impact"_s,         u"reported_at"_s, u"platform_reported_at"_s, u"response"_s,
                           u"recorded_by"_s};

QVariantList values(const DangerEvent &e)
{
    return {QVariant(e.projectId), V::time(e.occurredAt), V::text(e.part.trimmed()), QVariant(e.kind),
            V::text(e.description.trimmed()), V::boolean(e.evacuated), V::text(e.hazardId),
            V::text(e.siteSituation.trimmed()), V::text(e.impact.trimmed()), V::time(e.reportedAt),
            V::time(e.platformReportedAt), V::text(e.response.trimmed()), V::text(e.recordedBy)};
}

DangerEvent read(const QSqlQuery &q)
{
    DangerEvent e;
    e.id = q.value(0).toString();
    e.projectId = q.value(1).toString();
    e.occurredAt = V::toTime(q.value(2));
    e.part = q.value(3).toString();
    e.kind = q.value(4).toString();
    e.description = q.value(5).toString();
    e.evacuated = q.value(6).toInt() != 0;
    e.hazardId = q.value(7).toString();
    e.siteSituation = q.value(8).toString();
    e.impact = q.value(9).toString();
    e.reportedAt = V::toTime(q.value(10));
    e.platformReportedAt = V::toTime(q.value(11));
    e.response = q.value(12).toString();
    e.recordedBy = q.value(13).toString();
    return e;
}

QString selectSql()
{
    return u"SELECT id, "_s + kColumns.join(u", "_s) + u" FROM danger_events"_s;
}

} // namespace

Status DangerEventRepository::validate(const DangerEvent &e, const QDateTime &now)
{
    if (e.projectId.isEmpty())
        return Error{u"danger.project"_s, tr("Choose the project where the dangerous situation arose.")};
    if (!e.occurredAt.isValid())
        return Error{u"danger.occurred_at"_s, tr("Enter when the dangerous situation arose, to the minute.")};
    if (now.isValid() && e.occurredAt > now)
        return Error{u"danger.occurred_at"_s,
                     tr("The dangerous situation cannot have arisen in the future. Check the date and time.")};
    if (!DangerKinds::codes().contains(e.kind))
        return Error{u"danger.kind"_s, tr("Choose the kind of dangerous situation (excavation collapse, fire, …).")};
    if (e.reportedAt.isValid() && e.reportedAt < e.occurredAt)
        return Error{u"danger.reported_at"_s,
                     tr("The report to the bureau cannot be earlier than the dangerous situation. Check both times.")};
    if (e.platformReportedAt.isValid() && e.platformReportedAt < e.occurredAt)
        return Error{u"danger.platform_reported_at"_s,
                     tr("The national platform report cannot be earlier than the dangerous situation. Check both "
                        "times.")};
    return {};
}

LedgerTable DangerEventRepository::ledgerTable()
{
    return {u"danger_events"_s, kColumns, u"danger"_s, tr("saving the dangerous situation"), u"danger.missing"_s, tr("The dangerous situation is no longer on this computer.")};
}

Result<QString> DangerEventRepository::create(DangerEvent e, const QString &actor)
{
    const QDateTime clockNow = Database::clockOf(m_db).now();
    if (Status s = validate(e, clockNow); !s)
        return s.error();
    if (e.id.isEmpty())
        e.id = UuidV7::generate();
    if (e.recordedBy.isEmpty())
        e.recordedBy = actor;
    if (Status s = LedgerRowWriter::insert(m_db, ledgerTable(), e.id, values(e), actor, e.kind); !s)
        return s.error();
    return e.id;
}

Status DangerEventRepository::update(const DangerEvent &e, const QString &actor)
{
    const QDateTime clockNow = Database::clockOf(m_db).now();
    if (Status s = validate(e, clockNow); !s)
        return s;
    return LedgerRowWriter::update(m_db, ledgerTable(), e.id, values(e), actor, e.kind);
}

std::optional<DangerEvent> DangerEventRepository::find(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(selectSql() + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

QList<DangerEvent> DangerEventRepository::list(const QString &projectId)
{
    QSqlQuery q(m_db);
    QList<DangerEvent> out;
    if (!LedgerRowWriter::list(q, selectSql(), projectId, u" ORDER BY occurred_at DESC, id DESC"_s))
        return out;
    while (q.next())
        out.append(read(q));
    return out;
}

} // namespace sitesafe
