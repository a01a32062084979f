#include "ledgerchoices.h"

#include "core/domainlabels.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QList<LedgerChoices::Choice> LedgerChoices::projects(ReadConnection db)
{
    QList<Choice> out;
    ReadQuery q(db);
    if (!q.exec(u"SELECT id, name FROM projects ORDER BY name, id"_s))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

LedgerChoices::Parties LedgerChoices::parties(ReadConnection db, const QString &projectId)
{
    Parties out;
    ReadQuery q(db);
    if (q.run(u"SELECT e.id, e.name, min(pp.role) FROM project_participants pp JOIN enterprises e ON e.id = "
              "pp.enterprise_id WHERE pp.project_id = ? GROUP BY e.id ORDER BY min(pp.role), e.name"_s,
              {projectId})) {
        while (q.next())
            out.enterprises.append({q.value(0).toString(), tr("%1 (%2)").arg(q.value(1).toString(),
                                                                      DomainLabels::participantRole(q.value(2).toString()))});
    }
    q.finish();
    // Key posts first (项目负责人, 安全员, 总监), then everyone else of the project's enterprises.
    if (q.run(u"SELECT pe.id, pe.name, min(k.role), min(e.name) FROM people pe "
              "LEFT JOIN project_key_people k ON k.person_id = pe.id AND k.project_id = ? "
              "LEFT JOIN enterprises e ON e.id = pe.enterprise_id "
              "WHERE k.id IS NOT NULL OR pe.enterprise_id IN (SELECT enterprise_id FROM project_participants "
              "WHERE project_id = ?) GROUP BY pe.id ORDER BY min(k.role) IS NULL, min(k.role), pe.name LIMIT 500"_s,
              {projectId, projectId})) {
        while (q.next()) {
            const QString post = q.value(2).isNull() ? q.value(3).toString()
                                                     : DomainLabels::keyPersonRole(q.value(2).toString());
            out.people.append({q.value(0).toString(), tr("%1 — %2").arg(q.value(1).toString(), post)});
        }
    }
    q.finish();
    if (q.run(u"SELECT id, coalesce(criteria_item, ''), description FROM hazards WHERE project_id = ? "
              "ORDER BY found_at DESC LIMIT 300"_s,
              {projectId})) {
        while (q.next()) {
            const QString code = q.value(1).toString();
            const QString text = q.value(2).toString().left(40);
            out.hazards.append({q.value(0).toString(), code.isEmpty() ? text : code + u" · "_s + text});
        }
    }
    return out;
}

} // namespace sitesafe
