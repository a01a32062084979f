#include "enforcementrepository.h"

#include <QSqlQuery>

#include "auditlog.h"
#include "core/clock.h"
#include "core/enforcementkinds.h"
#include "core/uuidv7.h"
#include "core/violationtypes.h"
#include "database.h"
#include "ledgerrowwriter.h"
#include "sqlvalues.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace V = SqlValues;

namespace {

const QStringList kColumns{u"project_id"_s, u"hazard_id"_s,   u"enterprise_id"_s, u"kind"_s,
                           u"document_no"_s, u"amount"_s,     u"decided_on"_s,    u"note"_s,
                           u"person_id"_s,  u"violation_code"_s, u"points"_s,     u"hazard_ids"_s,
                           u"notice_id"_s,  u"decided_by"_s,  u"clock_offset_ms"_s, u"is_time_doubtful"_s};

QVariantList values(const EnforcementAction &a)
{
    return {QVariant(a.projectId), V::text(a.hazardIds.value(0, a.hazardId)), V::text(a.enterpriseId),
            QVariant(a.kind), V::text(a.documentNo.trimmed()), QVariant(a.amount), V::date(a.decidedOn),
            V::text(a.note.trimmed()), V::text(a.personId), V::text(a.violationCode), QVariant(a.points),
            QVariant(V::jsonArray(a.hazardIds)), V::text(a.noticeId), V::text(a.decidedBy.trimmed()),
            V::offset(a.timeTrust), V::boolean(a.timeTrust.isDoubtful)};
}

EnforcementAction read(const QSqlQuery &q)
{
    EnforcementAction a;
    a.id = q.value(0).toString();
    a.projectId = q.value(1).toString();
    a.hazardId = q.value(2).toString();
    a.enterpriseId = q.value(3).toString();
    a.kind = q.value(4).toString();
    a.documentNo = q.value(5).toString();
    a.amount = q.value(6).toDouble();
    a.decidedOn = V::toDate(q.value(7));
    a.note = q.value(8).toString();
    a.personId = q.value(9).toString();
    a.violationCode = q.value(10).toString();
    a.points = q.value(11).toInt();
    a.hazardIds = V::fromJsonArray(q.value(12).toString());
    a.noticeId = q.value(13).toString();
    a.decidedBy = q.value(14).toString();
    a.timeTrust = V::toTimeTrust(q.value(15), q.value(16));
    return a;
}

QString selectSql()
{
    return u"SELECT id, "_s + kColumns.join(u", "_s) + u" FROM enforcement_actions"_s;
}

} // namespace

Status EnforcementRepository::validate(const EnforcementAction &a)
{
    if (a.projectId.isEmpty())
        return Error{u"enforcement.project"_s, tr("Choose the project the action concerns.")};
    if (!EnforcementKinds::isKnown(a.kind))
        return Error{u"enforcement.kind"_s, tr("Choose the kind of action (warning letter, fine, …).")};
    if (!a.violationCode.isEmpty() && !ViolationTypes::isKnown(a.violationCode))
        return Error{u"enforcement.violation"_s,
                     tr("“%1” is not a violation this version knows. Choose one from the list.").arg(a.violationCode)};
    if (EnforcementKinds::needsAmount(a.kind) && a.amount <= 0)
        return Error{u"enforcement.amount"_s, tr("A fine needs its amount. Enter the amount in 10,000 yuan.")};
    if (a.amount < 0)
        return Error{u"enforcement.amount"_s, tr("The amount cannot be negative.")};
    if (EnforcementKinds::needsPoints(a.kind) && a.points <= 0)
        return Error{u"enforcement.points"_s,
                     tr("Deducting credit points needs the number of points. Enter how many points are deducted.")};
    if (a.points < 0)
        return Error{u"enforcement.points"_s, tr("The points cannot be negative.")};
    if (EnforcementKinds::needsPerson(a.kind) && a.personId.isEmpty())
        return Error{u"enforcement.person"_s,
                     tr("“%1” is addressed to a person. Choose the person it is taken against.")
                         .arg(EnforcementKinds::label(a.kind))};
    return {};
}

LedgerTable EnforcementRepository::ledgerTable()
{
    return {u"enforcement_actions"_s, kColumns, u"enforcement"_s, tr("saving the enforcement action"), u"enforcement.missing"_s, tr("The enforcement action is no longer on this computer.")};
}

Result<QString> EnforcementRepository::create(EnforcementAction a, const QString &actor)
{
    if (Status s = validate(a); !s)
        return s.error();
    if (a.id.isEmpty())
        a.id = UuidV7::generate();
    if (Status s = LedgerRowWriter::insert(m_db, ledgerTable(), a.id, values(a), actor, a.kind); !s)
        return s.error();
    return a.id;
}

Status EnforcementRepository::update(const EnforcementAction &a, const QString &actor)
{
    if (Status s = validate(a); !s)
        return s;
    return LedgerRowWriter::update(m_db, ledgerTable(), a.id, values(a), actor, a.kind);
}

std::optional<EnforcementAction> EnforcementRepository::find(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(selectSql() + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

QList<EnforcementAction> EnforcementRepository::list(const QString &projectId)
{
    QSqlQuery q(m_db);
    QList<EnforcementAction> out;
    if (!LedgerRowWriter::list(q, selectSql(), projectId, u" ORDER BY decided_on DESC, created_at DESC, id DESC"_s))
        return out;
    while (q.next())
        out.append(read(q));
    return out;
}

} // namespace sitesafe
