#include "dashboardpage.h"

#include <cmath>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/domainlabels.h"
#include "dashboardchartview.h"
#include "dialogs/dashboardlistdialog.h"
#include "jurisdictioncombo.h"
#include "models/coveragequery.h"
#include "models/sqlworker.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

struct Loaded {
    quint64 generation = 0;
    DashboardData data;
    CoverageSummary coverage;
    QString error;
};

struct ListRows {
    QList<QStringList> rows;
    QStringList ids;
    QString error;
};

// One colour per meaning across the charts.
const QColor kBlue(u"#2f6fb3"_s);
const QColor kGreen(u"#3a9c5b"_s);
const QColor kGrey(u"#9fb3c8"_s);
const QColor kRed(u"#c0392b"_s);
const QColor kOrange(u"#e07b39"_s);
const QColor kTeal(u"#1b998b"_s);

QStringList labels(const QList<DashboardBar> &bars)
{
    QStringList out;
    for (const DashboardBar &b : bars)
        out << b.label;
    return out;
}

QList<qint64> values(const QList<DashboardBar> &bars)
{
    QList<qint64> out;
    for (const DashboardBar &b : bars)
        out << b.value;
    return out;
}

QList<double> percents(const QList<double> &rates)
{
    QList<double> out;
    for (double r : rates)
        out << std::round(r * 1000.0) / 10.0;
    return out;
}

} // namespace

DashboardPage::DashboardPage(SqlWorker &worker, QDate today, const QString &preferredJurisdiction, QWidget *parent)
    : QWidget(parent), m_worker(worker), m_today(today)
{
    m_place = new JurisdictionCombo(worker, true, preferredJurisdiction, this);
    m_place->setObjectName(u"dashboardPlaceCombo"_s);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"dashboardPeriodCombo"_s);
    for (int months : {3, 6, 12})
        m_period->addItem(tr("Last %n month(s)", nullptr, months), months);
    m_period->setCurrentIndex(2);
    m_status = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("City/county:"), this));
    bar->addWidget(m_place);
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addStretch();
    bar->addWidget(m_status);

    auto *content = new QWidget(this);
    content->setObjectName(u"dashboardContent"_s);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    m_coverageChart = addChart(u"coverageChart"_s);
    m_articlesChart = addChart(u"articlesChart"_s);
    m_offendersChart = addChart(u"offendersChart"_s);
    m_monthlyChart = addChart(u"monthlyChart"_s);
    m_weeklyChart = addChart(u"weeklyChart"_s);
    m_funnelChart = addChart(u"funnelChart"_s);
    m_rules = new QLabel(content);
    m_rules->setWordWrap(true);
    m_rules->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_rules->setStyleSheet(u"color: #555; padding: 8px;"_s);
    grid->addWidget(m_coverageChart, 0, 0, 1, 2);
    grid->addWidget(m_articlesChart, 1, 0);
    grid->addWidget(m_offendersChart, 1, 1);
    grid->addWidget(m_monthlyChart, 2, 0);
    grid->addWidget(m_weeklyChart, 2, 1);
    grid->addWidget(m_funnelChart, 3, 0);
    grid->addWidget(m_rules, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_place, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    connect(m_coverageChart, &DashboardChartView::clicked, this, &DashboardPage::openCoverageList);
    auto simple = [this](DashboardChartView *chart, QList<DashboardBar> DashboardData::*series) {
        connect(chart, &DashboardChartView::clicked, this, [this, chart, series](int, int index) {
            const QList<DashboardBar> &bars = m_data.*series;
            if (index >= 0 && index < bars.size())
                openHazardList(chart->title() + u" · "_s + bars.at(index).label, bars.at(index).selection,
                               bars.at(index).value);
        });
    };
    simple(m_articlesChart, &DashboardData::articles);
    simple(m_funnelChart, &DashboardData::funnel);
    simple(m_offendersChart, &DashboardData::offenders);
    connect(m_monthlyChart, &DashboardChartView::clicked, this, [this](int series, int index) {
        onTrendClicked(m_data.monthly, m_monthlyChart->title(), series, index);
    });
    connect(m_weeklyChart, &DashboardChartView::clicked, this, [this](int series, int index) {
        onTrendClicked(m_data.weekly, m_weeklyChart->title(), series, index);
    });
    reload();
}

