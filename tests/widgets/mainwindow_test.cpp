#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

#include "models/hazardtablemodel.h"
#include "models/projectlistmodel.h"
#include "models/todaymodel.h"
#include "widgets/dialogs/settingsdialog.h"
#include "widgets/localization.h"
#include "widgets/views/dashboardpage.h"
#include "widgets/views/hazarddetailpane.h"
#include "widgets/views/hazardspage.h"
#include "widgets/views/monthlyreportpage.h"
#include "widgets/views/projectdetailview.h"
#include "widgets/views/projectspage.h"
#include "widgets/views/syncpage.h"
#include "widgets/views/todaypage.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

TEST_CASE("The main window navigates between its eleven pages by list, menu and shortcut", "[widgets][mainwindow]")
{
    WindowFixture f;
    auto *navigation = f.window->findChild<QListWidget *>(u"navigationList"_s);
    REQUIRE(navigation);
    CHECK(navigation->count() == int(MainWindow::Page::Count));
    const QList<QPair<int, MainWindow::Page>> shortcuts{{Qt::Key_1, MainWindow::Page::Today},
                                                        {Qt::Key_2, MainWindow::Page::Projects},
                                                        {Qt::Key_3, MainWindow::Page::Inspections},
                                                        {Qt::Key_4, MainWindow::Page::Hazards},
                                                        {Qt::Key_5, MainWindow::Page::Ledgers},
                                                        {Qt::Key_6, MainWindow::Page::Dashboard},
                                                        {Qt::Key_7, MainWindow::Page::Sync},
                                                        {Qt::Key_8, MainWindow::Page::Notices},
                                                        {Qt::Key_9, MainWindow::Page::Enforcement},
                                                        {Qt::Key_0, MainWindow::Page::Incidents}};
    for (const auto &[key, page] : shortcuts) {
        QTest::keyClick(f.window.get(), Qt::Key(key), Qt::ControlModifier);
        CHECK(f.window->currentPage() == page);
    }
    QTest::keyClick(f.window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.window->currentPage() == MainWindow::Page::DangerEvents);
    // 统计 is the dashboard now, the last page that was a placeholder.
    CHECK(qobject_cast<DashboardPage *>(f.window->page(MainWindow::Page::Dashboard)));
    // Every main action has a shortcut.
    for (QAction *action : f.window->findChildren<QAction *>()) {
        if (action->objectName().startsWith(u"action"_s) && action->objectName() != u"actionAbout"
            && action->objectName() != u"actionAboutQt") {
            INFO(action->objectName().toStdString());
            CHECK_FALSE(action->shortcut().isEmpty());
        }
    }
}

TEST_CASE("The main window builds a page when it is first shown",
          "[widgets][mainwindow][startup]")
{
    WindowFixture f;
    // Start-up builds the Today page alone: the others run no query until they are opened.
    CHECK(f.window->isPageBuilt(MainWindow::Page::Today));
    for (int p = 1; p < int(MainWindow::Page::Count); ++p)
        CHECK_FALSE(f.window->isPageBuilt(MainWindow::Page(p)));
    REQUIRE(waitFor([&] { return f.window->todayPage()->model()->isReady(); }));

    // A key builds the page it opens; the accessor returns the same page, never a second one.
    QTest::keyClick(f.window.get(), Qt::Key_4, Qt::ControlModifier);
    REQUIRE(f.window->isPageBuilt(MainWindow::Page::Hazards));
    HazardsPage *hazards = f.window->hazardsPage();
    CHECK(f.window->page(MainWindow::Page::Hazards) == hazards);
    CHECK(hazards->isVisible());
    CHECK(f.window->findChildren<HazardsPage *>().size() == 1);
    REQUIRE(waitFor([&] { return hazards->model()->isReady(); }));
    CHECK(hazards->view()->model()->rowCount() == nonZero(sqlCount(f.db(), u"SELECT count(*) FROM hazards"_s)));
    CHECK_FALSE(f.window->isPageBuilt(MainWindow::Page::Projects));

    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
    ProjectsPage *projects = f.window->projectsPage();
    REQUIRE(waitFor([&] { return projects->model()->isReady(); }));
    CHECK(projects->model()->rowCount() == nonZero(sqlCount(f.db(), u"SELECT count(*) FROM projects"_s)));

    // The monthly report, opened before its 市县 list is read, loads once the list is in.
    f.window->showMonthlyReport(u"2026-10"_s);
    REQUIRE(waitFor([&] { return f.window->reportPage()->isReady() && !f.window->reportPage()->document().isEmpty(); }));
    CHECK(f.window->reportPage()->document().first().scope.startsWith(u"2026-10"_s));
}

