#include "widgets/views/ledgerspage.h"

#include <functional>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include "models/demofixture.h"
#include "models/modeltesthelpers.h"
#include "models/sqlworker.h"
#include "reports/noticetesthelpers.h"
#include "support/tempdir.h"
#include "widgets/localization.h"
#include "widgets/views/ledgersheetmodel.h"
#include "widgettesthelpers.h"

using namespace sitesafe;
using namespace sitesafe::test;
using namespace Qt::StringLiterals;

namespace {

qint64 count(const QString &sql)
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("The ledgers page shows a month's ledger for a city as SQL counts it, and exports what it shows",
          "[ledger][ui]")
{
    SqlWorker worker(DemoFixture::databasePath());
    LedgersPage page(worker, DemoFixture::today());
    REQUIRE(waitFor([&] { return page.isReady(); }));
    // The month reported by the 1st comes first: the one before the demo's today (2026-11-28).
    CHECK(page.model()->header().scope.startsWith(u"2026-10 · "_s));

    page.setPeriod(*LedgerPeriod::parse(u"2026-11"));
    page.setJurisdiction(u"460100"_s);
    page.setKind(LedgerKind::MajorHazards);
    REQUIRE(waitFor([&] { return page.isReady() && page.model()->header().scope == u"2026-11 · 海口市"_s; }));
    const qint64 expected
        = count(u"SELECT count(*) FROM hazards h JOIN projects p ON p.id = h.project_id WHERE h.is_major = 1 AND "
                "h.status <> 'voided' AND strftime('%Y-%m', h.found_at, '+8 hours') = '2026-11' AND "
                "(p.jurisdiction_code = '460100' OR p.park_code = '460100')"_s);
    REQUIRE(expected > 0);
    CHECK(page.model()->rowCount() == expected);
    CHECK(page.model()->headerData(1, Qt::Horizontal).toString() == u"市县"_s);
    CHECK(page.model()->index(0, 1).data().toString() == u"海口市"_s);

    TestDir dir;
    QSignalSpy exported(&page, &LedgersPage::exported);
    const auto exportTo = [&](const QString &path) {
        exported.clear();
        page.exportTo(path);
        REQUIRE(waitFor([&] { return exported.size() == 1; }));
        return exported.at(0).at(1).toString();
    };
    const QString csv = dir.file(u"ledger.csv"_s);
    CHECK(exportTo(csv).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll().mid(3)).split(u"\r\n"_s).size() == expected + 4);
    const QString xlsx = dir.file(u"ledger.xlsx"_s);
    CHECK(exportTo(xlsx).isEmpty());
    CHECK(QFile(xlsx).size() > 4000);
    const QString pdf = dir.file(u"ledger.pdf"_s);
    CHECK(exportTo(pdf).isEmpty());
    CHECK(pdfText(pdf).contains(u"重大事故隐患台账2026-11·海口市·共%1条"_s.arg(expected)));
    // A folder that does not exist: a sentence, no file.
    const QString nowhere = dir.file(u"missing/ledger.xlsx"_s);
    CHECK_FALSE(exportTo(nowhere).isEmpty());
    CHECK_FALSE(QFile::exists(nowhere));

    page.setKind(LedgerKind::Incidents);
    REQUIRE(waitFor([&] { return page.isReady() && page.model()->header().kind == LedgerKind::Incidents; }));
    CHECK(page.model()->rowCount()
          == count(u"SELECT count(*) FROM incidents i JOIN projects p ON p.id = i.project_id WHERE i.deaths = 0 AND "
                   "strftime('%Y-%m', i.occurred_at, '+8 hours') = '2026-11' AND "
                   "(p.jurisdiction_code = '460100' OR p.park_code = '460100')"_s));
}

