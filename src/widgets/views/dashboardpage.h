#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

#include "models/coverage.h"
#include "reports/dashboardseries.h"
#include "widgets/dialogs/dashboardlistdialog.h"

class QComboBox;
class QLabel;

namespace sitesafe {

class DashboardChartView;
class JurisdictionCombo;
class SqlWorker;

/// 统计: the dashboard of a 市县 or park (or the province) over the last months: full-coverage progress per round
/// and 市县 (CoverageQuery), major hazards by criteria article, the lifecycle funnel, found / overdue / rectification
/// rate by month and by week, and the repeat offenders (DashboardSeries). Everything is read on the worker; a click
/// on a bar or point opens the list behind it, read with the bar's own selection so its rows are the bar's number.
/// Nothing is computed while the page is hidden (the worker serves the other pages first).
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    /// `today` (China day) is the day the figures are judged on; `preferredJurisdiction` is selected first (the
    /// account's 市县; empty: the province).
    DashboardPage(SqlWorker &worker, QDate today, const QString &preferredJurisdiction, QWidget *parent = nullptr);

    void reload();
    void setJurisdiction(const QString &code);
    /// The period: the last `months` calendar months (3, 6 or 12).
    void setMonths(int months);
    bool isReady() const { return m_isReady; }
    /// What the figures shown are of (the choice may have changed since: see isReady()).
    const DashboardScope &scope() const { return m_scope; }
    const DashboardData &data() const { return m_data; }
    const CoverageSummary &coverage() const { return m_coverage; }
    QList<DashboardChartView *> charts() const { return m_charts; }
    /// The list opened by the last click on a bar, while it is open.
    DashboardListDialog *lastList() const { return m_lastList; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void loaded();
    void hazardRequested(const QString &hazardId);
    void projectRequested(const QString &projectId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    DashboardChartView *addChart(const QString &objectName);
    void draw();
    void openCoverageList(int round, int index);
    void openHazardList(const QString &title, const HazardSelection &selection, qint64 value);
    void onTrendClicked(const DashboardTrend &trend, const QString &chartTitle, int series, int index);

    SqlWorker &m_worker;
    QDate m_today;
    JurisdictionCombo *m_place = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_rules = nullptr;
    QList<DashboardChartView *> m_charts;
    DashboardChartView *m_coverageChart = nullptr;
    DashboardChartView *m_articlesChart = nullptr;
    DashboardChartView *m_funnelChart = nullptr;
    DashboardChartView *m_monthlyChart = nullptr;
    DashboardChartView *m_weeklyChart = nullptr;
    DashboardChartView *m_offendersChart = nullptr;
    QPointer<DashboardListDialog> m_lastList;
    DashboardScope m_scope;
    DashboardData m_data;
    CoverageSummary m_coverage;
    quint64 m_generation = 0;
    bool m_isReady = false;
    bool m_isStale = false; ///< a reload was asked for while hidden: done when shown
};

} // namespace sitesafe
