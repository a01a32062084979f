// Client memory benchmark (DESIGN.md §5: ≤ 200 MB RSS with the province data set open and scrolled end to end).
// Builds the real main window on the data folder (offscreen unless QT_QPA_PLATFORM says otherwise), shows every
// page, and in every item view on it (tabs and stacked panes brought to the front) scrolls from the first row to
// the last in steps of `--stride` rows, letting the windowed models fetch what the view paints and fetchMore()
// add rows. After each view it reads VmRSS and VmHWM from /proc/self/status.
// Waits for the window of each step where the model is windowed (hazards, projects, inspections, notices).
//   client_memory_bench --data-dir DIR [--today 2026-11-28] [--stride 200] [--json FILE]
#include <functional>

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QStackedWidget>
#include <QTextStream>

#include "benchreport.h"
#include "clientwindow.h"
#include "models/hazardtablemodel.h"
#include "models/inspectionlistmodel.h"
#include "models/noticelistmodel.h"
#include "models/projectlistmodel.h"
#include "widgets/mainwindow.h"

using namespace Qt::StringLiterals;
using sitesafe::MainWindow;

namespace {
QTextStream out(stdout);

/// VmRSS and VmHWM of this process, in MiB.
QPair<double, double> memoryMiB()
{
    QFile f(u"/proc/self/status"_s);
    double rss = 0, hwm = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == "VmRSS:")
                rss = parts[1].toDouble() / 1024;
            if (parts.size() >= 2 && parts[0] == "VmHWM:")
                hwm = parts[1].toDouble() / 1024;
        }
    }
    return {rss, hwm};
}

/// Brings `widget` to the front of every stacked widget (tab pages, panes) between it and the window.
void bringToFront(QWidget *widget)
{
    for (QWidget *child = widget; child && child->parentWidget(); child = child->parentWidget()) {
        if (auto *stack = qobject_cast<QStackedWidget *>(child->parentWidget()))
            stack->setCurrentWidget(child);
    }
}

/// Waits until the model has stopped announcing changes for `quietMs` (its worker answered), at most 30 s.
void waitQuiet(QAbstractItemModel *model, int quietMs)
{
    QElapsedTimer sinceChange;
    sinceChange.start();
    const auto touch = [&sinceChange] { sinceChange.restart(); };
    QList<QMetaObject::Connection> connections{
        QObject::connect(model, &QAbstractItemModel::dataChanged, touch),
        QObject::connect(model, &QAbstractItemModel::rowsInserted, touch),
        QObject::connect(model, &QAbstractItemModel::modelReset, touch),
        QObject::connect(model, &QAbstractItemModel::layoutChanged, touch)};
    benchWaitFor([&] { return sinceChange.elapsed() >= quietMs; }, 30000);
    for (const auto &c : std::as_const(connections))
        QObject::disconnect(c);
}

/// For a windowed model, whether a row's window is in memory; empty for the others.
std::function<bool(int)> rowLoadedCheck(QAbstractItemModel *model)
{
    if (auto *m = qobject_cast<sitesafe::HazardTableModel *>(model))
        return [m](int row) { return m->isRowLoaded(row); };
    if (auto *m = qobject_cast<sitesafe::NoticeListModel *>(model))
        return [m](int row) { return m->isRowLoaded(row); };
    if (auto *m = qobject_cast<sitesafe::ProjectListModel *>(model))
        return [m](int row) { return m->isRowLoaded(row); };
    if (auto *m = qobject_cast<sitesafe::InspectionListModel *>(model))
        return [m](int row) { return m->isRowLoaded(row); };
    return {};
}

