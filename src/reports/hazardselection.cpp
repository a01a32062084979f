#include "hazardselection.h"

#include <QVariantList>

#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

/// The lifecycle in order (core HazardLifecycle): a hazard has reached a stage when its status is that stage's
/// or a later one; voided hazards are outside the lifecycle.
const QStringList kLifecycle{u"open"_s, u"rectifying"_s, u"reported"_s, u"verified"_s, u"closed"_s};

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

/// The conditions of `s` that countEach() may vary between selections (statuses, overdue); empty for none.
QString narrowing(const HazardSelection &s, QVariantList &values)
{
    QStringList conditions;
    if (!s.statuses.isEmpty()) {
        conditions << u"+h.status IN (%1)"_s.arg(placeholders(s.statuses.size()));
        for (const QString &status : s.statuses)
            values << status;
    }
    if (s.overdueOn.isValid()) {
        conditions << u"+h.status IN ('open', 'rectifying') AND coalesce(h.effective_deadline, h.deadline) < ?"_s;
        values << s.overdueOn.toString(Qt::ISODate);
    }
    return conditions.join(u" AND "_s);
}

HazardSelection withoutNarrowing(HazardSelection s)
{
    s.statuses.clear();
    s.overdueOn = QDate();
    return s;
}

Error readError(const ReadQuery &q)
{
    return Error{u"storage"_s, HazardSelectionQuery::tr("The dashboard figures could not be read (%1). Check the data "
                                                        "folder with sitesafe-cli check.")
                                   .arg(q.errorText())};
}

} // namespace

QString HazardSelectionQuery::articleExpression()
{
    return u"coalesce(substr(h.criteria_item, 1, 8), '%1')"_s.arg(HazardSelection::noArticle());
}

QString HazardSelectionQuery::fromWhere(const HazardSelection &s, QVariantList &values)
{
    // Every selection has a found-at range or a place: those drive the search. The unary + keeps SQLite from
    // walking the status or level index instead (a status like 'closed' holds most hazards of a province).
    QString sql = u" FROM hazards h JOIN projects p ON p.id = h.project_id WHERE +h.status <> 'voided'"_s;
    if (!s.jurisdictionCode.isEmpty()) {
        sql += u" AND (p.jurisdiction_code = ? OR p.park_code = ?)"_s;
        values << s.jurisdictionCode << s.jurisdictionCode;
    }
    if (!s.foundFromUtc.isEmpty()) {
        sql += u" AND h.found_at >= ?"_s;
        values << s.foundFromUtc;
    }
    if (!s.foundToUtc.isEmpty()) {
        sql += u" AND h.found_at < ?"_s;
        values << s.foundToUtc;
    }
    if (s.isMajorOnly)
        sql += u" AND +h.is_major = 1"_s;
    if (!s.article.isEmpty()) {
        sql += u" AND "_s + articleExpression() + u" = ?"_s;
        values << s.article;
    }
    if (!s.enterpriseId.isEmpty()) {
        sql += u" AND h.responsible_enterprise_id = ?"_s;
        values << s.enterpriseId;
    }
    const QString narrowed = narrowing(s, values);
    if (!narrowed.isEmpty())
        sql += u" AND "_s + narrowed;
    return sql;
}

Result<qint64> HazardSelectionQuery::count(ReadConnection db, const HazardSelection &selection)
{
    QVariantList values;
    const QString sql = u"SELECT count(*)"_s + fromWhere(selection, values);
    ReadQuery q(db);
    if (!q.run(sql, values) || !q.next())
        return readError(q);
    return q.value(0).toLongLong();
}

Result<QList<qint64>> HazardSelectionQuery::countEach(ReadConnection db, const QList<HazardSelection> &selections)
{
    if (selections.isEmpty())
        return QList<qint64>{};
    const HazardSelection base = withoutNarrowing(selections.first());
    QVariantList values;
    QStringList sums;
    for (const HazardSelection &s : selections) {
        if (withoutNarrowing(s) != base)
            return Error{u"internal"_s, tr("The dashboard asked to count unrelated selections together.")};
        const QString narrowed = narrowing(s, values);
        sums << (narrowed.isEmpty() ? u"count(*)"_s : u"coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0)"_s.arg(narrowed));
    }
    const QString sql = u"SELECT "_s + sums.join(u", "_s) + fromWhere(base, values);
    ReadQuery q(db);
    if (!q.run(sql, values) || !q.next())
        return readError(q);
    QList<qint64> counts;
    for (int i = 0; i < selections.size(); ++i)
        counts << q.value(i).toLongLong();
    return counts;
}

Result<QList<std::pair<QString, qint64>>> HazardSelectionQuery::countBy(ReadConnection db,
                                                                        const HazardSelection &selection,
                                                                        const QString &expression)
{
    QVariantList values;
    const QString sql = u"SELECT %1 AS k, count(*) AS n"_s.arg(expression) + fromWhere(selection, values)
        + u" AND %1 IS NOT NULL GROUP BY k ORDER BY n DESC, k"_s.arg(expression);
    ReadQuery q(db);
    if (!q.run(sql, values))
        return readError(q);
    QList<std::pair<QString, qint64>> counts;
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toLongLong()});
    return counts;
}

Result<QList<HazardSelectionRow>> HazardSelectionQuery::rows(ReadConnection db, const HazardSelection &selection)
{
    QVariantList values;
    const QString sql = u"SELECT h.id, h.seq, h.status, h.is_major, h.description, p.name, "
                        "(SELECT j.name FROM jurisdictions j WHERE j.code = p.jurisdiction_code), h.criteria_item, "
                        "h.found_at, coalesce(h.effective_deadline, h.deadline), "
                        "(SELECT e.name FROM enterprises e WHERE e.id = h.responsible_enterprise_id)"_s
        + fromWhere(selection, values) + u" ORDER BY h.found_at DESC, h.seq DESC"_s;
    ReadQuery q(db);
    if (!q.run(sql, values))
        return readError(q);
    QList<HazardSelectionRow> rows;
    while (q.next()) {
        HazardSelectionRow r;
        r.id = q.value(0).toString();
        r.seq = q.value(1).toLongLong();
        r.status = q.value(2).toString();
        r.isMajor = q.value(3).toInt() == 1;
        r.description = q.value(4).toString();
        r.projectName = q.value(5).toString();
        r.jurisdictionName = q.value(6).toString();
        r.criteriaItem = q.value(7).toString();
        r.foundAt = q.value(8).toString();
        r.deadline = q.value(9).toString();
        r.enterpriseName = q.value(10).toString();
        rows << r;
    }
    return rows;
}

QStringList HazardSelectionQuery::statusesFrom(const QString &stage)
{
    const qsizetype at = kLifecycle.indexOf(stage);
    if (at <= 0)
        return {}; // found: every hazard not voided
    return kLifecycle.mid(at);
}

QStringList HazardSelectionQuery::rectifiedStatuses()
{
    return statusesFrom(u"verified"_s);
}

} // namespace sitesafe
