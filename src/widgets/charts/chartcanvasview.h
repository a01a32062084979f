#pragma once

#include <QChartView>

#include "chartapi.h"

namespace sitesafe::charts {

/// The chart module's Canvas: a QChartView rebuilt by the setters, with the clicks on its bars and points handed to
/// the ClickHandler it was made with. Made only by the module's entry point (sitesafe_charts_create_canvas).
class ChartCanvasView final : public QChartView, public Canvas
{
    Q_DISABLE_COPY_MOVE(ChartCanvasView)

public:
    ChartCanvasView(QWidget *parent, ClickHandler clicked);

    QWidget *widget() override { return this; }
    void setBars(const QString &title, const QStringList &categories, const QList<Bars> &sets,
                 bool isHorizontal) override;
    void setTrend(const QString &title, const QStringList &categories, const QList<Bars> &sets,
                  const QString &lineName, const QList<double> &percents, const QColor &lineColor) override;
    void setCategoryTitle(const QString &title) override;
    int pointCount() const override;

private:
    void reset(const QString &title);

    ClickHandler m_clicked;
    int m_categoryCount = 0;
    bool m_isReversed = false;
};

} // namespace sitesafe::charts
