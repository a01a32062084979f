#include "widgets/views/monthlyreportpage.h"

#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

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
#include "widgets/reportoutput.h"
#include "widgettesthelpers.h"

using namespace sitesafe;
using namespace sitesafe::test;
using namespace Qt::StringLiterals;

namespace {

/// A demo copy whose session clock the test sets, signed in as an inspector of 海口.
struct ReportFolder {
    DemoCopy copy;
    FixedClock clock{QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone(8 * 3600)).toUTC()};
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;
    std::unique_ptr<SqlWorker> worker;

    ReportFolder()
    {
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(copy.directory(), options);
        REQUIRE(opened.isOk());
        store = std::move(opened).value();
        REQUIRE(SyncStateStore(store->connection()).recordAccount({u"wang"_s, u"inspector"_s, u"460100"_s}));
        session = std::make_unique<DataFolderSession>(*store, clock, QDate(2026, 11, 28));
        worker = std::make_unique<SqlWorker>(copy.databasePath());
    }
    ~ReportFolder()
    {
        worker.reset();
        session.reset();
        store.reset();
    }
    qint64 count(const QString &sql) { return sqlCount(store->connection(), sql); }
};

} // namespace

TEST_CASE("The monthly report page shows the figures for the account's 市县, submits them once as a synced record, "
          "and marks a submission after the 1st late",
          "[report][ui]")
{
    ReportFolder f;
    MonthlyReportPage page(*f.session, *f.worker);
    REQUIRE(waitFor([&] { return page.isReady(); }));
    // The current month of the account's 市县 first; figures exactly MonthlyReport's.
    // Judged on the session's day: a hazard due later this month is not overdue yet.
    const auto expected = MonthlyReport::figures(f.store->connection(), u"460100"_s, *LedgerPeriod::parse(u"2026-11"),
                                                 QDate(2026, 11, 28));
    REQUIRE(expected);
    CHECK(page.figures() == expected.value());
    CHECK(page.table()->rowCount() == MonthlyReport::keys().size());
    CHECK(page.table()->item(0, 0)->text() == MonthlyReport::label(MonthlyReport::keys().first()));
    CHECK(page.statusLabel()->text().contains(u"2026-12-01"_s));
    CHECK(page.submitButton()->isEnabled());

    // Submitted on 28 November: one row, its figures, one outbox mutation; not late.
    REQUIRE(page.submit().isEmpty());
    CHECK(f.count(u"SELECT count(*) FROM monthly_reports WHERE jurisdiction_code = '460100' AND month = '2026-11' "
                  "AND status = 'submitted'"_s) == 1);
    QSqlQuery q(f.store->connection());
    REQUIRE(q.exec(u"SELECT figures FROM monthly_reports WHERE jurisdiction_code = '460100' AND month = '2026-11'"_s));
    REQUIRE(q.next());
    CHECK(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() == expected.value());
    CHECK(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'monthly_reports'"_s) == 1);
    CHECK_FALSE(page.statusLabel()->text().contains(u"迟报"_s));

    // October's report, submitted on 28 November: after the 1st, so late; submitting again keeps one row.
    page.setPeriod(*LedgerPeriod::parse(u"2026-10"));
    REQUIRE(waitFor([&] { return page.isReady() && page.figures() != expected.value(); }));
    CHECK(page.statusLabel()->text().contains(u"overdue"_s));
    REQUIRE(page.submit().isEmpty());
    CHECK(page.statusLabel()->text().contains(u"迟报"_s));
    f.clock.set(f.clock.now().addDays(2));
    REQUIRE(page.submit().isEmpty());
    CHECK(f.count(u"SELECT count(*) FROM monthly_reports WHERE month = '2026-10'"_s) == 1);
    CHECK(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'monthly_reports'"_s) == 3);

    // The whole province: the sum of every 市县, reviewed but not submitted.
    page.setJurisdiction(QString());
    REQUIRE(waitFor([&] { return page.isReady() && !page.document().isEmpty()
                                 && page.document().first().scope == u"2026-10 · 全省"_s; }));
    const auto province = MonthlyReport::figures(f.store->connection(), QString(), *LedgerPeriod::parse(u"2026-10"),
                                                 QDate(2026, 11, 30));
    REQUIRE(province);
    CHECK(page.figures() == province.value());
    CHECK_FALSE(page.submitButton()->isEnabled());
    CHECK(page.statusLabel()->text().contains(u"not submitted"_s));
}

TEST_CASE("The monthly report page saves and prints the report of its 市县 with the three ledgers of the month",
          "[report][ui]")
{
    ReportFolder f;
    MonthlyReportPage page(*f.session, *f.worker);
    page.setPeriod(*LedgerPeriod::parse(u"2026-10"));
    REQUIRE(waitFor([&] { return page.isReady() && page.document().size() == 4
                                 && page.document().first().scope == u"2026-10 · 海口市"_s; }));
    CHECK(page.documentTitle() == MonthlyReport::documentTitle(u"2026-10 · 海口市"_s));
    const qint64 majors = f.count(u"SELECT count(*) FROM hazards h JOIN projects p ON p.id = h.project_id WHERE "
                                  "h.is_major = 1 AND h.status <> 'voided' AND "
                                  "strftime('%Y-%m', h.found_at, '+8 hours') = '2026-10' AND "
                                  "(p.jurisdiction_code = '460100' OR p.park_code = '460100')"_s);
    REQUIRE(majors > 0);

    TestDir dir;
    const QString pdf = dir.file(u"report.pdf"_s);
    REQUIRE(page.exportTo(pdf).isEmpty());
    // The print dialog's printer, set to print to a file: the same document on paper.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.file(u"printed.pdf"_s));
    REQUIRE(ReportOutput::print(printer, page.documentTitle(), page.document()).isEmpty());
    for (const QString &file : {pdf, dir.file(u"printed.pdf"_s)}) {
        INFO(file.toStdString());
        const QString text = pdfText(file);
        CHECK(text.contains(squeezed(page.documentTitle())));
        CHECK(text.contains(u"重大事故隐患台账2026-10·海口市·共%1条"_s.arg(majors)));
        CHECK(text.contains(u"非亡人事故台账2026-10·海口市"_s));
        CHECK(text.contains(u"重大险情台账2026-10·海口市"_s));
    }
    const QString xlsx = dir.file(u"report.xlsx"_s);
    REQUIRE(page.exportTo(xlsx).isEmpty());
    CHECK(QFile(xlsx).size() > 5000);
    // A folder that does not exist: a sentence, and no file.
    CHECK_FALSE(page.exportTo(dir.file(u"missing/report.pdf"_s)).isEmpty());
    CHECK_FALSE(QFile::exists(dir.file(u"missing/report.pdf"_s)));
}

TEST_CASE("monthly-report.png: the monthly report in Chinese", "[report][ui][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        ReportFolder f;
        MonthlyReportPage page(*f.session, *f.worker);
        page.resize(1000, 760);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(waitFor([&] { return page.isReady(); }));
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        QTest::qWait(50);
        CHECK(saveRender(page.grab().toImage(), u"monthly-report.png"_s, u"12-monthly-report.png"_s));
    }
    Localization::install(u"en"_s);
}
