// Issue 12: the monthly report and the year-end summary travel from a 市县's laptop to the province through the real
// server over TLS, each laptop on its own day; the province's table of submissions reads what it pulled.
#include <catch2/catch.hpp>

#include "core/clock.h"
#include "reports/monthlysubmissions.h"
#include "serverprocess.h"
#include "storage/annualsummaryrepository.h"
#include "storage/datastore.h"
#include "storage/monthlyreportrepository.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
void syncAll(SyncClient &client)
{
    const SyncReport r = client.sync();
    INFO((r.error ? r.error->code + u": "_s + r.error->message : u"no error"_s).toStdString());
    REQUIRE(r.isEverythingApplied());
}
} // namespace

TEST_CASE("A 市县's monthly report and year-end summary reach the province once, and its table says who is late",
          "[report][sync]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.addUser(u"province"_s, u"province"_s, {});
    server.start();

    // 海口's laptop on 29 November (10:00 in Beijing), the province's on 3 December.
    FixedClock haikouClock(QDateTime(QDate(2026, 11, 29), QTime(2, 0), Qt::UTC));
    FixedClock provinceClock(QDateTime(QDate(2026, 12, 3), QTime(1, 0), Qt::UTC));
    SyncClient haikou(&haikouClock);
    SyncClient province(&provinceClock);
    haikou.connect(server); // zhangwei, 海口
    province.connectAs(server, u"province"_s);
    syncAll(haikou);
    syncAll(province);

    REQUIRE(MonthlyReportRepository(haikou.db()).submit(u"460100"_s, u"2026-11"_s,
                                                         u"{\"hazards_found\":12}"_s, u"zhangwei"_s));
    AnnualSummaryRecord summary;
    summary.jurisdictionCode = u"460100"_s;
    summary.firstMonth = u"2026-01"_s;
    summary.lastMonth = u"2026-12"_s;
    summary.label = u"2026年度"_s;
    summary.figures = u"{\"hazards_found\":140}"_s;
    summary.text = u"全年检查在建项目两轮全覆盖。"_s;
    REQUIRE(AnnualSummaryRepository(haikou.db()).save(summary, false, u"zhangwei"_s));
    summary.text += u"\n重大事故隐患全部整改销号。"_s;
    haikouClock.set(haikouClock.now().addSecs(3600));
    REQUIRE(AnnualSummaryRepository(haikou.db()).save(summary, true, u"zhangwei"_s));
    syncAll(haikou);
    CHECK(serverCount(server, u"SELECT count(*) FROM monthly_reports WHERE jurisdiction_code = '460100'"_s) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM annual_summaries WHERE jurisdiction_code = '460100' AND "
                              "status = 'submitted'"_s)
          == 1);

    syncAll(province);
    CHECK(province.count(u"SELECT count(*) FROM monthly_reports WHERE jurisdiction_code = '460100' AND "
                         "month = '2026-11' AND figures = '{\"hazards_found\":12}'"_s)
          == 1);
    CHECK(province.text(u"SELECT summary_text FROM annual_summaries WHERE jurisdiction_code = '460100'"_s)
          == summary.text);
    // On 3 December: 海口 reported November on time, the other 市县 are overdue.
    const auto rows = MonthlySubmissions::read(province.db(), *LedgerPeriod::parse(u"2026-11"), provinceClock.now());
    REQUIRE(rows);
    int overdue = 0;
    for (const MonthlySubmission &s : rows.value()) {
        if (s.code == u"460100")
            CHECK(s.state == ReportDeadline::State::OnTime);
        else
            overdue += s.state == ReportDeadline::State::Overdue ? 1 : 0;
    }
    CHECK(overdue == rows.value().size() - 1);
}
