#include "inspectionchoices.h"

#include "storage/readquery.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QList<InspectionChoices::Project> InspectionChoices::searchProjects(ReadConnection db, const QString &text, int limit)
{
    QList<Project> out;
    QString escaped = text.trimmed();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    const QString contains = u"%"_s + escaped + u"%"_s;
    const QString startsWith = escaped + u"%"_s;
    ReadQuery q(db);
    // Names that start with the text first: typing the beginning of a name should put that project on top.
    if (!q.run(u"SELECT p.id, p.name, p.permit_no, p.platform_no, coalesce(j.name, p.jurisdiction_code) "
               "FROM projects p LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code "
               "WHERE p.name LIKE ? ESCAPE '\\' OR p.permit_no LIKE ? ESCAPE '\\' OR p.platform_no LIKE ? ESCAPE '\\' "
               "ORDER BY p.name NOT LIKE ? ESCAPE '\\', p.name, p.id LIMIT ?"_s,
               QVariantList{contains, contains, contains, startsWith, limit}))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}

InspectionChoices::ProjectWorks InspectionChoices::projectWorks(ReadConnection db, const QString &projectId)
{
    ProjectWorks out;
    out.projectId = projectId;
    ReadQuery q(db);
    if (q.run(u"SELECT category, coalesce(description, '') FROM dangerous_works WHERE project_id = ? "
              "ORDER BY category, id"_s,
              QVariantList{projectId})) {
        while (q.next())
            out.works.append({q.value(0).toString(), q.value(1).toString()});
    }
    ReadQuery e(db);
    if (e.run(u"SELECT DISTINCT kind FROM equipment WHERE project_id = ? AND status <> 'dismantled' ORDER BY kind"_s,
              QVariantList{projectId})) {
        while (e.next())
            out.equipmentKinds.append(e.value(0).toString());
    }
    return out;
}

QStringList InspectionChoices::inspectorNames(ReadConnection db)
{
    QStringList out;
    ReadQuery q(db);
    if (!q.exec(u"SELECT trim(n.value) AS name, count(*) AS uses FROM inspections i, json_each(i.inspectors) n "
                "WHERE trim(n.value) <> '' GROUP BY name ORDER BY uses DESC, name"_s))
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QList<InspectionChoices::Edition> InspectionChoices::criteriaEditions(ReadConnection db)
{
    QList<Edition> out;
    ReadQuery q(db);
    if (!q.exec(u"SELECT code, coalesce(edition, 0), title, coalesce(document, ''), effective_on, repealed_on "
                "FROM criteria_sets WHERE kind = 'major_hazard_criteria' ORDER BY edition DESC"_s))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                    SqlValues::toDate(q.value(4)), SqlValues::toDate(q.value(5))});
    return out;
}

QList<ChecklistSelection::Edition> InspectionChoices::selectionEditions(const QList<Edition> &editions)
{
    QList<ChecklistSelection::Edition> out;
    for (const Edition &e : editions)
        out.append({e.code, e.effectiveOn, e.repealedOn});
    return out;
}

} // namespace sitesafe
