#include "checklistloader.h"

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QStringList fromJsonArray(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

bool isCriteriaSetCode(const QString &code)
{
    return code.startsWith(u'V'); // "V2024", "V2022"; score sheets are "B.1" … "B.19"
}
} // namespace

ChecklistData ChecklistLoader::load(const QString &inspectionId)
{
    ChecklistData d;
    if (!loadInspection(d, inspectionId))
        return d;
    std::optional<ScoreSheetCatalog> catalog;
    for (const QString &code : d.inspection.checklists) {
        if (isCriteriaSetCode(code)) {
            d.criteriaSet = code;
            loadCriteria(d, code);
            continue;
        }
        if (!catalog) {
            auto builtIn = ScoreSheetCatalogLoader::builtIn();
            if (!builtIn) {
                d.error = builtIn.error().message;
                return d;
            }
            catalog = std::move(builtIn).value();
        }
        loadSheet(d, code, *catalog);
    }
    loadAnswers(d);
    loadParties(d);
    return d;
}

bool ChecklistLoader::loadInspection(ChecklistData &d, const QString &inspectionId)
{
    ReadQuery q(m_db);
    if (!q.run(u"SELECT i.id, i.project_id, i.round, i.kind, i.inspectors, i.started_at, i.status, i.checklists, "
               "p.name FROM inspections i JOIN projects p ON p.id = i.project_id WHERE i.id = ?"_s,
            {inspectionId})) {
        d.error = q.error(QCoreApplication::translate("ChecklistLoader", "reading the inspection")).message;
        return false;
    }
    if (!q.next())
        return false;
    d.isFound = true;
    Inspection &in = d.inspection;
    in.id = q.value(0).toString();
    in.projectId = q.value(1).toString();
    in.round = q.value(2).toInt();
    in.kind = q.value(3).toString();
    in.inspectors = fromJsonArray(q.value(4).toString());
    in.startedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    in.status = q.value(6).toString();
    in.checklists = fromJsonArray(q.value(7).toString());
    d.projectName = q.value(8).toString();
    return true;
}

void ChecklistLoader::loadCriteria(ChecklistData &d, const QString &setCode)
{
    ReadQuery set(m_db);
    if (set.run(u"SELECT title, document FROM criteria_sets WHERE code = ?"_s, {setCode}) && set.next()) {
        d.criteriaTitle = set.value(0).toString();
        d.criteriaDocument = set.value(1).toString();
    }
    set.finish();
    QHash<QString, QStringList> conditions;
    ReadQuery c(m_db);
    if (c.run(u"SELECT i.parent_code, i.text FROM criteria_items i JOIN criteria_sets s ON s.id = i.set_id "
              "WHERE s.code = ? AND i.level = 'condition' ORDER BY i.code"_s,
            {setCode})) {
        while (c.next())
            conditions[c.value(0).toString()].append(c.value(1).toString());
    }
    c.finish();

    ReadQuery q(m_db);
    if (!q.run(u"SELECT i.code, i.parent_code, i.article_number, i.article_title, i.text, i.is_uncertain, "
               "i.requires_reason FROM criteria_items i JOIN criteria_sets s ON s.id = i.set_id "
               "WHERE s.code = ? AND i.level = 'item' ORDER BY i.article_number, i.item_number"_s,
            {setCode})) {
        d.error = q.error(QCoreApplication::translate("ChecklistLoader", "reading the criteria")).message;
        return;
    }
    while (q.next()) {
        ChecklistItem item;
        item.code = q.value(0).toString();
        item.sectionCode = q.value(1).toString();
        item.setCode = setCode;
        item.isCriterion = true;
        item.articleNumber = q.value(2).toInt();
        item.articleTitle = q.value(3).toString();
        item.text = q.value(4).toString();
        item.isUncertain = q.value(5).toInt() != 0;
        item.requiresReason = q.value(6).toInt() != 0;
        item.conditions = conditions.value(item.code);
        if (d.sections.isEmpty() || d.sections.constLast().code != item.sectionCode)
            d.sections.append({item.sectionCode, item.articleTitle, {}});
        d.sections.last().items.append(int(d.items.size()));
        d.items.append(item);
    }
}

void ChecklistLoader::loadSheet(ChecklistData &d, const QString &sheetCode, const ScoreSheetCatalog &catalog)
{
    const ScoreSheet *sheet = catalog.findSheet(sheetCode);
    ReadQuery q(m_db);
    if (!q.run(u"SELECT code, text, article_title, is_uncertain, item_kind, points FROM criteria_items "
               "WHERE level = 'sheet_item' AND parent_code = ? ORDER BY item_number"_s,
            {sheetCode})) {
        d.error = q.error(QCoreApplication::translate("ChecklistLoader", "reading the score sheet")).message;
        return;
    }
    ChecklistSection section {sheetCode, sheet ? sheet->title : sheetCode, {}};
    while (q.next()) {
        ChecklistItem item;
        item.code = q.value(0).toString();
        item.sectionCode = sheetCode;
        item.setCode = catalog.code;
        item.text = q.value(1).toString();
        if (section.title.isEmpty())
            section.title = q.value(2).toString();
        item.isUncertain = q.value(3).toInt() != 0;
        item.itemKind = q.value(4).toString();
        item.points = q.value(5).toDouble();
        if (sheet) {
            for (const ScoreSheetItem &si : sheet->items) {
                if (si.code == item.code)
                    item.deductions = si.deductions;
            }
        }
        section.items.append(int(d.items.size()));
        d.items.append(item);
    }
    if (!section.items.isEmpty())
        d.sections.append(section);
}

void ChecklistLoader::loadAnswers(ChecklistData &d)
{
    QHash<QString, int> byCode;
    for (int i = 0; i < d.items.size(); ++i)
        byCode.insert(d.items.at(i).code, i);
    ReadQuery q(m_db);
    if (!q.run(u"SELECT item_code, result, note, deduction FROM inspection_answers "
               "WHERE inspection_id = ? AND is_withdrawn = 0"_s,
            {d.inspection.id}))
        return;
    while (q.next()) {
        const int index = byCode.value(q.value(0).toString(), -1);
        if (index < 0)
            continue;
        ChecklistItem &item = d.items[index];
        item.result = q.value(1).toString();
        item.note = q.value(2).toString();
        item.deduction = q.value(3).toDouble();
    }
}

void ChecklistLoader::loadParties(ChecklistData &d)
{
    ReadQuery q(m_db);
    if (q.run(u"SELECT pp.enterprise_id, e.name, pp.role FROM project_participants pp "
              "JOIN enterprises e ON e.id = pp.enterprise_id WHERE pp.project_id = ? "
              "ORDER BY pp.role <> 'general_contractor', pp.role, e.name"_s,
            {d.inspection.projectId})) {
        while (q.next()) {
            d.parties.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
            if (d.generalContractorId.isEmpty() && q.value(2).toString() == u"general_contractor"_s)
                d.generalContractorId = q.value(0).toString();
        }
    }
    q.finish();
    if (q.run(u"SELECT pe.name FROM project_key_people kp JOIN people pe ON pe.id = kp.person_id "
              "WHERE kp.project_id = ? AND kp.role = 'project_manager' ORDER BY kp.id LIMIT 1"_s,
            {d.inspection.projectId})
        && q.next())
        d.projectManager = q.value(0).toString();
}

} // namespace sitesafe
