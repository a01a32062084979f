#include "checklistbook.h"

#include "core/criteriacatalog.h"
#include "core/scoresheetcatalog.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

/// Applicability, topic and links of a V2024 item by its "NN-NN" suffix.
void describeV2024(const QString &suffix, ChecklistItem &item)
{
    const int article = QStringView(suffix).left(2).toInt();
    constexpr quint32 anyLifting = TowerCrane | ConstructionHoist | MaterialHoist | Lifting;
    switch (article) {
    case 4:
        item.dangerousWorkCategory = (suffix == u"04-04" || suffix == u"04-05") ? u"*"_s : QString();
        break;
    case 5:
        item.requiresAny = Excavation;
        item.topic = SiteTopic::Excavation;
        item.dangerousWorkCategory = u"excavation"_s;
        break;
    case 6:
        item.requiresAny = Formwork;
        item.topic = SiteTopic::Formwork;
        item.dangerousWorkCategory = u"formwork"_s;
        break;
    case 7:
        item.requiresAny = suffix == u"07-03" ? quint32(AttachedScaffold) : quint32(Scaffolding);
        item.topic = SiteTopic::Scaffold;
        item.dangerousWorkCategory = u"scaffolding"_s;
        break;
    case 8:
        if (suffix == u"08-06") {
            item.requiresAny = ConstructionHoist;
            item.topic = SiteTopic::Hoist;
            item.equipmentKind = u"construction_hoist"_s;
        } else {
            item.requiresAny = (suffix == u"08-07" || suffix == u"08-08") ? quint32(TowerCrane) : anyLifting;
            item.topic = SiteTopic::Crane;
            item.equipmentKind = u"tower_crane"_s;
            if (suffix == u"08-03")
                item.dangerousWorkCategory = u"lifting"_s;
        }
        break;
    case 9:
        item.requiresAny = (suffix == u"09-01" || suffix == u"09-02") ? quint32(SteelStructure)
            : suffix == u"09-05"                                      ? quint32(Gondola)
                                                                      : quint32(Building);
        item.topic = SiteTopic::Height;
        break;
    case 10:
        item.topic = SiteTopic::Electric;
        break;
    case 11:
        item.requiresAny = ConfinedSpace;
        item.topic = SiteTopic::ConfinedSpace;
        break;
    case 12:
        item.requiresAny = Demolition;
        item.dangerousWorkCategory = u"demolition"_s;
        break;
    case 13:
        item.requiresAny = Tunnelling;
        item.topic = SiteTopic::Tunnel;
        item.dangerousWorkCategory = u"tunnelling"_s;
        break;
    case 14:
        if (suffix != u"14-03") {
            item.requiresAny = Excavation;
            item.topic = SiteTopic::Excavation;
        }
        break;
    case 15:
        if (suffix != u"15-01") {
            item.requiresAny = TowerCrane | Lifting;
            item.topic = SiteTopic::Crane;
            item.equipmentKind = u"tower_crane"_s;
        }
        break;
    case 16:
        item.topic = SiteTopic::Scaffold;
        break;
    case 17:
        item.topic = SiteTopic::Crane;
        item.equipmentKind = u"tower_crane"_s;
        break;
    default:
        break;
    }
}

struct SheetProfile {
    const char16_t *code;
    quint32 requiresAny;
    double chance;
    SiteTopic topic;
    const char16_t *equipmentKind;
    const char16_t *dangerousWorkCategory;
};

const SheetProfile kSheets[] = {
    {u"B.1", 0, 1, SiteTopic::General, u"", u""},
    {u"B.2", 0, 1, SiteTopic::General, u"", u""},
    {u"B.3", Scaffolding, 0.7, SiteTopic::Scaffold, u"", u"scaffolding"},
    {u"B.4", Scaffolding, 0.05, SiteTopic::Scaffold, u"", u"scaffolding"},
    {u"B.5", Scaffolding | Formwork, 0.15, SiteTopic::Scaffold, u"", u""},
    {u"B.6", Scaffolding | Formwork, 0.3, SiteTopic::Scaffold, u"", u""},
    {u"B.7", Formwork, 0.5, SiteTopic::Formwork, u"", u"formwork"},
    {u"B.8", Scaffolding, 0.5, SiteTopic::Scaffold, u"", u"scaffolding"},
    {u"B.9", AttachedScaffold, 1, SiteTopic::Scaffold, u"", u"scaffolding"},
    {u"B.10", Gondola, 1, SiteTopic::Height, u"", u""},
    {u"B.11", Excavation, 1, SiteTopic::Excavation, u"", u"excavation"},
    {u"B.12", Formwork, 1, SiteTopic::Formwork, u"", u"formwork"},
    {u"B.13", 0, 1, SiteTopic::Height, u"", u""},
    {u"B.14", 0, 1, SiteTopic::Electric, u"", u""},
    {u"B.15", MaterialHoist, 1, SiteTopic::Hoist, u"material_hoist", u""},
    {u"B.16", ConstructionHoist, 1, SiteTopic::Hoist, u"construction_hoist", u""},
    {u"B.17", TowerCrane, 1, SiteTopic::Crane, u"tower_crane", u""},
    {u"B.18", Lifting, 1, SiteTopic::Crane, u"", u"lifting"},
    {u"B.19", 0, 1, SiteTopic::General, u"", u""},
};

} // namespace

