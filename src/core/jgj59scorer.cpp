#include "jgj59scorer.h"

#include <algorithm>

namespace sitesafe {

SheetScore Jgj59Scorer::scoreSheet(const ScoreSheet &sheet, const QHash<QString, ItemMark> &marks) const
{
    SheetScore result;
    result.sheetCode = sheet.code;
    double got = 0, full = 0, guaranteedGot = 0, guaranteedFull = 0;
    bool hasZeroGuaranteed = false;
    for (const ScoreSheetItem &item : sheet.items) {
        const ItemMark mark = marks.value(item.code);
        if (mark.isMissing)
            continue;
        const double itemGot = std::max(0.0, item.points - std::max(0.0, mark.deducted));
        got += itemGot;
        full += item.points;
        if (item.kind == ScoreSheetItem::Kind::Guaranteed) {
            guaranteedGot += itemGot;
            guaranteedFull += item.points;
            hasZeroGuaranteed = hasZeroGuaranteed || itemGot <= 0;
        }
    }
    if (full <= 0)
        return result; // every item missing: the sheet was not inspected
    result.isInspected = true;
    if (guaranteedFull > 0) {
        result.guaranteedScaled = guaranteedGot * kGuaranteedShare / guaranteedFull;
        if (hasZeroGuaranteed || result.guaranteedScaled < kGuaranteedPassMark) {
            result.isVetoed = true;
            return result; // score 0
        }
    }
    result.score = got * 100.0 / full;
    return result;
}

SummaryScore Jgj59Scorer::score(const QHash<QString, ItemMark> &marks, const QStringList &inspectedSheets) const
{
    SummaryScore summary;
    QHash<QString, SheetScore> bySheet;
    for (const ScoreSheet &sheet : m_catalog.sheets) {
        bool isMarked = inspectedSheets.contains(sheet.code);
        for (const ScoreSheetItem &item : sheet.items)
            isMarked = isMarked || marks.contains(item.code);
        if (!isMarked)
            continue;
        SheetScore s = scoreSheet(sheet, marks);
        if (!s.isInspected)
            continue;
        summary.hasZeroSheet = summary.hasZeroSheet || s.score <= 0;
        bySheet.insert(sheet.code, s);
        summary.sheets.append(s);
    }

    double earned = 0, possible = 0;
    for (const SummaryRow &row : m_catalog.summary) {
        double sum = 0;
        int count = 0;
        for (const QString &code : row.sheetCodes) {
            if (bySheet.contains(code)) {
                sum += bySheet.value(code).score;
                ++count;
            }
        }
        if (count == 0)
            continue; // 缺项 in the summary table
        const double c = row.isMean ? sum / count : sum;
        const double a1 = row.points * c / 100.0;
        summary.rowScores.insert(row.code, a1);
        earned += a1;
        possible += row.points;
    }
    summary.total = possible > 0 ? earned * 100.0 / possible : 0;
    if (summary.hasZeroSheet || summary.total < 70)
        summary.rating = SafetyRating::Unqualified;
    else if (summary.total >= 80)
        summary.rating = SafetyRating::Excellent;
    else
        summary.rating = SafetyRating::Qualified;
    return summary;
}

} // namespace sitesafe
