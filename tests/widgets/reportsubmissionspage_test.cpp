// 报送情况: the province's table of a month's reports, judged on the injected clock a month after the reports came in.
#include "widgets/views/reportsubmissionspage.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "models/democopy.h"
#include "models/modeltesthelpers.h"
#include "models/sqlworker.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/monthlyreportrepository.h"
#include "widgets/localization.h"

using namespace sitesafe;
using namespace sitesafe::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime beijing(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone(8 * 3600)).toUTC();
}

/// A demo copy where 海口 reported October on time and 三亚 a few days late; the clock then stands on 2 December.
struct SubmissionsFolder {
    DemoCopy copy;
    FixedClock clock{beijing(2026, 10, 30, 10)};
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;
    std::unique_ptr<SqlWorker> worker;

    SubmissionsFolder()
    {
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(copy.directory(), options);
        REQUIRE(opened.isOk());
        store = std::move(opened).value();
        MonthlyReportRepository reports(store->connection());
        REQUIRE(reports.submit(u"460100"_s, u"2026-10"_s, u"{}"_s, u"wang"_s));
        clock.set(beijing(2026, 11, 3, 16));
        REQUIRE(reports.submit(u"460200"_s, u"2026-10"_s, u"{}"_s, u"li"_s));
        clock.set(beijing(2026, 12, 2, 9));
        session = std::make_unique<DataFolderSession>(*store, clock, QDate(2026, 12, 2));
        worker = std::make_unique<SqlWorker>(copy.databasePath());
    }
    ~SubmissionsFolder()
    {
        worker.reset();
        session.reset();
        store.reset();
    }
    qint64 count(const QString &sql) { return sqlCount(store->connection(), sql); }
};

} // namespace

TEST_CASE("The submissions table shows which 市县 reported a month on time, late or not at all, and opens a report",
          "[report][ui]")
{
    SubmissionsFolder f;
    ReportSubmissionsPage page(*f.session, *f.worker);
    // On 2 December the month due last is November; October is chosen here.
    page.setPeriod(*LedgerPeriod::parse(u"2026-10"));
    REQUIRE(waitFor([&] { return page.isReady() && page.table()->rowCount() > 0; }));
    const qint64 cities = f.count(u"SELECT count(*) FROM jurisdictions WHERE kind <> 'park'"_s);
    const qint64 parks = f.count(u"SELECT count(*) FROM jurisdictions WHERE kind = 'park'"_s);
    REQUIRE(cities == 19);
    REQUIRE(page.rows().size() == cities + parks);
    QHash<QString, ReportDeadline::State> byCode;
    for (const MonthlySubmission &s : page.rows())
        byCode.insert(s.code, s.state);
    CHECK(byCode.value(u"460100"_s) == ReportDeadline::State::OnTime);
    CHECK(byCode.value(u"460200"_s) == ReportDeadline::State::Late);
    CHECK(byCode.value(u"469005"_s) == ReportDeadline::State::Overdue);
    CHECK(std::count_if(page.rows().cbegin(), page.rows().cend(),
                        [](const MonthlySubmission &s) { return s.state == ReportDeadline::State::Overdue; })
          == cities + parks - 2);
    // The 市县 first, in code order: 海口 then 三亚.
    CHECK(page.table()->item(0, 0)->text() == u"海口市"_s);
    CHECK(page.table()->item(1, 1)->text() == MonthlySubmissions::stateText(ReportDeadline::State::Late));
    CHECK(page.summaryLabel()->text().contains(u"2 of 19"_s));

    // Double-click 三亚: its October report is asked for.
    QSignalSpy asked(&page, &ReportSubmissionsPage::reportRequested);
    Q_EMIT page.table()->cellDoubleClicked(1, 0);
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).at(0).toString() == u"460200"_s);
    CHECK(asked.at(0).at(1).value<LedgerPeriod>().text() == u"2026-10"_s);

    // December has only begun: nothing is due yet, nobody is late.
    page.setPeriod(*LedgerPeriod::parse(u"2026-12"));
    REQUIRE(waitFor([&] { return page.isReady() && !page.rows().isEmpty(); }));
    for (const MonthlySubmission &s : page.rows())
        CHECK(s.state == ReportDeadline::State::Pending);
}

TEST_CASE("report-submissions.png: the submissions table in Chinese", "[report][ui][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        SubmissionsFolder f;
        ReportSubmissionsPage page(*f.session, *f.worker);
        page.resize(900, 760);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        page.setPeriod(*LedgerPeriod::parse(u"2026-10"));
        REQUIRE(waitFor([&] { return page.isReady() && page.table()->rowCount() > 0; }));
        CHECK(page.summaryLabel()->text().contains(u"19"_s));
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        QTest::qWait(50);
        CHECK(page.grab().toImage().save(QStringLiteral(SITESAFE_RENDER_DIR) + u"/report-submissions.png"_s));
    }
    Localization::install(u"en"_s);
}