TEST_CASE("The ledgers page filters by status, shows the running list of major hazards not yet closed, and reads a "
          "long list in windows",
          "[ledger][ui]")
{
    SqlWorker worker(DemoFixture::databasePath());
    LedgersPage page(worker, DemoFixture::today());
    REQUIRE(waitFor([&] { return page.isReady(); }));
    page.setPeriod(*LedgerPeriod::parse(u"2026-11"));
    page.setKind(LedgerKind::MajorHazards);
    page.setStatus(u"closed"_s);
    REQUIRE(waitFor([&] { return page.isReady() && page.model()->query().statuses == QStringList{u"closed"_s}
                                 && page.model()->header().scope == u"2026-11 · 全省"_s; }));
    const qint64 closed = count(u"SELECT count(*) FROM hazards WHERE is_major = 1 AND status = 'closed' AND "
                                "strftime('%Y-%m', found_at, '+8 hours') = '2026-11'"_s);
    REQUIRE(closed > 0);
    CHECK(page.model()->rowCount() == closed);
    CHECK(page.countLabel()->text() == u"%1 row(s)"_s.arg(closed));

    // The running list: every major hazard not closed nor voided, found in any month, for the chosen place.
    page.showRunningList();
    page.setJurisdiction(u"460100"_s);
    REQUIRE(waitFor([&] { return page.isReady() && page.model()->query().isRunning
                                 && page.model()->query().jurisdictionCode == u"460100"_s
                                 && page.model()->query().statuses.isEmpty(); }));
    const QString running = u"FROM hazards h JOIN projects p ON p.id = h.project_id WHERE h.is_major = 1 AND "
                            "h.status IN ('open', 'rectifying', 'reported', 'verified') AND "
                            "(p.jurisdiction_code = '460100' OR p.park_code = '460100')"_s;
    const qint64 open = count(u"SELECT count(*) "_s + running);
    REQUIRE(open > 20);
    CHECK(page.model()->rowCount() == open);
    CHECK(page.model()->header().title == LedgerReader::runningTitle());
    CHECK(page.statusCombo()->findData(u"closed"_s) < 0); // nothing closed in a list of what is not closed

    // In windows of 10 rows: the last row is read when the view needs it, and it is the last by time found.
    LedgerSheetModel &model = *page.model();
    model.setPageSize(10);
    page.reload();
    REQUIRE(waitFor([&] { return page.isReady() && model.rowCount() == open; }));
    CHECK(model.pagesRead() == 1);
    CHECK_FALSE(model.isRowLoaded(int(open) - 1));
    const QModelIndex lastSeq = model.index(int(open) - 1, 0);
    CHECK(lastSeq.data().toString() == u"…"_s);
    REQUIRE(waitFor([&] { return model.isRowLoaded(int(open) - 1); }));
    CHECK(model.pagesRead() == 2);
    CHECK(model.index(int(open) - 1, 0).data(Qt::UserRole).toLongLong()
          == count(u"SELECT h.seq "_s + running + u" ORDER BY h.found_at DESC, h.seq DESC LIMIT 1"_s));
}

TEST_CASE("ledgers-page.png and one render per ledger: the three ledgers and the running list in Chinese",
          "[ledger][ui][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        SqlWorker worker(DemoFixture::databasePath());
        LedgersPage page(worker, DemoFixture::today());
        page.setPeriod(*LedgerPeriod::parse(u"2026-11"));
        page.resize(1366, 700);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(waitFor([&] { return page.isReady() && page.model()->header().scope.startsWith(u"2026-11"_s); }));
        CHECK(page.model()->rowCount() > 20);
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        QTest::qWait(50);
        CHECK(saveRender(page.grab().toImage(), u"ledgers-page.png"_s, u"11-ledgers.png"_s));
        // The province's incidents and dangerous situations of the month, and the running list.
        const QList<std::pair<QString, std::function<void()>>> views{
            {u"ledger-incidents.png"_s, [&] { page.setKind(LedgerKind::Incidents); }},
            {u"ledger-dangers.png"_s, [&] { // the demo's dangerous situations are few: July has one
                 page.setPeriod(*LedgerPeriod::parse(u"2026-07"));
                 page.setKind(LedgerKind::Dangers);
             }},
            {u"ledger-running.png"_s, [&] { page.showRunningList(); }}};
        for (const auto &[file, choose] : views) {
            const QString before = page.model()->header().title;
            choose();
            REQUIRE(waitFor([&] { return page.isReady() && page.model()->header().title != before
                                         && page.model()->isRowLoaded(0); }));
            CHECK(page.model()->rowCount() > 0);
            QTest::qWait(50);
            CHECK(page.grab().toImage().save(QStringLiteral(SITESAFE_RENDER_DIR) + u'/' + file));
        }
    }
    Localization::install(u"en"_s);
}
