#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "error.h"

namespace sitesafe {

/// A deduction rule (扣分标准) under a check item: "未建立安全生产责任制扣10分".
struct DeductionRule {
    QString text;
    double minPoints = 0;
    double maxPoints = 0;
    bool isPerInstance = false; ///< "每处扣2分" / "每人扣2分": the points count for each place or person found
};

/// A check item (检查项目) of a JGJ 59 score sheet.
struct ScoreSheetItem {
    enum class Kind { Guaranteed, General, Unsplit }; ///< 保证项目 / 一般项目 / sheets without the split
    QString code;  ///< "B.1-01"
    QString title;
    Kind kind = Kind::General;
    double points = 0; ///< 应得分, configurable
    bool isPointsUncertain = false;
    /// Every deduction rule of the standard's table is here, read from a copy of the table. False when the
    /// item has none yet or the copy was cut off: the runner shows the item as unverified and lets the inspector
    /// enter a deduction by hand.
    bool isDeductionsComplete = false;
    QList<DeductionRule> deductions;

    /// Points or deduction rules not yet checked against the standard's own table.
    bool isUncertain() const { return isPointsUncertain || !isDeductionsComplete; }
};

/// One of the 19 分项检查评分表 (each totals 100).
struct ScoreSheet {
    QString code; ///< "B.1"
    QString title;
    bool isSplit = true; ///< has guaranteed and general items
    QList<ScoreSheetItem> items;
};

/// A row of the summary table (汇总表, appendix A) and the sheets that feed it.
struct SummaryRow {
    QString code; ///< "A-03"
    QString title;
    double points = 0; ///< its share of 100
    QStringList sheetCodes;
    bool isMean = false; ///< several sheets: their arithmetic mean
};

/// JGJ 59-2011 score sheets and summary table.
struct ScoreSheetCatalog {
    QString code; ///< "JGJ59-2011"
    int catalogVersion = 0;
    QString title;
    QList<SummaryRow> summary;
    QList<ScoreSheet> sheets;

    const ScoreSheet *findSheet(QStringView sheetCode) const;
    int itemCount() const;
};

class ScoreSheetCatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(ScoreSheetCatalogLoader)

public:
    static Result<ScoreSheetCatalog> fromJson(const QByteArray &json);
    static Result<ScoreSheetCatalog> builtIn();
};

} // namespace sitesafe
