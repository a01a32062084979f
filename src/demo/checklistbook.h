#pragma once

#include <QList>
#include <QString>

#include "democontext.h"
#include "findingtexts.h"

namespace sitesafe::demo {

/// One checklist item as the generator walks it: the catalog code plus what decides whether it applies to a
/// site, what an inspector writes when it fails, and what on site it concerns.
struct ChecklistItem {
    QString code; ///< "V2024-08-04", "V2022-05-03", "B.17-03"
    QString finding; ///< the inspector's note when the item fails
    quint32 requiresAny = 0; ///< SiteFeature flags of which one must be present; 0: applies everywhere
    int sheet = -1; ///< JGJ 59: index of the score sheet (sheets apply per project)
    double points = 0; ///< JGJ 59: 应得分, caps the deduction
    SiteTopic topic = SiteTopic::General;
    QString equipmentKind; ///< hazards on this item concern a machine of this kind
    QString dangerousWorkCategory; ///< … or a 危大工程 of this category ("*": any)
};

/// Whether a JGJ 59 score sheet applies to a project: it needs one of the features and then applies with the
/// given chance (门式 scaffolds are rare, 扣件式 common).
struct SheetRule {
    quint32 requiresAny = 0;
    double chance = 1;
};

/// The three built-in checklists (V2024 and V2022 judging items, JGJ 59-2011 score-sheet items) loaded once from
/// the catalogs compiled into sitesafe_core, with the applicability rules of the demo generator.
class ChecklistBook
{
public:
    ChecklistBook();

    bool isLoaded() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }
    const QList<ChecklistItem> &items(ChecklistTemplate checklist) const;
    const QList<SheetRule> &sheetRules() const { return m_sheetRules; }
    /// What Inspection::templateCode stores: "V2024", "V2022" or "JGJ59-2011".
    static QString templateCode(ChecklistTemplate checklist);

private:
    void loadCriteria(const QString &code, QList<ChecklistItem> &out);
    void loadScoreSheets();

    QList<ChecklistItem> m_v2024;
    QList<ChecklistItem> m_v2022;
    QList<ChecklistItem> m_jgj59;
    QList<SheetRule> m_sheetRules;
    QString m_error;
};

} // namespace sitesafe::demo
