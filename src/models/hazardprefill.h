#pragma once

#include <QCoreApplication>
#include <QDate>

#include "checklistdata.h"

namespace sitesafe {

/// What the hazard form starts from for a failed item or a general hazard: the legal basis (criteria edition and
/// item, or the JGJ 59 sheet and item as basis text), is_major for criteria items, the suggested measure and its
/// deadline (core MeasureRule), the project's general contractor and its project manager as responsible party.
/// The inspector confirms or edits every field. Until the criteria-edition rule by date lands, the edition is
/// the inspection's checklist's, which is always the edition in force on its date.
class HazardPrefill
{
    Q_DECLARE_TR_FUNCTIONS(HazardPrefill)

public:
    static Hazard forItem(const ChecklistData &checklist, const ChecklistItem &item, QDate today);
    /// A hazard recorded outside the checklist, with a free-text basis.
    static Hazard general(const ChecklistData &checklist, QDate today);
    /// The legal basis in words: "《…判定标准（2024版）》(建质规〔2024〕5号), article 8 建筑起重机械及吊装工程, item
    /// V2024-08-04: <official text>"; for a score-sheet item its basis text.
    static QString basisLabel(const ChecklistData &checklist, const ChecklistItem &item);
    /// "JGJ 59-2011 表B.14 <item title>": the basis_text of a general hazard from a score-sheet item.
    static QString sheetBasisText(const ChecklistItem &item);
};

} // namespace sitesafe
