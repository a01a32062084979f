// 统计: the dashboard on the demo dataset, drawn in Chinese (renders/dashboard.png) with every chart present and
// not blank; a click on a bar (a real mouse click, and each bar set's clicked signal) opens the list with exactly
// that bar's number of rows; a double-click on a listed hazard shows it on the Hazards page.
#include "widgets/views/dashboardpage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include "models/demofixture.h"
#include "models/modeltesthelpers.h"
#include "models/sqlworker.h"
#include "widgets/dialogs/dashboardlistdialog.h"
#include "widgets/localization.h"
#include "widgets/views/dashboardchartview.h"
#include "widgets/views/hazarddetailpane.h"
#include "widgets/views/hazardspage.h"
#include "widgettesthelpers.h"

using namespace sitesafe;
using namespace sitesafe::test;
using namespace Qt::StringLiterals;

namespace {

/// The dashboard of `place` (empty: the province) on the demo's day, shown and loaded.
struct DashboardFixture {
    SqlWorker worker{DemoFixture::databasePath()};
    DashboardPage page;

    explicit DashboardFixture(const QString &place, QSize size = QSize(1400, 1000))
        : page(worker, DemoFixture::today(), place)
    {
        page.resize(size);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(waitFor([&] { return page.isReady() && page.scope().jurisdictionCode == place; }));
    }
};

/// The chart module's view inside `view` (the test links Qt Charts; the client loads it with the dashboard).
QChartView *chartView(const DashboardChartView *view)
{
    auto *chart = qobject_cast<QChartView *>(view->canvas());
    REQUIRE(chart);
    return chart;
}

QList<QBarSet *> barSets(DashboardChartView *view)
{
    for (QAbstractSeries *series : chartView(view)->chart()->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            return bars->barSets();
    return {};
}

/// The index of the tallest bar of `set` (the bar the test clicks: a count that cannot be 0 by accident).
int tallest(const QBarSet *set)
{
    int best = 0;
    for (int i = 1; i < set->count(); ++i)
        if (set->at(i) > set->at(best))
            best = i;
    return best;
}

/// Waits for the list opened by the click and returns its row count (-1 when none opened).
int listedRows(DashboardPage &page)
{
    if (!waitFor([&] { return page.lastList() && page.lastList()->isLoaded(); }))
        return -1;
    return page.lastList()->rowCount();
}

void closeList(DashboardPage &page)
{
    if (DashboardListDialog *list = page.lastList()) {
        list->close();
        REQUIRE(waitFor([&] { return page.lastList() == nullptr; }));
    }
}

/// Distinct colours and the share of pixels that are not the most common (background) colour.
std::pair<int, double> colourfulness(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    int background = 0;
    int total = 0;
    for (int n : std::as_const(counts)) {
        background = qMax(background, n);
        total += n;
    }
    return {int(counts.size()), total > 0 ? 1.0 - double(background) / total : 0.0};
}

} // namespace

TEST_CASE("dashboard.png: the dashboard of the province in Chinese, every chart present and not blank",
          "[dashboard][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        DashboardFixture f(QString(), QSize(1500, 2000));
        const QStringList names{u"coverageChart"_s, u"articlesChart"_s, u"offendersChart"_s,
                                u"monthlyChart"_s,  u"weeklyChart"_s,   u"funnelChart"_s};
        REQUIRE(f.page.charts().size() == names.size());
        QTemporaryDir exports;
        for (const QString &name : names) {
            INFO(name.toStdString());
            auto *view = f.page.findChild<DashboardChartView *>(name);
            REQUIRE(view);
            CHECK(view->isVisible());
            CHECK_FALSE(view->title().isEmpty());
            CHECK(chartView(view)->chart()->title() == view->title());
            CHECK(view->pointCount() > 0);
            // Some bar is above zero, and the chart's picture is more than a background with axes.
            qreal highest = 0;
            for (const QBarSet *set : barSets(view))
                for (int i = 0; i < set->count(); ++i)
                    highest = qMax(highest, set->at(i));
            CHECK(highest > 0);
            const QString file = exports.filePath(name + u".png"_s);
            REQUIRE(view->exportPng(file));
            const QImage image(file);
            REQUIRE(!image.isNull());
            CHECK(image.size() == view->size() * view->devicePixelRatio());
            const auto [colours, inked] = colourfulness(image);
            CHECK(colours >= 40);
            CHECK(inked > 0.03);
        }
        // The province: all 19 市县 (or those with projects under construction) in the coverage chart.
        CHECK(f.page.coverage().jurisdictions.size() >= 10);
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        QTest::qWait(50);
        CHECK(f.page.grab().toImage().save(QStringLiteral(SITESAFE_RENDER_DIR) + u"/dashboard.png"_s));
    }
    Localization::install(u"en"_s);
}

