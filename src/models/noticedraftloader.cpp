#include "noticedraftloader.h"

#include <algorithm>

#include "core/domainlabels.h"
#include "noticedefaults.h"
#include "noticelistmodel.h"
#include "storage/noticerepository.h"
#include "storage/readquery.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

/// "《…判定标准（2024版）》（建质规〔2024〕5号）第八条第4项", "《建筑施工安全检查标准 JGJ 59-2011》表B.14
/// 配电室与配电装置" for a score-sheet item, or the hazard's own basis text.
QString basisOf(const ReadQuery &q)
{
    const QString title = q.value(11).toString();
    if (title.isEmpty())
        return q.value(10).toString();
    QString text = u"《"_s + title + u"》"_s;
    if (const QString document = q.value(12).toString(); !document.isEmpty())
        text += u"（"_s + document + u"）"_s;
    if (q.value(15).toString() == u"sheet_item") // a JGJ 59 check item: its sheet and title
        return text + u"表%1 %2"_s.arg(q.value(16).toString(), q.value(17).toString());
    if (const int article = q.value(13).toInt(); article > 0)
        text += u"第"_s + NoticeDefaults::chineseNumber(article) + u"条"_s;
    if (const int item = q.value(14).toInt(); item > 0)
        text += u"第%1项"_s.arg(item);
    return text;
}

int participantOrder(const QString &role)
{
    static const QStringList order {u"general_contractor"_s, u"subcontractor"_s, u"owner"_s, u"supervisor"_s};
    const qsizetype at = order.indexOf(role);
    return at < 0 ? int(order.size()) : int(at);
}

} // namespace

NoticeDraftData NoticeDraftLoader::load(ReadConnection db, const QStringList &hazardIds, const QString &inspectionId)
{
    NoticeDraftData data;
    ReadQuery q(db);
    const auto failed = [&data, &q] {
        data.error = tr("The hazards for the notice could not be read (%1). Reopen the data folder; if it persists, "
                        "check it with sitesafe-cli check.")
                         .arg(q.errorText());
        return data;
    };
    // The project: the first hazard's, else the inspection's.
    if (!hazardIds.isEmpty()) {
        if (!q.run(u"SELECT project_id, inspection_id FROM hazards WHERE id = ?"_s, {hazardIds.first()}))
            return failed();
        if (q.next()) {
            data.projectId = q.value(0).toString();
            data.inspectionId = q.value(1).toString();
        }
    } else if (!inspectionId.isEmpty()) {
        if (!q.run(u"SELECT project_id FROM inspections WHERE id = ?"_s, {inspectionId}))
            return failed();
        if (q.next())
            data.projectId = q.value(0).toString();
        data.inspectionId = inspectionId;
    }
    q.finish();
    if (data.projectId.isEmpty()) {
        data.error = tr("The hazards for the notice are not in this data folder. Reload the hazard list and pick "
                        "them again.");
        return data;
    }
    if (!q.run(u"SELECT name FROM projects WHERE id = ?"_s, {data.projectId}))
        return failed();
    if (q.next())
        data.projectName = q.value(0).toString();
    q.finish();

    if (!q.run(u"SELECT h.id, h.project_id, h.inspection_id, h.status, h.description, h.location, h.measure, "
               "coalesce(h.effective_deadline, h.deadline), h.is_major, h.responsible_enterprise_id, h.basis_text, "
               "cs.title, cs.document, ci.article_number, ci.item_number, ci.level, ci.parent_code, ci.text "
               "FROM hazards h LEFT JOIN criteria_items ci ON ci.code = h.criteria_item "
               "LEFT JOIN criteria_sets cs ON cs.id = ci.set_id "
               "WHERE h.project_id = ? AND h.status IN ('open', 'rectifying') ORDER BY h.found_at, h.id"_s,
            {data.projectId}))
        return failed();
    QList<NoticeHazard> others;
    while (q.next()) {
        NoticeHazard h;
        h.id = q.value(0).toString();
        h.projectId = q.value(1).toString();
        h.inspectionId = q.value(2).toString();
        h.status = q.value(3).toString();
        h.description = q.value(4).toString();
        h.location = q.value(5).toString();
        h.measure = q.value(6).toString();
        h.deadline = SqlValues::toDate(q.value(7));
        h.isMajor = q.value(8).toInt() != 0;
        h.responsibleEnterpriseId = q.value(9).toString();
        h.basis = basisOf(q);
        const bool isPicked = hazardIds.isEmpty() ? h.inspectionId == inspectionId : hazardIds.contains(h.id);
        if (isPicked) {
            data.preselectedIds.append(h.id);
            data.hazards.append(h);
        } else {
            others.append(h);
        }
    }
    q.finish();
    data.hazards.append(others);

    // The caller's hazards that cannot be named, each with the reason.
    for (const QString &id : hazardIds) {
        if (data.preselectedIds.contains(id))
            continue;
        if (!q.run(u"SELECT h.project_id, h.status, h.description FROM hazards h WHERE h.id = ?"_s, {id}))
            return failed();
        if (!q.next())
            data.leftOut.append(tr("A picked hazard is no longer in this data folder and was left out."));
        else if (q.value(0).toString() != data.projectId)
            data.leftOut.append(tr("“%1” belongs to another project and was left out: a notice names the hazards "
                                   "of one project.")
                                    .arg(q.value(2).toString()));
        else
            data.leftOut.append(tr("“%1” is %2 and was left out: only open or rectifying hazards can be named.")
                                    .arg(q.value(2).toString(), DomainLabels::hazardStatus(q.value(1).toString())));
        q.finish();
    }

    if (!q.run(u"SELECT e.id, e.name, pp.role FROM project_participants pp "
               "JOIN enterprises e ON e.id = pp.enterprise_id WHERE pp.project_id = ? ORDER BY e.name"_s,
            {data.projectId}))
        return failed();
    QList<QPair<int, NoticeChoice>> participants;
    while (q.next())
        participants.append({participantOrder(q.value(2).toString()),
            {q.value(0).toString(),
                tr("%1 (%2)").arg(q.value(1).toString(), DomainLabels::participantRole(q.value(2).toString()))}});
    q.finish();
    std::stable_sort(
        participants.begin(), participants.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &p : std::as_const(participants))
        data.enterprises.append(p.second);

    if (!data.inspectionId.isEmpty()) {
        if (!q.run(u"SELECT inspectors FROM inspections WHERE id = ?"_s, {data.inspectionId}))
            return failed();
        if (q.next())
            data.inspectors = SqlValues::fromJsonArray(q.value(0).toString());
        q.finish();
    }

    if (!q.run(u"SELECT id, number, kind FROM notices WHERE project_id = ? AND status = 'issued' "
               "ORDER BY issued_at DESC, id DESC"_s,
            {data.projectId}))
        return failed();
    while (q.next())
        data.notices.append({q.value(0).toString(),
            tr("%1 · %2").arg(q.value(1).toString(), NoticeListModel::kindLabel(q.value(2).toString()))});
    q.finish();

    for (const NumberBlockStatus &s : NoticeRepository(db.database()).blockStatus())
        data.remaining.insert(s.kind, s.remaining);
    return data;
}

} // namespace sitesafe
