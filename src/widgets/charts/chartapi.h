#pragma once

#include <functional>

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

/// The entry point of the chart module (libsitesafe-charts.so: the dashboard's charts with Qt Charts), which the
/// widgets load with QLibrary when the dashboard is first opened (widgets/views/chartlibrary.h) rather than linking
/// Qt Charts. The module shares no SiteSafe code with the program that loads it: a C name that makes a Canvas,
/// whose virtual functions take Qt values. kApiVersion changes with anything here; the loader refuses a module of
/// another version.
namespace sitesafe::charts {

inline constexpr int kApiVersion = 1;

/// One bar set: its name and one value per category.
struct Bars {
    QString name;
    QList<qint64> values;
    QColor color;
};

/// Called with the bar set (or, after them, the line) and the category of a bar or point the user clicked.
using ClickHandler = std::function<void(int series, int index)>;

/// A bar or bar-and-line chart (a QChartView) that reports clicks on its bars and points and shows a bar's
/// category and value as a tooltip. Rebuilt by the setters. Its widget belongs to the parent given to create.
class Canvas
{
public:
    virtual ~Canvas() = default;

    /// The chart's widget, a QChartView.
    virtual QWidget *widget() = 0;
    /// Bars per category; horizontal bars list the first category at the top.
    virtual void setBars(const QString &title, const QStringList &categories, const QList<Bars> &sets,
                         bool isHorizontal) = 0;
    /// Count bars per period with a percentage line on a right-hand axis (0–100 %), `lineName` its legend.
    virtual void setTrend(const QString &title, const QStringList &categories, const QList<Bars> &sets,
                          const QString &lineName, const QList<double> &percents, const QColor &lineColor) = 0;
    /// A title under the category axis, after setBars() or setTrend().
    virtual void setCategoryTitle(const QString &title) = 0;
    /// The number of values (bars and points) drawn.
    virtual int pointCount() const = 0;
};

/// kApiVersion of the module.
using ApiVersion = int (*)();
/// A new chart, its widget a child of `parent`; `clicked` is called for every click on a bar or point.
using CreateCanvas = Canvas *(*)(QWidget *parent, ClickHandler clicked);

inline constexpr char kApiVersionName[] = "sitesafe_charts_api_version";
inline constexpr char kCreateCanvasName[] = "sitesafe_charts_create_canvas";

} // namespace sitesafe::charts