TEST_CASE("The status bar shows the data location and the changes waiting in the outbox", "[widgets][mainwindow]")
{
    WindowFixture f;
    REQUIRE(waitFor([&] { return f.window->pendingChanges() >= 0; }));
    const qint64 pending = sqlCount(f.db(), u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s);
    CHECK(pending >= DemoFixture::kLocalEdits);
    CHECK(f.window->pendingChanges() == pending);
    CHECK(f.window->statusText().contains(QDir::toNativeSeparators(DemoFixture::directory())));
    CHECK(f.window->statusText().contains(QString::number(pending)));
}

TEST_CASE("Window geometry and column layouts are remembered", "[widgets][mainwindow]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"sitesafe.ini"_s);
    auto store = DataStore::open(DemoFixture::directory());
    REQUIRE(store);
    QByteArray columns;
    {
        AppSettings settings(ini);
        DataFolderSession session(*store.value(), Clock::system(), DemoFixture::today());
        MainWindow window(session, settings);
        window.show();
        window.hazardsPage()->view()->setColumnWidth(3, 421);
        answerNextMessageBox(u"Quit now"_s); // the demo store has changes waiting to be sent
        window.close();
        columns = settings.layout(u"hazards/columns"_s);
    }
    CHECK_FALSE(columns.isEmpty());
    AppSettings settings(ini);
    DataFolderSession session(*store.value(), Clock::system(), DemoFixture::today());
    MainWindow window(session, settings);
    CHECK(window.hazardsPage()->view()->columnWidth(3) == 421);
}

TEST_CASE("Today opens the hazard behind an entry", "[widgets][today]")
{
    WindowFixture f;
    TodayModel *model = f.window->todayPage()->model();
    REQUIRE(waitFor([&] { return model->isReady(); }));
    const QModelIndex overdue = model->index(0, 0);
    REQUIRE(model->rowCount(overdue) > 0);
    CHECK(model->data(overdue, TodayModel::SectionTotalRole).toLongLong()
          == sqlCount(f.db(), u"SELECT count(*) FROM hazards WHERE status IN ('open','rectifying') AND effective_deadline < ?"_s,
                      {DemoFixture::today().toString(Qt::ISODate)})); // the session's today, not the wall clock
    const QModelIndex entry = model->index(0, 0, overdue);
    const QString hazardId = model->data(entry, TodayModel::RecordIdRole).toString();
    QTreeView *tree = f.window->todayPage()->view();
    tree->setCurrentIndex(entry);
    QTest::keyClick(tree, Qt::Key_Return);
    CHECK(f.window->currentPage() == MainWindow::Page::Hazards);
    HazardDetailPane *pane = f.window->hazardsPage()->detailPane();
    REQUIRE(waitFor([&] { return pane->detail().id == hazardId; }));
}

