#include "dashboardchartview.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "chartlibrary.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

DashboardChartView::DashboardChartView(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    setMinimumHeight(300);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (auto library = ChartLibrary::load()) {
        m_canvas = library.value().createCanvas(this, [this](int series, int index) { Q_EMIT clicked(series, index); });
        layout->addWidget(m_canvas->widget());
    } else {
        auto *missing = new QLabel(library.error().message, this);
        missing->setObjectName(u"chartsMissing"_s);
        missing->setWordWrap(true);
        missing->setAlignment(Qt::AlignCenter);
        layout->addWidget(missing);
    }
    m_export = new QToolButton(this);
    m_export->setText(tr("PNG…"));
    m_export->setToolTip(tr("Export this chart as a PNG image"));
    m_export->setAutoRaise(true);
    m_export->setEnabled(m_canvas != nullptr);
    connect(m_export, &QToolButton::clicked, this, &DashboardChartView::exportInteractively);
}

void DashboardChartView::setBars(const QString &title, const QStringList &categories, const QList<Bars> &sets,
                                 bool isHorizontal)
{
    m_title = title;
    if (m_canvas)
        m_canvas->setBars(title, categories, sets, isHorizontal);
}

void DashboardChartView::setTrend(const QString &title, const QStringList &categories, const QList<Bars> &sets,
                                  const QString &lineName, const QList<double> &percents, const QColor &lineColor)
{
    m_title = title;
    if (m_canvas)
        m_canvas->setTrend(title, categories, sets, lineName, percents, lineColor);
}

void DashboardChartView::setCategoryTitle(const QString &title)
{
    if (m_canvas)
        m_canvas->setCategoryTitle(title);
}

int DashboardChartView::pointCount() const
{
    return m_canvas ? m_canvas->pointCount() : 0;
}

bool DashboardChartView::exportPng(const QString &path)
{
    m_export->hide(); // the picture is the chart, not the button over it
    const QPixmap picture = grab();
    m_export->show();
    return picture.save(path, "PNG");
}

void DashboardChartView::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), objectName() + u".png"_s,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportPng(path))
        QMessageBox::warning(this, tr("Export chart"),
                             tr("The chart could not be written to %1. Choose a folder you can write to.").arg(path));
}

void DashboardChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_export->adjustSize();
    m_export->move(width() - m_export->width() - 4, 4);
    m_export->raise();
}

void DashboardChartView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_canvas)
        return;
    QMenu menu(this);
    menu.addAction(tr("Export as PNG…"), this, &DashboardChartView::exportInteractively);
    menu.exec(event->globalPos());
}

} // namespace sitesafe