TEST_CASE("A click on a dashboard bar or point opens the list of exactly that bar's hazards or projects",
          "[dashboard]")
{
    DashboardFixture f(u"460100"_s);
    CHECK(f.page.coverage().jurisdictions.size() == 1);

    // A real mouse click on the tallest bar of the articles chart (horizontal: the first article is at the top).
    auto *articles = f.page.findChild<DashboardChartView *>(u"articlesChart"_s);
    REQUIRE(articles);
    QChartView *articlesView = chartView(articles);
    QAbstractBarSeries *series = qobject_cast<QAbstractBarSeries *>(articlesView->chart()->series().constFirst());
    REQUIRE(series);
    const QBarSet *set = series->barSets().constFirst();
    const int shown = tallest(set);
    const QPointF middle = articlesView->chart()->mapToPosition(QPointF(set->at(shown) / 2, shown), series);
    const QPoint at = articlesView->mapFromScene(articlesView->chart()->mapToScene(middle));
    QTest::mouseClick(articlesView->viewport(), Qt::LeftButton, {}, at);
    CHECK(listedRows(f.page) == qint64(set->at(shown)));
    CHECK(set->at(shown) == double(f.page.data().articles.at(set->count() - 1 - shown).value));
    CHECK(f.page.lastList()->windowTitle().contains(f.page.data().articles.at(set->count() - 1 - shown).label));

    // A double-click on a listed hazard asks for it on the Hazards page.
    QSignalSpy requested(&f.page, &DashboardPage::hazardRequested);
    QTableView *table = f.page.lastList()->view();
    const QRect row = table->visualRect(table->model()->index(0, 1));
    // A real double-click is a press and release, then the double-click event (QTest's sends only the latter).
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, row.center());
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toString() == f.page.lastList()->idAt(0));
    closeList(f.page);

    // Every bar set of every chart: its tallest bar's list has the bar's number of rows.
    int clicked = 0;
    for (DashboardChartView *view : f.page.charts()) {
        const QList<QBarSet *> sets = barSets(view);
        REQUIRE(!sets.isEmpty());
        for (QBarSet *bars : sets) {
            INFO(view->objectName().toStdString() << " " << bars->label().toStdString());
            const int index = tallest(bars);
            REQUIRE(bars->at(index) > 0);
            Q_EMIT bars->clicked(index);
            CHECK(listedRows(f.page) == qint64(bars->at(index)));
            closeList(f.page);
            ++clicked;
        }
    }
    CHECK(clicked == 3 + 1 + 1 + 2 + 2 + 1);

    // The rectification-rate point lists the rectified hazards of its month.
    auto *monthly = f.page.findChild<DashboardChartView *>(u"monthlyChart"_s);
    QLineSeries *line = nullptr;
    for (QAbstractSeries *s : chartView(monthly)->chart()->series())
        if (auto *l = qobject_cast<QLineSeries *>(s))
            line = l;
    REQUIRE(line);
    const int last = int(line->count()) - 1;
    Q_EMIT line->clicked(line->at(last));
    CHECK(listedRows(f.page) == nonZero(f.page.data().monthly.rectified.at(last).value));
    closeList(f.page);
}

TEST_CASE("The dashboard follows its 市县 and period choice, and the main window shows a listed hazard",
          "[dashboard]")
{
    DashboardFixture f(u"460100"_s);
    const qint64 haikou = f.page.data().funnel.first().value;
    f.page.setMonths(3);
    REQUIRE(waitFor([&] { return f.page.isReady() && f.page.data().monthly.found.size() == 3; }));
    CHECK(f.page.data().funnel.first().value <= haikou);
    f.page.setJurisdiction(QString());
    REQUIRE(waitFor([&] { return f.page.isReady() && f.page.coverage().jurisdictions.size() > 1; }));

    WindowFixture w;
    w.window->showPage(MainWindow::Page::Dashboard);
    DashboardPage *page = w.window->dashboardPage();
    REQUIRE(page);
    REQUIRE(waitFor([&] { return page->isReady(); }));
    REQUIRE(!page->data().articles.isEmpty());
    const auto listed = HazardSelectionQuery::rows(directConnection(DemoFixture::databasePath()),
                                                   page->data().articles.first().selection);
    REQUIRE(listed);
    REQUIRE(!listed.value().isEmpty());
    const QString id = listed.value().first().id;
    // What a double-click on the listed hazard asks for (the list's own double-click is tested above).
    Q_EMIT page->hazardRequested(id);
    CHECK(w.window->currentPage() == MainWindow::Page::Hazards);
    CHECK(waitFor([&] { return w.window->hazardsPage()->detailPane()->detail().id == id; }));
}
