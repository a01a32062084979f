#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "widgets/charts/chartapi.h"

class QToolButton;

namespace sitesafe {

/// One chart of the dashboard (统计): a bar or bar-and-line chart that reports clicks on its bars and points and
/// exports itself as a PNG (the button in its corner or the context menu). The chart is drawn by the chart module
/// (ChartLibrary), loaded with the first chart; when it cannot be loaded the view says so and what to install. The
/// chart is rebuilt by the setters; `clicked(series, index)` names the bar set (or, after them, the line) and the
/// category.
class DashboardChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardChartView)

public:
    using Bars = charts::Bars;

    explicit DashboardChartView(const QString &objectName, QWidget *parent = nullptr);

    /// Bars per category; horizontal bars list the first category at the top.
    void setBars(const QString &title, const QStringList &categories, const QList<Bars> &sets, bool isHorizontal);
    /// Count bars per period with a percentage line on a right-hand axis (0–100 %), `lineName` its legend.
    void setTrend(const QString &title, const QStringList &categories, const QList<Bars> &sets,
                  const QString &lineName, const QList<double> &percents, const QColor &lineColor);
    /// A title under the category axis (what a period's label means), after setBars() or setTrend().
    void setCategoryTitle(const QString &title);
    /// The chart's title, as the last setter gave it.
    QString title() const { return m_title; }
    /// Writes the chart as it is drawn now to `path` (PNG); false if the file could not be written.
    bool exportPng(const QString &path);
    /// The number of values (bars and points) drawn, for checks that nothing is blank.
    int pointCount() const;
    /// The chart module's view (a QChartView); null when the module could not be loaded.
    QWidget *canvas() const { return m_canvas ? m_canvas->widget() : nullptr; }

Q_SIGNALS:
    void clicked(int series, int index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void exportInteractively();

    charts::Canvas *m_canvas = nullptr; ///< a child widget of this view
    QToolButton *m_export = nullptr;
    QString m_title;
};

} // namespace sitesafe
