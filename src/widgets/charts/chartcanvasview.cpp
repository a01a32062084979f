#include "chartcanvasview.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace sitesafe::charts {

namespace {

/// A count axis from 0 with whole, round ticks (1, 2 or 5 × 10ⁿ apart) and room above the tallest bar for its label.
QValueAxis *countAxis(qint64 max)
{
    auto *axis = new QValueAxis;
    const double room = double(qMax<qint64>(max, 4)) * 1.15;
    const double raw = room / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = qMax(1.0, m * magnitude);
        if (step >= raw)
            break;
    }
    const int ticks = int(std::ceil(room / step));
    axis->setRange(0, step * ticks);
    axis->setTickCount(ticks + 1);
    axis->setLabelFormat(u"%d"_s);
    axis->setTruncateLabels(false);
    return axis;
}

/// Category names longer than a chart's axis can hold are shortened; the whole name is in the bar's tooltip.
QString shortened(const QString &label)
{
    constexpr int kMaxCharacters = 28;
    return label.size() > kMaxCharacters ? label.left(kMaxCharacters - 1) + u'…' : label;
}

QFont smaller(QFont font, int points)
{
    font.setPointSize(points);
    return font;
}

} // namespace

ChartCanvasView::ChartCanvasView(QWidget *parent, ClickHandler clicked)
    : QChartView(parent), m_clicked(std::move(clicked))
{
    setRenderHint(QPainter::Antialiasing);
    reset(QString());
}

void ChartCanvasView::reset(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSize(11);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(smaller(chart->legend()->font(), 9));
    chart->setMargins(QMargins(6, 4, 6, 4));
    QChart *old = this->chart();
    setChart(chart); // the view owns the new chart but hands the old one back
    delete old;
    m_categoryCount = 0;
    m_isReversed = false;
}

void ChartCanvasView::setBars(const QString &title, const QStringList &categories, const QList<Bars> &sets,
                                 bool isHorizontal)
{
    reset(title);
    m_categoryCount = int(categories.size());
    m_isReversed = isHorizontal; // a horizontal chart draws its first category at the bottom
    auto ordered = [&](QList<qint64> values) {
        if (m_isReversed)
            std::reverse(values.begin(), values.end());
        return values;
    };
    QAbstractBarSeries *series = isHorizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                              : static_cast<QAbstractBarSeries *>(new QBarSeries);
    qint64 max = 0;
    for (int s = 0; s < sets.size(); ++s) {
        auto *set = new QBarSet(sets.at(s).name);
        for (qint64 v : ordered(sets.at(s).values)) {
            set->append(double(v));
            max = qMax(max, v);
        }
        if (sets.at(s).color.isValid())
            set->setColor(sets.at(s).color);
        set->setBorderColor(Qt::transparent);
        set->setLabelColor(QColor(u"#333333"_s));
        set->setLabelFont(smaller(set->labelFont(), 8));
        connect(set, &QBarSet::clicked, this, [this, s](int index) {
            m_clicked(s, m_isReversed ? m_categoryCount - 1 - index : index);
        });
        connect(set, &QBarSet::hovered, this, [this, set, categories](bool isOver, int index) {
            const int category = m_isReversed ? m_categoryCount - 1 - index : index;
            if (isOver && category >= 0 && category < categories.size())
                QToolTip::showText(QCursor::pos(),
                                   u"%1\n%2: %3"_s.arg(categories.at(category), set->label()).arg(set->at(index)));
        });
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    series->setBarWidth(sets.size() > 1 ? 0.8 : 0.6);
    chart()->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    QStringList shown;
    for (const QString &category : categories)
        shown << shortened(category);
    if (m_isReversed)
        std::reverse(shown.begin(), shown.end());
    categoryAxis->append(shown);
    categoryAxis->setLabelsFont(smaller(categoryAxis->labelsFont(), 9));
    categoryAxis->setTruncateLabels(false);
    // Many periods under each other's labels: slant them rather than cut them.
    if (!isHorizontal && categories.size() > 8)
        categoryAxis->setLabelsAngle(-40);
    QValueAxis *valueAxis = countAxis(max);
    valueAxis->setLabelsFont(smaller(valueAxis->labelsFont(), 8));
    chart()->addAxis(categoryAxis, isHorizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart()->addAxis(valueAxis, isHorizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart()->legend()->setVisible(sets.size() > 1);
}

void ChartCanvasView::setTrend(const QString &title, const QStringList &categories, const QList<Bars> &sets,
                                  const QString &lineName, const QList<double> &percents, const QColor &lineColor)
{
    setBars(title, categories, sets, false);
    auto *bars = static_cast<QAbstractBarSeries *>(chart()->series().constFirst());
    bars->setLabelsVisible(false); // the counts show on hover and on the axis; the line carries the labels
    auto *line = new QLineSeries;
    line->setName(lineName);
    for (int i = 0; i < percents.size(); ++i)
        line->append(i, percents.at(i));
    QPen pen(lineColor, 2.5);
    line->setPen(pen);
    line->setPointsVisible(true);
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(u"@yPoint%"_s);
    line->setPointLabelsFont(smaller(line->pointLabelsFont(), 7));
    line->setPointLabelsColor(lineColor.darker(130));
    line->setPointLabelsClipping(false);
    const int lineIndex = int(sets.size());
    connect(line, &QLineSeries::clicked, this,
            [this, lineIndex](const QPointF &point) { m_clicked(lineIndex, int(std::lround(point.x()))); });
    chart()->addSeries(line);
    auto *rateAxis = new QValueAxis;
    rateAxis->setRange(0, 100);
    rateAxis->setTickCount(6);
    rateAxis->setLabelFormat(u"%d"_s);
    rateAxis->setTitleText(lineName + u" (%)"_s);
    rateAxis->setTitleFont(smaller(rateAxis->titleFont(), 8));
    rateAxis->setTitleBrush(lineColor.darker(130));
    rateAxis->setLabelsFont(smaller(rateAxis->labelsFont(), 8));
    rateAxis->setLabelsColor(lineColor.darker(130));
    rateAxis->setGridLineVisible(false);
    rateAxis->setTruncateLabels(false);
    chart()->addAxis(rateAxis, Qt::AlignRight);
    line->attachAxis(chart()->axes(Qt::Horizontal).constFirst());
    line->attachAxis(rateAxis);
    chart()->legend()->setVisible(true);
}

void ChartCanvasView::setCategoryTitle(const QString &title)
{
    for (QAbstractAxis *axis : chart()->axes()) {
        if (qobject_cast<QBarCategoryAxis *>(axis)) {
            axis->setTitleText(title);
            axis->setTitleFont(smaller(axis->titleFont(), 8));
        }
    }
}

int ChartCanvasView::pointCount() const
{
    int count = 0;
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                count += set->count();
        } else if (auto *line = qobject_cast<QXYSeries *>(series)) {
            count += line->count();
        }
    }
    return count;
}

} // namespace sitesafe::charts

extern "C" Q_DECL_EXPORT int sitesafe_charts_api_version()
{
    return sitesafe::charts::kApiVersion;
}

extern "C" Q_DECL_EXPORT sitesafe::charts::Canvas *sitesafe_charts_create_canvas(QWidget *parent,
                                                                                 sitesafe::charts::ClickHandler clicked)
{
    return new sitesafe::charts::ChartCanvasView(parent, std::move(clicked));
}

static_assert(std::is_same_v<decltype(&sitesafe_charts_api_version), sitesafe::charts::ApiVersion>);
static_assert(std::is_same_v<decltype(&sitesafe_charts_create_canvas), sitesafe::charts::CreateCanvas>);