TEST_CASE("The settings dialog stores data folder, language and jurisdiction", "[widgets][settings]")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"s.ini"_s));
    SettingsDialog dialog(settings, {{u"460100"_s, u"海口市"_s}, {u"460200"_s, u"三亚市"_s}});
    dialog.findChild<QLineEdit *>(u"dataDirEdit"_s)->setText(dir.filePath(u"store"_s));
    auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"zh_CN"_s));
    auto *jurisdiction = dialog.findChild<QComboBox *>(u"jurisdictionCombo"_s);
    jurisdiction->setCurrentIndex(jurisdiction->findData(u"460200"_s));
    dialog.accept();
    CHECK(dialog.needsRestart());
    CHECK(settings.dataDirectory() == dir.filePath(u"store"_s));
    CHECK(settings.language() == u"zh_CN");
    CHECK(settings.jurisdictionCode() == u"460200");
    CHECK(Localization::resolve(QString(), QLocale(QLocale::Chinese, QLocale::China)) == u"zh_CN");
    CHECK(Localization::resolve(QString(), QLocale(QLocale::German, QLocale::Germany)) == u"en");
    CHECK(Localization::resolve(u"en"_s, QLocale(QLocale::Chinese, QLocale::China)) == u"en");
}

TEST_CASE("The app answers --version and --help without a display", "[widgets][app]")
{
    for (const QString &flag : {u"--version"_s, u"--help"_s}) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s); // would abort if a GUI were created
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(SITESAFE_APP), {flag});
        REQUIRE(app.waitForFinished(10000));
        CHECK(app.exitStatus() == QProcess::NormalExit);
        CHECK(app.exitCode() == 0);
        const QString output = QString::fromUtf8(app.readAllStandardOutput());
        CHECK(output.contains(flag == u"--version" ? u"sitesafe 0.1"_s : u"--data-dir"_s));
        if (flag == u"--help")
            CHECK(output.contains(u"--today <DATE>"_s));
    }
}