/// Scrolls `view` from the first row to the last; returns the rows it went through.
int scrollEndToEnd(QAbstractItemView *view, int stride)
{
    QAbstractItemModel *model = view->model();
    const std::function<bool(int)> isRowLoaded = rowLoadedCheck(model);
    // The first load: rows within 5 s (views of a pane with nothing selected stay empty), then quiet.
    benchWaitFor([model] { return model->rowCount() > 0; }, 5000);
    waitQuiet(model, 300);
    view->scrollToTop();
    int row = 0;
    for (;;) {
        if (row >= model->rowCount()) {
            if (!model->canFetchMore({}))
                break;
            const int before = model->rowCount();
            model->fetchMore({});
            benchWaitFor([&] { return model->rowCount() > before || !model->canFetchMore({}); }, 30000);
            continue;
        }
        view->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
        view->viewport()->repaint(); // paints the rows shown: data() asks for their window
        if (isRowLoaded)
            benchWaitFor([&] { return isRowLoaded(row); }, 30000);
        else
            waitQuiet(model, 30);
        row += stride;
    }
    view->scrollToBottom();
    view->viewport()->repaint();
    waitQuiet(model, 100);
    return model->rowCount();
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"client_memory_bench"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"data-dir"_s, u"Data folder (the client may write to it: use a copy)."_s, u"DIR"_s},
                       {u"today"_s, u"The session's today."_s, u"DATE"_s, u"2026-11-28"_s},
                       {u"stride"_s, u"Rows per scrolling step."_s, u"N"_s, u"200"_s},
                       {u"json"_s, u"Write the figures and the budget row here."_s, u"FILE"_s}});
    parser.process(app);
    if (!parser.isSet(u"data-dir"_s))
        BenchReport::fail(u"--data-dir is required"_s);
    const int stride = qMax(1, parser.value(u"stride"_s).toInt());
    const QString loadBefore = BenchReport::loadAverage();
    QElapsedTimer total;
    total.start();

    ClientWindow client(parser.value(u"data-dir"_s), QDate::fromString(parser.value(u"today"_s), Qt::ISODate));
    MainWindow &window = *client.window;
    benchIdle(500);
    const auto [openRss, openHwm] = memoryMiB();
    out << "window open: RSS " << openRss << " MiB, peak " << openHwm << " MiB" << Qt::endl;
    QJsonArray views;
    for (int p = 0; p < int(MainWindow::Page::Count); ++p) {
        const auto page = MainWindow::Page(p);
        window.showPage(page);
        benchIdle(200);
        for (QAbstractItemView *view : window.page(page)->findChildren<QAbstractItemView *>()) {
            // Combo box pop-ups (their own window) and the headers of the views themselves.
            if (view->window() != &window || !view->model() || qobject_cast<QHeaderView *>(view))
                continue;
            bringToFront(view);
            QElapsedTimer t;
            t.start();
            const int rows = scrollEndToEnd(view, stride);
            const auto [rss, hwm] = memoryMiB();
            const QString name = window.pageTitle(page) + u" / "_s
                                 + (view->objectName().isEmpty() ? QString::fromLatin1(view->metaObject()->className())
                                                                 : view->objectName());
            out << name << ": " << rows << " rows" << (view->isVisible() ? "" : " (not visible)") << " in "
                << t.elapsed() << " ms; RSS " << rss << " MiB, peak " << hwm << " MiB" << Qt::endl;
            views.append(QJsonObject{{u"view"_s, name},       {u"rows"_s, rows},
                                     {u"visible"_s, view->isVisible()}, {u"ms"_s, double(t.elapsed())},
                                     {u"rss_mib"_s, rss},     {u"hwm_mib"_s, hwm}});
        }
    }
    benchIdle(500);
    const auto [finalRss, peak] = memoryMiB();
    const QString loadAfter = BenchReport::loadAverage();
    out << "final RSS " << finalRss << " MiB, peak (VmHWM) " << peak << " MiB, " << views.size() << " views, "
        << total.elapsed() << " ms" << Qt::endl;
    const QJsonObject json{
        {u"benchmark"_s, u"client_memory_bench"_s}, {u"machine"_s, BenchReport::machine()},
        {u"data_dir"_s, parser.value(u"data-dir"_s)}, {u"load_before"_s, loadBefore}, {u"load_after"_s, loadAfter},
        {u"stride"_s, stride}, {u"open_rss_mib"_s, openRss}, {u"final_rss_mib"_s, finalRss}, {u"peak_mib"_s, peak},
        {u"views"_s, views},
        {u"budget_rows"_s,
         QJsonArray{BenchReport::budgetRow(
             u"client memory ≤ 200 MB RSS with the province data set open and scrolled end to end"_s,
             u"peak %1 MB RSS (VmHWM), %2 MB at the end; %3 views scrolled (load %4)"_s.arg(peak * 1.048576, 0, 'f', 0)
                 .arg(finalRss * 1.048576, 0, 'f', 0)
                 .arg(views.size())
                 .arg(loadAfter),
             u"200 MB"_s, peak * 1.048576 / 200, peak * 1.048576 <= 200)}}};
    if (parser.isSet(u"json"_s) && !BenchReport::writeJson(parser.value(u"json"_s), json))
        return 1;
    return 0;
}
