// 年度总结: the year-end work summary page on a copy of the demo data, its clock on 20 December.
#include "widgets/views/annualsummarypage.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "models/democopy.h"
#include "models/modeltesthelpers.h"
#include "models/sqlworker.h"
#include "reports/monthlyreport.h"
#include "reports/noticetesthelpers.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/syncstatestore.h"
#include "support/tempdir.h"
#include "widgets/localization.h"

using namespace sitesafe;
using namespace sitesafe::test;
using namespace Qt::StringLiterals;

namespace {

struct SummaryFolder {
    DemoCopy copy;
    FixedClock clock{QDateTime(QDate(2026, 12, 20), QTime(2, 0), Qt::UTC)};
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;
    std::unique_ptr<SqlWorker> worker;

    SummaryFolder()
    {
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(copy.directory(), options);
        REQUIRE(opened.isOk());
        store = std::move(opened).value();
        REQUIRE(SyncStateStore(store->connection()).recordAccount({u"wang"_s, u"supervisor"_s, u"460100"_s}));
        session = std::make_unique<DataFolderSession>(*store, clock, QDate(2026, 12, 20));
        worker = std::make_unique<SqlWorker>(copy.databasePath());
    }
    ~SummaryFolder()
    {
        worker.reset();
        session.reset();
        store.reset();
    }
    qint64 count(const QString &sql) { return sqlCount(store->connection(), sql); }
};

} // namespace

TEST_CASE("The year-end summary page shows the year's figures, keeps the text through a change of period, saves a "
          "draft, submits once and exports the text with the ledgers",
          "[report][ui]")
{
    SummaryFolder f;
    AnnualSummaryPage page(*f.session, *f.worker);
    REQUIRE(waitFor([&] { return page.isReady(); }));
    const auto expected = MonthlyReport::figures(f.store->connection(), u"460100"_s, LedgerPeriod::wholeYear(2026),
                                                 QDate(2026, 12, 20));
    REQUIRE(expected);
    CHECK(page.figures() == expected.value());
    CHECK(page.document().first().scope == u"2026-01~2026-12 · 海口市"_s);
    CHECK(page.statusLabel()->text().contains(u"2026-12-31"_s));

    // Typed, then another period chosen and back: the text is still there, unsaved.
    page.textEdit()->setPlainText(u"全年开展两轮全覆盖检查。"_s);
    page.textEdit()->document()->setModified(true);
    REQUIRE(page.choosePeriod(u"2025年度"_s));
    REQUIRE(waitFor([&] { return page.isReady() && page.document().first().scope.startsWith(u"2025"_s); }));
    CHECK(page.textEdit()->toPlainText().isEmpty());
    REQUIRE(page.choosePeriod(u"2026年度"_s));
    REQUIRE(waitFor([&] { return page.isReady() && page.document().first().scope.startsWith(u"2026"_s); }));
    CHECK(page.textEdit()->toPlainText() == u"全年开展两轮全覆盖检查。"_s);

    REQUIRE(page.save(false).isEmpty());
    CHECK(f.count(u"SELECT count(*) FROM annual_summaries WHERE status = 'draft' AND summary_text = "
                  "'全年开展两轮全覆盖检查。'"_s) == 1);
    page.textEdit()->appendPlainText(u"重大事故隐患全部整改销号。"_s);
    REQUIRE(page.save(true).isEmpty());
    CHECK(f.count(u"SELECT count(*) FROM annual_summaries"_s) == 1);
    CHECK(f.count(u"SELECT count(*) FROM annual_summaries WHERE status = 'submitted' AND jurisdiction_code = "
                  "'460100' AND first_month = '2026-01' AND last_month = '2026-12'"_s) == 1);
    CHECK(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'annual_summaries'"_s) == 2);
    CHECK(page.statusLabel()->text().startsWith(u"Submitted"_s));

    TestDir dir;
    const QString pdf = dir.file(u"summary.pdf"_s);
    REQUIRE(page.exportTo(pdf).isEmpty());
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"全年开展两轮全覆盖检查。"_s));
    CHECK(text.contains(u"重大事故隐患全部整改销号。"_s));
    CHECK(text.contains(u"重大事故隐患台账2026-01~2026-12·海口市"_s));
}

TEST_CASE("annual-summary.png: the year-end summary in Chinese", "[report][ui][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        SummaryFolder f;
        AnnualSummaryPage page(*f.session, *f.worker);
        page.resize(1200, 760);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(waitFor([&] { return page.isReady(); }));
        page.textEdit()->setPlainText(u"一、全年对全市在建房屋市政工程开展两轮全覆盖检查。\n二、排查的重大事故隐患全部挂牌督办、整改销号。\n"
                                      "三、明年将继续推进治本攻坚三年行动。"_s);
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        QTest::qWait(50);
        CHECK(page.grab().toImage().save(QStringLiteral(SITESAFE_RENDER_DIR) + u"/annual-summary.png"_s));
    }
    Localization::install(u"en"_s);
}
