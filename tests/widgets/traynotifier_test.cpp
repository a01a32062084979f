// Issue 11, reminders: what the tray notifier shows and when. Offscreen there is no system tray, so the notifier is
// driven through its ReminderSink interface (a recording sink here; TrayReminderSink and StatusBarReminderSink in
// the program) with the real ReminderScanner on a copy of the demo data and a FixedClock moved by the test.
#include "widgets/traynotifier.h"

#include <QBrush>
#include <QCheckBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>

#include <catch2/catch.hpp>

#include "models/democopy.h"
#include "models/hazardtablemodel.h"
#include "models/reminderscanner.h"
#include "models/shownreminderfile.h"
#include "storage/hazardrepository.h"
#include "widgets/dialogs/settingsdialog.h"
#include "widgets/views/hazardspage.h"
#include "widgets/views/monthlyreportpage.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
/// Records what the notifier shows instead of a tray balloon.
class RecordingSink final : public ReminderSink
{
public:
    void showReminder(const ReminderNotice &notice) override { notices << notice; }
    void setActive(bool isActive) override { active = isActive; }

    QList<ReminderNotice> notices;
    bool active = false;
};

/// A day after the demo's today on which no hazard awaiting rectification falls due, so that a hazard given that
/// deadline is the only one to become overdue the day after.
QDate quietDay(QSqlDatabase db)
{
    for (int offset = 5; offset < 120; ++offset) {
        const QDate day = DemoFixture::today().addDays(offset);
        if (sqlCount(db, u"SELECT count(*) FROM hazards WHERE status IN ('open', 'rectifying') AND effective_deadline = ?"_s,
                     {day.toString(Qt::ISODate)})
            == 0)
            return day;
    }
    FAIL("no day without deadlines in the demo data");
    return {};
}

QString recordHazard(DataStore &store, QDate deadline, const QString &description)
{
    QSqlQuery q(store.connection());
    REQUIRE(q.exec(u"SELECT id FROM projects ORDER BY id LIMIT 1"_s));
    REQUIRE(q.next());
    Hazard h;
    h.projectId = q.value(0).toString();
    h.description = description;
    h.measure = u"deadline"_s;
    h.deadline = deadline;
    auto id = HazardRepository(store.connection()).create(h, u"提醒测试"_s);
    REQUIRE(id);
    return id.value();
}

int keysWithPrefix(const QStringList &keys, const QString &prefix)
{
    return int(std::count_if(keys.cbegin(), keys.cend(), [&](const QString &k) { return k.startsWith(prefix); }));
}
} // namespace

