#include "incidentrepository.h"

#include <QSqlQuery>

#include "auditlog.h"
#include "core/clock.h"
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

const QStringList kColumns{u"project_id"_s,       u"occurred_at"_s,      u"location"_s,
                           u"kind"_s,             u"deaths"_s,           u"serious_injuries"_s,
                           u"minor_injuries"_s,   u"missing"_s,          u"direct_loss"_s,
                           u"summary"_s,          u"platform_reported_at"_s, u"part"_s,
                           u"unit_reported_at"_s, u"emergency_response"_s, u"cause"_s,
                           u"investigation"_s,    u"investigation_closed_on"_s, u"recorded_by"_s};

const QStringList kKinds{u"fall"_s,     u"struck_by"_s, u"collapse"_s, u"lifting"_s,  u"machinery"_s, u"electric"_s,
                         u"poisoning"_s, u"fire"_s,     u"vehicle"_s,  u"drowning"_s, u"other"_s};

QVariantList values(const Incident &i)
{
    return {QVariant(i.projectId), V::time(i.occurredAt), V::text(i.location.trimmed()), QVariant(i.kind),
            QVariant(i.deaths), QVariant(i.seriousInjuries), QVariant(i.minorInjuries), QVariant(i.missing),
            QVariant(i.directLoss), V::text(i.summary.trimmed()), V::time(i.platformReportedAt),
            V::text(i.part.trimmed()), V::time(i.unitReportedAt), V::text(i.emergencyResponse.trimmed()),
            V::text(i.cause.trimmed()), V::text(i.investigation.trimmed()), V::date(i.investigationClosedOn),
            V::text(i.recordedBy)};
}

Incident read(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toString();
    i.projectId = q.value(1).toString();
    i.occurredAt = V::toTime(q.value(2));
    i.location = q.value(3).toString();
    i.kind = q.value(4).toString();
    i.deaths = q.value(5).toInt();
    i.seriousInjuries = q.value(6).toInt();
    i.minorInjuries = q.value(7).toInt();
    i.missing = q.value(8).toInt();
    i.directLoss = q.value(9).toDouble();
    i.summary = q.value(10).toString();
    i.platformReportedAt = V::toTime(q.value(11));
    i.part = q.value(12).toString();
    i.unitReportedAt = V::toTime(q.value(13));
    i.emergencyResponse = q.value(14).toString();
    i.cause = q.value(15).toString();
    i.investigation = q.value(16).toString();
    i.investigationClosedOn = V::toDate(q.value(17));
    i.recordedBy = q.value(18).toString();
    return i;
}

QString selectSql()
{
    return u"SELECT id, "_s + kColumns.join(u", "_s) + u" FROM incidents"_s;
}

} // namespace

Status IncidentRepository::validate(const Incident &i, const QDateTime &now)
{
    if (i.projectId.isEmpty())
        return Error{u"incident.project"_s, tr("Choose the project where the incident happened.")};
    if (!i.occurredAt.isValid())
        return Error{u"incident.occurred_at"_s, tr("Enter when the incident happened, to the minute.")};
    if (now.isValid() && i.occurredAt > now)
        return Error{u"incident.occurred_at"_s,
                     tr("The incident cannot have happened in the future. Check the date and time it happened.")};
    if (!kKinds.contains(i.kind))
        return Error{u"incident.kind"_s, tr("Choose the kind of incident (fall from height, struck by object, …).")};
    if (i.deaths < 0 || i.seriousInjuries < 0 || i.minorInjuries < 0 || i.missing < 0 || i.directLoss < 0)
        return Error{u"incident.counts"_s, tr("Casualty figures and the loss cannot be negative.")};
    if (i.platformReportedAt.isValid() && i.platformReportedAt < i.occurredAt)
        return Error{u"incident.platform_reported_at"_s,
                     tr("The national platform report cannot be earlier than the incident. Check both times.")};
    if (i.unitReportedAt.isValid() && i.unitReportedAt < i.occurredAt)
        return Error{u"incident.unit_reported_at"_s,
                     tr("The unit's report to the bureau cannot be earlier than the incident. Check both times.")};
    if (i.investigationClosedOn.isValid() && i.investigationClosedOn < Clock::chinaDate(i.occurredAt))
        return Error{u"incident.investigation_closed_on"_s,
                     tr("The investigation cannot close before the incident happened. Check the closing date.")};
    return {};
}

QString IncidentRepository::fatalNote(const Incident &i)
{
    if (isNonFatal(i))
        return {};
    return tr("Deaths: %1. The incident is recorded, but it is not part of the non-fatal incident (非亡人事故) "
              "ledger; report it as a fatal accident.")
        .arg(i.deaths);
}

LedgerTable IncidentRepository::ledgerTable()
{
    return {u"incidents"_s, kColumns, u"incident"_s, tr("saving the incident"), u"incident.missing"_s, tr("The incident is no longer on this computer.")};
}

Result<QString> IncidentRepository::create(Incident i, const QString &actor)
{
    const QDateTime clockNow = Database::clockOf(m_db).now();
    if (Status s = validate(i, clockNow); !s)
        return s.error();
    if (i.id.isEmpty())
        i.id = UuidV7::generate();
    if (i.recordedBy.isEmpty())
        i.recordedBy = actor;
    if (Status s = LedgerRowWriter::insert(m_db, ledgerTable(), i.id, values(i), actor, i.kind); !s)
        return s.error();
    return i.id;
}

Status IncidentRepository::update(const Incident &i, const QString &actor)
{
    const QDateTime clockNow = Database::clockOf(m_db).now();
    if (Status s = validate(i, clockNow); !s)
        return s;
    return LedgerRowWriter::update(m_db, ledgerTable(), i.id, values(i), actor, i.kind);
}

std::optional<Incident> IncidentRepository::find(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(selectSql() + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

QList<Incident> IncidentRepository::list(const QString &projectId)
{
    QSqlQuery q(m_db);
    QList<Incident> out;
    if (!LedgerRowWriter::list(q, selectSql(), projectId, u" ORDER BY occurred_at DESC, id DESC"_s))
        return out;
    while (q.next())
        out.append(read(q));
    return out;
}

} // namespace sitesafe
