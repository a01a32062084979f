#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "core/error.h"
#include "hazardselection.h"
#include "ledgerperiod.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// What the dashboard (统计) shows: a 市县 or park (empty: the province), the months of the period (calendar months
/// in China time, LedgerPeriod) and the day the figures are judged on.
struct DashboardScope {
    QString jurisdictionCode;
    LedgerPeriod first; ///< the first month, inclusive
    LedgerPeriod last;  ///< the last month, inclusive
    QDate asOf;         ///< China day: "overdue" is judged on it, and the weekly trend ends with its week
    int weeks = 13;     ///< the weekly trend's length, the week holding `asOf` last

    /// The `months` calendar months ending with the month of `asOf`.
    static DashboardScope lastMonths(const QString &jurisdictionCode, QDate asOf, int months);
    /// Every hazard of the scope found in the period (the base of every series).
    HazardSelection selection() const;
};

/// One bar (or point) of a chart: its label, its value and the hazards it counts. `value` is always the number of
/// hazards of `selection` (HazardSelectionQuery::count, or its countBy for a series of groups), so the list behind
/// the bar, HazardSelectionQuery::rows(selection), has exactly `value` rows.
struct DashboardBar {
    QString label;
    QString key; ///< the article, enterprise id, stage or period the bar stands for
    qint64 value = 0;
    HazardSelection selection;
};

/// Hazards found per month or week: found, rectified (已整改: verified or closed), overdue (逾期 on the scope's
/// day); the rectification rate (整改率) is rectified / found, 4 decimals, 0 when nothing was found.
struct DashboardTrend {
    QList<DashboardBar> found;
    QList<DashboardBar> rectified;
    QList<DashboardBar> overdue;
    QList<double> rates;
};

/// Everything the dashboard draws from hazards (full-coverage progress is CoverageQuery's, in models).
struct DashboardData {
    QList<DashboardBar> articles;
    QList<DashboardBar> funnel;
    DashboardTrend monthly;
    DashboardTrend weekly;
    QList<DashboardBar> offenders;
};

/// The dashboard's series from the store, pure functions with no widgets (drawing is DashboardPage's). Every bar
/// is a HazardSelection counted by HazardSelectionQuery; the rules are stated by rules():
/// - the scope's 市县 or park selects the projects located there; hazards found in the period; voided left out;
/// - articles: major hazards (重大事故隐患) per article of their criteria edition (V2024-08 …), most first;
/// - funnel: every hazard that reached each stage of the lifecycle, judged by its status now;
/// - trends: per calendar month of the period and per week (Monday to Sunday, China time), as DashboardTrend;
/// - repeat offenders: the responsible enterprises with the most major hazards.
class DashboardSeries
{
    Q_DECLARE_TR_FUNCTIONS(DashboardSeries)

public:
    static constexpr int kTopArticles = 10;
    static constexpr int kTopOffenders = 10;

    static Result<DashboardData> compute(ReadConnection db, const DashboardScope &scope);

    static Result<QList<DashboardBar>> articles(ReadConnection db, const DashboardScope &scope);
    static Result<QList<DashboardBar>> funnel(ReadConnection db, const DashboardScope &scope);
    static Result<DashboardTrend> monthly(ReadConnection db, const DashboardScope &scope);
    static Result<DashboardTrend> weekly(ReadConnection db, const DashboardScope &scope);
    static Result<QList<DashboardBar>> offenders(ReadConnection db, const DashboardScope &scope);

    /// The stages of the funnel, in order: found, rectifying, reported, verified, closed.
    static QStringList stages();
    static QString stageName(const QString &stage);
    static double rate(qint64 part, qint64 whole);
    /// The rules above in a sentence for the page, `asOf` being the day overdue is judged on.
    static QString rules(QDate asOf);
};

} // namespace sitesafe
