#include "hazardprefill.h"

#include "core/measurerule.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
Hazard common(const ChecklistData &checklist)
{
    Hazard h;
    h.inspectionId = checklist.inspection.id;
    h.projectId = checklist.inspection.projectId;
    h.criteriaSet = checklist.criteriaSet.isEmpty() ? u"V2024"_s : checklist.criteriaSet;
    h.responsibleEnterpriseId = checklist.generalContractorId;
    h.responsiblePerson = checklist.projectManager;
    return h;
}
} // namespace

Hazard HazardPrefill::forItem(const ChecklistData &checklist, const ChecklistItem &item, QDate today)
{
    Hazard h = common(checklist);
    const QString description = item.note.isEmpty() ? item.text : item.note;
    if (item.isCriterion) {
        h.criteriaSet = item.setCode;
        h.criteriaItem = item.code;
        h.isMajor = true;
        h.description = description;
        const SuggestedMeasure suggestion = MeasureRule::forCriterion(item.articleNumber, !item.conditions.isEmpty());
        h.measure = suggestion.measure;
        h.deadline = MeasureRule::deadline(suggestion, today);
        return h;
    }
    h.basisText = sheetBasisText(item);
    h.description = description;
    const SuggestedMeasure suggestion = MeasureRule::forGeneralHazard();
    h.measure = suggestion.measure;
    h.deadline = MeasureRule::deadline(suggestion, today);
    return h;
}

Hazard HazardPrefill::general(const ChecklistData &checklist, QDate today)
{
    Hazard h = common(checklist);
    const SuggestedMeasure suggestion = MeasureRule::forGeneralHazard();
    h.measure = suggestion.measure;
    h.deadline = MeasureRule::deadline(suggestion, today);
    return h;
}

QString HazardPrefill::basisLabel(const ChecklistData &checklist, const ChecklistItem &item)
{
    if (!item.isCriterion)
        return sheetBasisText(item);
    QString edition = item.setCode;
    if (item.setCode == checklist.criteriaSet && !checklist.criteriaTitle.isEmpty()) {
        edition = u"《%1》"_s.arg(checklist.criteriaTitle);
        if (!checklist.criteriaDocument.isEmpty())
            edition += u"（%1）"_s.arg(checklist.criteriaDocument);
    }
    return tr("%1, article %2 %3, item %4: %5")
        .arg(edition)
        .arg(item.articleNumber)
        .arg(item.articleTitle, item.code, item.text);
}

QString HazardPrefill::sheetBasisText(const ChecklistItem &item)
{
    return u"JGJ 59-2011 表%1 %2"_s.arg(item.sectionCode, item.text);
}

} // namespace sitesafe
