#pragma once

#include <functional>

#include <QChartView>
#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QToolButton;

namespace sitesafe {

/// One chart of the dashboard (统计): a bar or bar-and-line chart that reports clicks on its bars and points and
/// exports itself as a PNG (the button in its corner or the context menu). The chart is rebuilt by the setters;
/// `clicked(series, index)` names the bar set (or, after them, the line) and the category.
class DashboardChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardChartView)

public:
    /// One bar set: its name and one value per category.
    struct Bars {
        QString name;
        QList<qint64> values;
        QColor color;
    };

    explicit DashboardChartView(const QString &objectName, QWidget *parent = nullptr);

    /// Bars per category; horizontal bars list the first category at the top.
    void setBars(const QString &title, const QStringList &categories, const QList<Bars> &sets, bool isHorizontal);
    /// Count bars per period with a percentage line on a right-hand axis (0–100 %), `lineName` its legend.
    void setTrend(const QString &title, const QStringList &categories, const QList<Bars> &sets,
                  const QString &lineName, const QList<double> &percents, const QColor &lineColor);
    /// A title under the category axis (what a period's label means), after setBars() or setTrend().
    void setCategoryTitle(const QString &title);
    /// Writes the chart as it is drawn now to `path` (PNG); false if the file could not be written.
    bool exportPng(const QString &path);
    /// The number of values (bars and points) drawn, for checks that nothing is blank.
    int pointCount() const;

Q_SIGNALS:
    void clicked(int series, int index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void reset(const QString &title);
    void exportInteractively();

    QToolButton *m_export = nullptr;
    int m_categoryCount = 0;
    bool m_isReversed = false;
};

} // namespace sitesafe