DashboardChartView *DashboardPage::addChart(const QString &objectName)
{
    auto *chart = new DashboardChartView(objectName, this);
    m_charts << chart;
    return chart;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_isStale)
        reload();
}

void DashboardPage::setJurisdiction(const QString &code)
{
    m_place->select(code);
}

void DashboardPage::setMonths(int months)
{
    m_period->setCurrentIndex(m_period->findData(months));
}

void DashboardPage::reload()
{
    // Before the 市县 arrive from the worker the choice is the province; the preferred one reloads when it is in.
    if (!isVisible()) {
        m_isStale = true;
        return;
    }
    m_isStale = false;
    m_scope = DashboardScope::lastMonths(m_place->code(), m_today, m_period->currentData().toInt());
    const quint64 generation = ++m_generation;
    m_isReady = false;
    m_status->setText(tr("Computing…"));
    m_worker.post<Loaded>(
        this,
        [generation, scope = m_scope](ReadConnection db) {
            Loaded l;
            l.generation = generation;
            l.coverage = CoverageQuery::load(db, scope.jurisdictionCode, scope.asOf);
            auto data = DashboardSeries::compute(db, scope);
            if (data)
                l.data = std::move(data).value();
            else
                l.error = data.error().message;
            return l;
        },
        [this](const Loaded &l) {
            if (l.generation != m_generation)
                return;
            m_data = l.data;
            m_coverage = l.coverage;
            draw();
            m_status->setText(l.error.isEmpty() ? tr("%1 to %2 · figures as of %3")
                                                      .arg(m_scope.first.text(), m_scope.last.text(),
                                                           m_today.toString(Qt::ISODate))
                                                : l.error);
            m_isReady = true;
            Q_EMIT loaded();
        });
}

void DashboardPage::draw()
{
    QStringList places;
    DashboardChartView::Bars projects{tr("Under construction"), {}, kGrey};
    DashboardChartView::Bars round1{tr("Round 1 inspected"), {}, kBlue};
    DashboardChartView::Bars round2{tr("Round 2 inspected"), {}, kGreen};
    for (const CoverageCount &c : std::as_const(m_coverage.jurisdictions)) {
        places << c.jurisdictionName;
        projects.values << c.projects;
        round1.values << c.round1;
        round2.values << c.round2;
    }
    const QString campaign = m_coverage.campaign ? m_coverage.campaign->name : tr("every signed round inspection");
    m_coverageChart->setBars(tr("Full coverage by city/county (%1): round 1 %2%, round 2 %3%")
                                 .arg(campaign)
                                 .arg(m_coverage.total.percent(1))
                                 .arg(m_coverage.total.percent(2)),
                             places, {projects, round1, round2}, true);
    m_coverageChart->setMinimumHeight(qMax(300, 90 + int(places.size()) * 42));

    m_articlesChart->setBars(tr("Major hazards by criteria article (top %1)").arg(DashboardSeries::kTopArticles),
                             labels(m_data.articles), {{tr("Major hazards"), values(m_data.articles), kRed}}, true);
    m_offendersChart->setBars(tr("Repeat offenders: enterprises with the most major hazards"),
                              labels(m_data.offenders), {{tr("Major hazards"), values(m_data.offenders), kOrange}},
                              true);
    m_funnelChart->setBars(tr("Hazard lifecycle: found to closed"), labels(m_data.funnel),
                           {{tr("Hazards"), values(m_data.funnel), kTeal}}, true);
    auto trend = [](DashboardChartView *chart, const QString &title, const DashboardTrend &t) {
        chart->setTrend(title, labels(t.found),
                        {{tr("Found"), values(t.found), kBlue}, {tr("Overdue"), values(t.overdue), kRed}},
                        tr("Rectification rate"), percents(t.rates), kGreen);
    };
    trend(m_monthlyChart, tr("Found, overdue and rectification rate by month"), m_data.monthly);
    trend(m_weeklyChart, tr("Found, overdue and rectification rate by week (last %n week(s))", nullptr,
                            m_scope.weeks),
          m_data.weekly);
    m_weeklyChart->setCategoryTitle(tr("Week starting on Monday"));
    m_rules->setText(DashboardSeries::rules(m_today) + u"\n\n"_s
                     + tr("Click a bar or a point to list what it counts; the PNG button or the context menu "
                          "exports a chart."));
}