ChecklistBook::ChecklistBook()
{
    loadCriteria(u"V2024"_s, m_v2024);
    loadCriteria(u"V2022"_s, m_v2022);
    loadScoreSheets();
}

QString ChecklistBook::templateCode(ChecklistTemplate checklist)
{
    switch (checklist) {
    case ChecklistTemplate::V2024:
        return u"V2024"_s;
    case ChecklistTemplate::V2022:
        return u"V2022"_s;
    case ChecklistTemplate::Jgj59:
        return u"JGJ59-2011"_s;
    }
    return {};
}

const QList<ChecklistItem> &ChecklistBook::items(ChecklistTemplate checklist) const
{
    switch (checklist) {
    case ChecklistTemplate::V2024:
        return m_v2024;
    case ChecklistTemplate::V2022:
        return m_v2022;
    case ChecklistTemplate::Jgj59:
        break;
    }
    return m_jgj59;
}

void ChecklistBook::loadCriteria(const QString &code, QList<ChecklistItem> &out)
{
    const Result<CriteriaCatalog> catalog = CriteriaCatalogLoader::builtIn(code);
    if (!catalog) {
        m_error = catalog.error().message;
        return;
    }
    const FindingTexts &texts = FindingTexts::instance();
    const bool isV2022 = code == u"V2022";
    for (const CriteriaArticle &article : catalog.value().articles) {
        if (!article.isJudging)
            continue;
        for (const CriteriaItem &criterion : article.items) {
            ChecklistItem item;
            item.code = criterion.code;
            const QString suffix = criterion.code.mid(code.size() + 1); // "08-04"
            const QString v2024Suffix = isV2022 ? texts.v2024Equivalent(suffix) : suffix;
            describeV2024(v2024Suffix, item);
            item.finding = texts.majorFinding(v2024Suffix);
            if (item.finding.isEmpty())
                item.finding = criterion.text;
            out.append(item);
        }
    }
}

void ChecklistBook::loadScoreSheets()
{
    const Result<ScoreSheetCatalog> catalog = ScoreSheetCatalogLoader::builtIn();
    if (!catalog) {
        m_error = catalog.error().message;
        return;
    }
    for (const ScoreSheet &sheet : catalog.value().sheets) {
        const SheetProfile *profile = nullptr;
        for (const SheetProfile &candidate : kSheets) {
            if (sheet.code == QStringView(candidate.code))
                profile = &candidate;
        }
        SheetRule rule;
        if (profile) {
            rule.requiresAny = profile->requiresAny;
            rule.chance = profile->chance;
        }
        const int sheetIndex = static_cast<int>(m_sheetRules.size());
        m_sheetRules.append(rule);
        QString shortTitle = sheet.title;
        shortTitle.remove(u"检查评分表"_s);
        for (const ScoreSheetItem &scoreItem : sheet.items) {
            ChecklistItem item;
            item.code = scoreItem.code;
            item.sheet = sheetIndex;
            item.points = scoreItem.points;
            if (profile) {
                item.topic = profile->topic;
                item.equipmentKind = QString::fromUtf16(profile->equipmentKind);
                item.dangerousWorkCategory = QString::fromUtf16(profile->dangerousWorkCategory);
            }
            item.finding = !scoreItem.deductions.isEmpty() ? scoreItem.deductions.constFirst().text
                                                           : shortTitle + u"：“"_s + scoreItem.title + u"”不符合要求"_s;
            m_jgj59.append(item);
        }
    }
}

} // namespace sitesafe::demo