TEST_CASE("The zh_CN catalog is complete and loads", "[widgets][i18n]")
{
    QFile ts(QStringLiteral(SITESAFE_SOURCE_DIR "/resources/i18n/sitesafe_zh_CN.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    CHECK(text.count(u"<message"_s) > 300);
    CHECK(text.count(u"type=\"unfinished\""_s) == 0);
    CHECK(text.count(u"type=\"vanished\""_s) == 0);
    REQUIRE(Localization::install(u"zh_CN"_s));
    CHECK(MainWindow::tr("Hazards") == u"隐患");
    CHECK(MainWindow::tr("Today") == u"今日");
    Localization::install(u"en"_s);
    CHECK(MainWindow::tr("Hazards") == u"Hazards");
}

namespace {
/// Not blank: many colours, and a good share of pixels differ from the most common (background) colour.
void checkNotBlank(const QImage &image)
{
    QHash<QRgb, int> histogram;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++histogram[image.pixel(x, y)];
    int background = 0;
    for (int n : std::as_const(histogram))
        background = std::max(background, n);
    const int samples = (image.width() / 2) * (image.height() / 2);
    INFO("colours " << histogram.size() << ", background share " << double(background) / samples);
    CHECK(histogram.size() > 40);
    CHECK(double(background) / samples < 0.9);
}
} // namespace

TEST_CASE("Renders Today, Projects, Hazards and Sync in Chinese to PNG at 1366×768", "[widgets][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        WindowFixture f;
        CHECK(f.window->windowTitle().contains(u"工地安全巡检"_s));
        REQUIRE(waitFor([&] { return f.window->todayPage()->model()->isReady(); }));
        REQUIRE(waitFor([&] { return f.window->hazardsPage()->model()->isReady() && f.window->hazardsPage()->hasChoices(); }));
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        const QList<QPair<MainWindow::Page, QString>> pages{{MainWindow::Page::Today, u"today"_s},
                                                            {MainWindow::Page::Projects, u"projects"_s},
                                                            {MainWindow::Page::Hazards, u"hazards"_s},
                                                            {MainWindow::Page::Sync, u"sync"_s}};
        // The user guide shows three of them (make screenshots).
        const QHash<QString, QString> guideNames {
            {u"today"_s, u"02-today.png"_s}, {u"projects"_s, u"03-projects.png"_s}, {u"sync"_s, u"10-sync.png"_s}};
        for (const auto &[page, name] : pages) {
            f.window->showPage(page);
            if (page == MainWindow::Page::Projects) {
                QTableView *view = f.window->projectsPage()->view();
                REQUIRE(waitFor([&] { return f.window->projectsPage()->model()->isReady(); }));
                view->selectRow(0);
                REQUIRE(waitFor([&] { return f.window->projectsPage()->detailView()->detail().isFound; }));
            }
            if (page == MainWindow::Page::Hazards) {
                QTableView *view = f.window->hazardsPage()->view();
                view->selectRow(0);
                REQUIRE(waitFor([&] { return f.window->hazardsPage()->detailPane()->detail().isFound; }));
                REQUIRE(waitFor([&] { return f.window->hazardsPage()->model()->isRowLoaded(30); }));
            }
            if (page == MainWindow::Page::Sync)
                REQUIRE(waitFor([&] { return f.window->syncPage()->outboxModel()->isReady(); }));
            QTest::qWait(50);
            const QImage image = f.window->grab().toImage();
            CHECK(image.size() == QSize(1366, 768) * f.window->devicePixelRatio());
            checkNotBlank(image);
            CHECK(saveRender(image, u"mainwindow-"_s + name + u".zh_CN.png"_s, guideNames.value(name)));
        }
    }
    Localization::install(u"en"_s);
}

TEST_CASE("The pages take the session's today and clock, never the wall clock", "[widgets][clock]")
{
    // "Today" in China time: 20:00 UTC is already the next day in Hainan.
    FixedClock evening(QDateTime(QDate(2030, 1, 1), QTime(20, 0), Qt::UTC));
    auto store = DataStore::open(DemoFixture::directory());
    REQUIRE(store);
    {
        DataFolderSession byClock(*store.value(), evening);
        CHECK(byClock.today() == QDate(2030, 1, 2));
        CHECK(byClock.now() == evening.now());
        CHECK_FALSE(byClock.isTodayFixed());
        evening.set(QDateTime(QDate(2030, 1, 1), QTime(15, 59), Qt::UTC));
        CHECK(byClock.today() == QDate(2030, 1, 1));
    }

    // --today fixes the day the pages judge deadlines on; the clock still gives the time.
    const QDate fixed(2029, 12, 31);
    DataFolderSession session(*store.value(), evening, fixed);
    CHECK(session.today() == fixed);
    CHECK(session.localNow().date() == fixed);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"sitesafe.ini"_s));
    MainWindow window(session, settings);
    window.setConfirmsQuit(false);
    CHECK(window.hazardsPage()->model()->filter().today == fixed);
    auto *title = window.todayPage()->findChild<QLabel *>(u"titleLabel"_s);
    REQUIRE(title);
    REQUIRE(waitFor([&] { return window.todayPage()->model()->isReady(); }));
    CHECK(title->text().contains(QLocale().toString(fixed, QLocale::LongFormat)));
    CHECK(window.session().undoStack() == session.undoStack());
    CHECK(window.syncController() == session.syncController());
}

TEST_CASE("Help ▸ User guide (F1) shows the guide with all its pictures, from the program itself",
    "[widgets][mainwindow][userguide]")
{
    WindowFixture f;
    auto *action = f.window->findChild<QAction *>(u"actionUserGuide"_s);
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::Key_F1));
    QString text;
    QStringList pictures;
    QStringList missing;
    QTimer look;
    QObject::connect(&look, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        auto *browser = dialog ? dialog->findChild<QTextBrowser *>(u"userGuideBrowser"_s) : nullptr;
        if (!browser)
            return;
        look.stop();
        text = browser->toPlainText();
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                const QTextCharFormat format = fragment.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                const QString name = format.toImageFormat().name();
                pictures << name;
                if (browser->loadResource(QTextDocument::ImageResource, QUrl(name)).toByteArray().isEmpty())
                    missing << name;
            }
        }
        dialog->reject();
    });
    look.start(20);
    action->trigger();
    CHECK(text.contains(u"首次启动向导"_s));
    CHECK(pictures.size() >= 9);
    CHECK(missing.isEmpty());
}
