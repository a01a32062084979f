#pragma once

#include <QHash>

#include "scoresheetcatalog.h"

namespace sitesafe {

/// What the inspector recorded for one check item.
struct ItemMark {
    double deducted = 0;    ///< sum of deductions given
    bool isMissing = false; ///< 缺项: the item does not apply on this site
};

/// The score of one sheet.
struct SheetScore {
    QString sheetCode;
    bool isInspected = false; ///< at least one item applied
    double score = 0;         ///< 0–100, after missing-item scaling and the guaranteed-item veto
    bool isVetoed = false;    ///< a guaranteed item scored 0 or guaranteed items came under 40 (of 60)
    double guaranteedScaled = 0; ///< guaranteed subtotal scaled to 60
};

/// Rating of the summary table.
enum class SafetyRating { Excellent, Qualified, Unqualified }; ///< 优良 / 合格 / 不合格

struct SummaryScore {
    double total = 0; ///< 0–100, scaled for missing rows
    QList<SheetScore> sheets;
    QHash<QString, double> rowScores; ///< summary row code → points earned (A1)
    bool hasZeroSheet = false;
    SafetyRating rating = SafetyRating::Unqualified;
};

/// The JGJ 59-2011 scoring rules (domain-reference §2.3): per-item floor at 0, guaranteed-item veto, missing-item
/// scaling (A2 = D / E × 100), summary conversion (A1 = B × C / 100) with the mean of several sheets, and the
/// 优良 / 合格 / 不合格 rating.
class Jgj59Scorer
{
public:
    explicit Jgj59Scorer(ScoreSheetCatalog catalog) : m_catalog(std::move(catalog)) {}

    /// marks: item code → mark; an item without a mark scored full points.
    SheetScore scoreSheet(const ScoreSheet &sheet, const QHash<QString, ItemMark> &marks) const;
    /// Sheets without any mark at all count as not inspected (missing) unless listed in `inspectedSheets`.
    SummaryScore score(const QHash<QString, ItemMark> &marks, const QStringList &inspectedSheets) const;

    static constexpr double kGuaranteedShare = 60;
    static constexpr double kGuaranteedPassMark = 40;

private:
    ScoreSheetCatalog m_catalog;
};

} // namespace sitesafe