TEST_CASE("Reminders: a notice for what is new, none for the same reminders again, one naming a hazard that became "
          "overdue overnight, none while turned off",
          "[reminders][ui]")
{
    DemoCopy copy;
    auto opened = DataStore::open(copy.directory());
    REQUIRE(opened);
    DataStore &store = *opened.value();
    {
        // The demo's incidents reported, so the incident countdown does not take the notices over.
        QSqlQuery q(store.connection());
        REQUIRE(q.exec(u"UPDATE incidents SET platform_reported_at = occurred_at WHERE platform_reported_at IS NULL"_s));
    }
    const QDate day = quietDay(store.connection());
    const QString hazard = recordHazard(store, day, u"塔吊基础积水未排除（提醒测试）"_s);
    FixedClock clock(QDateTime(day, QTime(2, 0), Qt::UTC)); // 10:00 China time
    DataFolderSession session(store, clock);
    REQUIRE(session.today() == day);
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(u"sitesafe.ini"_s));
    RecordingSink sink;
    TrayNotifier notifier(session, settings, sink);
    int scans = 0;
    QObject::connect(&notifier, &TrayNotifier::scanned, [&scans] { ++scans; });

    // Start-up: everything is news once, the hazard due today among it; the timer runs every 15 minutes.
    notifier.start();
    CHECK(sink.active);
    CHECK(notifier.timer().isActive());
    CHECK(notifier.timer().interval() == 15 * 60 * 1000);
    REQUIRE(waitFor([&] { return scans == 1; }));
    REQUIRE(notifier.lastScan().isOk);
    REQUIRE(sink.notices.size() == 1);
    CHECK(sink.notices[0].keys.contains(u"due:"_s + hazard));
    CHECK(sink.notices[0].keys.size() == notifier.lastScan().total());
    // Remembered in the data folder, written on the worker after the notice.
    REQUIRE(waitFor([&] { return ShownReminderFile(store.directory()).read().contains(u"due:"_s + hazard); }));
    CHECK(ShownReminderFile(store.directory()).read().size() == notifier.lastScan().total());
    CHECK(notifier.shownError().isEmpty());

    // The same instant scanned again (a timer tick): nothing new, no second notice.
    notifier.scanNow();
    REQUIRE(waitFor([&] { return scans == 2; }));
    CHECK(sink.notices.size() == 1);

    // A day later the hazard is overdue: one notice, naming it and nothing else as newly overdue.
    clock.advance(24 * 3600 * 1000);
    notifier.scanNow();
    REQUIRE(waitFor([&] { return scans == 3; }));
    REQUIRE(sink.notices.size() == 2);
    const ReminderNotice &overnight = sink.notices[1];
    CHECK(notifier.lastScan().overdue.fresh == 1);
    CHECK(keysWithPrefix(overnight.keys, u"overdue:"_s) == 1);
    CHECK(overnight.keys.contains(u"overdue:"_s + hazard));
    CHECK(overnight.target == ReminderNotice::Target::Overdue);
    CHECK(overnight.text.contains(u"1 hazard(s) newly overdue: 塔吊基础积水未排除（提醒测试）"_s));
    // Clicking it opens the overdue list.
    QList<ReminderNotice::Target> requested;
    QObject::connect(&notifier, &TrayNotifier::hazardsRequested,
                     [&requested](ReminderNotice::Target target) { requested << target; });
    notifier.openNotice();
    CHECK(requested == QList<ReminderNotice::Target>{ReminderNotice::Target::Overdue});

    // Remembered per data folder: a new notifier (the program started again) does not repeat it.
    {
        RecordingSink again;
        TrayNotifier restarted(session, settings, again);
        int restartedScans = 0;
        QObject::connect(&restarted, &TrayNotifier::scanned, [&restartedScans] { ++restartedScans; });
        restarted.start();
        REQUIRE(waitFor([&] { return restartedScans == 1; }));
        CHECK(again.notices.isEmpty());
    }

    // Turned off: no icon, no timer, no scan, no notice, even for a hazard overdue from the start.
    settings.setRemindersOn(false);
    notifier.applySettings();
    CHECK_FALSE(sink.active);
    CHECK_FALSE(notifier.timer().isActive());
    const QString late = recordHazard(store, day.addDays(-3), u"外脚手架连墙件缺失（提醒测试）"_s);
    notifier.scanNow();
    QCoreApplication::processEvents();
    CHECK(scans == 3);
    CHECK(sink.notices.size() == 2);

    // Turned on again: honoured at once, and the hazard is news.
    settings.setRemindersOn(true);
    notifier.applySettings();
    CHECK(sink.active);
    REQUIRE(waitFor([&] { return scans == 4; }));
    REQUIRE(sink.notices.size() == 3);
    CHECK(sink.notices[2].keys == QStringList{u"overdue:"_s + late});
    CHECK(sink.notices[2].text.contains(u"外脚手架连墙件缺失（提醒测试）"_s));

    // The tray menu's "Turn reminders off" is saved.
    notifier.turnOff();
    CHECK_FALSE(settings.areRemindersOn());
    CHECK_FALSE(sink.active);
}