void DashboardPage::onTrendClicked(const DashboardTrend &trend, const QString &chartTitle, int series, int index)
{
    const QList<DashboardBar> &bars = series == 0 ? trend.found : series == 1 ? trend.overdue : trend.rectified;
    if (index < 0 || index >= bars.size())
        return;
    const QString what = series == 0 ? tr("found") : series == 1 ? tr("overdue") : tr("rectified");
    openHazardList(tr("%1 · %2 · %3").arg(chartTitle, bars.at(index).label, what), bars.at(index).selection,
                   bars.at(index).value);
}

void DashboardPage::openHazardList(const QString &title, const HazardSelection &selection, qint64 value)
{
    auto *dialog = new DashboardListDialog(
        tr("%1 (%2)").arg(title).arg(value),
        {tr("No."), tr("Level"), tr("Status"), tr("Description"), tr("Project"), tr("City/county"), tr("Criterion"),
         tr("Found at"), tr("Deadline"), tr("Responsible enterprise")},
        this);
    m_lastList = dialog;
    connect(dialog, &DashboardListDialog::activated, this, &DashboardPage::hazardRequested);
    dialog->show();
    m_worker.post<ListRows>(
        dialog,
        [selection](ReadConnection db) {
            ListRows out;
            auto rows = HazardSelectionQuery::rows(db, selection);
            if (!rows) {
                out.error = rows.error().message;
                return out;
            }
            for (const HazardSelectionRow &r : rows.value()) {
                out.rows << QStringList{QString::number(r.seq),
                                        DomainLabels::hazardLevel(r.isMajor),
                                        DomainLabels::hazardStatus(r.status),
                                        r.description,
                                        r.projectName,
                                        r.jurisdictionName,
                                        DomainLabels::criterion(r.criteriaItem),
                                        DomainLabels::localDateTime(r.foundAt),
                                        r.deadline,
                                        r.enterpriseName};
                out.ids << r.id;
            }
            return out;
        },
        [dialog](const ListRows &l) { dialog->setRows(l.rows, l.ids, l.error); });
}

void DashboardPage::openCoverageList(int round, int index)
{
    if (index < 0 || index >= m_coverage.jurisdictions.size())
        return;
    const CoverageCount &c = m_coverage.jurisdictions.at(index);
    const QString what = round == 0 ? tr("projects under construction")
                                    : tr("%1: projects inspected").arg(CoverageQuery::roundName(round));
    auto *dialog = new DashboardListDialog(
        tr("%1 · %2 (%3)").arg(c.jurisdictionName, what).arg(round == 0 ? c.projects : c.covered(round)),
        {tr("Project"), tr("City/county"), tr("Permit no.")}, this);
    m_lastList = dialog;
    connect(dialog, &DashboardListDialog::activated, this, &DashboardPage::projectRequested);
    dialog->show();
    m_worker.post<ListRows>(
        dialog,
        [scope = m_scope, group = c.jurisdictionCode, round](ReadConnection db) {
            ListRows out;
            for (const CoverageProject &p : CoverageQuery::projects(db, scope.jurisdictionCode, group, round, scope.asOf)) {
                out.rows << QStringList{p.name, p.jurisdictionName, p.permitNo};
                out.ids << p.id;
            }
            return out;
        },
        [dialog](const ListRows &l) { dialog->setRows(l.rows, l.ids, l.error); });
}

} // namespace sitesafe