TEST_CASE("Reminders in the main window: the status bar without a tray, the lists they open, the Settings switch",
          "[reminders][ui]")
{
    // A folder of its own: the reminders shown are remembered in the data folder, and the shared demo folder's
    // were shown by every other window test already.
    DemoCopy copy;
    WindowFixture f(copy.directory());
    TrayNotifier *notifier = f.window->trayNotifier();
    REQUIRE(notifier);
    // Offscreen there is no system tray: the notices go to the status bar.
    REQUIRE_FALSE(QSystemTrayIcon::isSystemTrayAvailable());
    CHECK(notifier->tray() == nullptr);
    REQUIRE(waitFor([&] { return notifier->noticeCount() == 1; }));
    CHECK(f.window->statusBar()->currentMessage().startsWith(u"SiteSafe reminders: "_s));

    const QString today = DemoFixture::today().toString(Qt::ISODate);
    HazardsPage *page = f.window->hazardsPage();
    Q_EMIT notifier->hazardsRequested(ReminderNotice::Target::Overdue);
    CHECK(f.window->currentPage() == MainWindow::Page::Hazards);
    CHECK(page->currentFilter().isOverdueOnly);
    REQUIRE(waitFor([&] { return page->model()->isReady(); }));
    CHECK(page->view()->model()->rowCount()
          == nonZero(sqlCount(f.db(), u"SELECT count(*) FROM hazards WHERE status IN ('open', 'rectifying') "
                                      "AND effective_deadline < ?"_s,
                              {today})));

    Q_EMIT notifier->hazardsRequested(ReminderNotice::Target::DueSoon);
    CHECK_FALSE(page->currentFilter().isOverdueOnly);
    CHECK(page->currentFilter().deadlineTo == DemoFixture::today().addDays(1));
    REQUIRE(waitFor([&] { return page->model()->isReady(); }));
    CHECK(page->view()->model()->rowCount()
          == nonZero(sqlCount(f.db(), u"SELECT count(*) FROM hazards WHERE status IN ('open', 'rectifying') "
                                      "AND effective_deadline BETWEEN ? AND ?"_s,
                              {today, DemoFixture::today().addDays(1).toString(Qt::ISODate)})));
    // The list shows them as due within a day: the deadline in amber, the row's IsDueSoonRole.
    REQUIRE(waitFor([&] { return page->model()->isRowLoaded(0); }));
    const QModelIndex deadline = page->model()->index(0, int(HazardColumn::Deadline));
    CHECK(deadline.data(HazardTableModel::IsDueSoonRole).toBool());
    CHECK_FALSE(deadline.data(HazardTableModel::IsOverdueRole).toBool());
    CHECK(deadline.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb2, 0x5e, 0x00));

    // A monthly report reminder opens the 台账 page on the report tab, at the month it names.
    Q_EMIT notifier->monthlyReportRequested(u"2026-10"_s);
    CHECK(f.window->currentPage() == MainWindow::Page::Ledgers);
    CHECK(f.window->reportPage()->isVisible());
    REQUIRE(waitFor([&] { return f.window->reportPage()->isReady() && !f.window->reportPage()->document().isEmpty()
                                 && f.window->reportPage()->document().first().scope.startsWith(u"2026-10"_s); }));
    // An incident reminder opens the incidents page.
    Q_EMIT notifier->incidentsRequested();
    CHECK(f.window->currentPage() == MainWindow::Page::Incidents);

    // The Settings dialog's switch, followed as soon as the dialog closes.
    {
        SettingsDialog dialog(*f.settings, {});
        auto *check = dialog.findChild<QCheckBox *>(u"remindersCheck"_s);
        REQUIRE(check);
        CHECK(check->isChecked());
        check->setChecked(false);
        dialog.accept();
    }
    CHECK_FALSE(f.settings->areRemindersOn());
    notifier->applySettings();
    CHECK_FALSE(notifier->timer().isActive());
    CHECK(f.window->statusBar()->currentMessage().isEmpty());
}

TEST_CASE("A monthly report reminder says which month is due or overdue, and clicking it asks for that report",
          "[reminders][ui][report]")
{
    DemoCopy copy;
    auto opened = DataStore::open(copy.directory());
    REQUIRE(opened);
    DataStore &store = *opened.value();
    // 26 November, 10:00 in Beijing: October's report is overdue and November's is due before 1 December.
    FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(2, 0), Qt::UTC));
    DataFolderSession session(store, clock);
    const ReminderScan scan = ReminderScanner::scan(store.connection(), clock.now(), session.today(), u"460100"_s);
    REQUIRE(scan.isOk);
    REQUIRE(scan.monthlyReports.total == 2);
    ReminderNotice notice = TrayNotifier::noticeFor(scan);
    CHECK(notice.month == u"2026-10"_s);
    CHECK(notice.text.contains(u"The monthly report for 2026-10 of 海口市 was due before 2026-11-01 and is not submitted."_s));
    CHECK(notice.keys.contains(u"monthly-report:460100:2026-11"_s));

    // Only the reports new: the notice's click goes to the report, for its month.
    ReminderScan onlyReports = scan;
    onlyReports.overdue = {};
    onlyReports.dueSoon = {};
    onlyReports.reportsDue = {};
    onlyReports.reportsLate = {};
    onlyReports.monthlyReports.items.removeFirst();
    notice = TrayNotifier::noticeFor(onlyReports);
    CHECK(notice.target == ReminderNotice::Target::MonthlyReport);
    CHECK(notice.month == u"2026-11"_s);
    CHECK(notice.text == u"The monthly report for 2026-11 of 海口市 is due before 2026-12-01."_s);

    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(u"sitesafe.ini"_s));
    settings.setJurisdictionCode(u"460100"_s);
    RecordingSink sink;
    TrayNotifier notifier(session, settings, sink);
    int scans = 0;
    QObject::connect(&notifier, &TrayNotifier::scanned, [&scans] { ++scans; });
    notifier.start();
    REQUIRE(waitFor([&] { return scans == 1; }));
    REQUIRE(sink.notices.size() == 1);
    CHECK(sink.notices[0].text.contains(u"The monthly report for 2026-10 of 海口市"_s));
    CHECK(sink.notices[0].keys.contains(u"monthly-report:460100:2026-10"_s));
}
