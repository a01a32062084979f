// The Today page shows the campaign's full coverage with the days left to each round's deadline, counted from the
// session's today (the demo's fixed day), not from the wall clock.
#include <QLabel>

#include <catch2/catch.hpp>

#include "models/todaymodel.h"
#include "widgets/views/todaypage.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

TEST_CASE("Today shows both rounds' coverage of the campaign with the days to their deadlines", "[widgets][today][coverage]")
{
    WindowFixture f;
    TodayModel *model = f.window->todayPage()->model();
    REQUIRE(waitFor([&] { return model->isReady(); }));
    const CoverageSummary &coverage = model->today().coverage;
    REQUIRE(coverage.campaign.has_value());
    CHECK(coverage.today == DemoFixture::today());
    CHECK(coverage.total.projects
          == nonZero(sqlCount(f.db(), u"SELECT count(*) FROM projects WHERE status = 'under_construction'"_s)));
    CHECK(coverage.total.round1 > 0);
    auto *label = f.window->todayPage()->findChild<QLabel *>(u"coverageLabel"_s);
    REQUIRE(label);
    const QString text = label->text();
    INFO(text.toStdString());
    // 28 November: round 1's deadline (31 May) passed 181 days ago, round 2's (31 October) 28 days ago.
    CHECK(text.startsWith(u"海南省房屋市政工程安全生产治理行动（2026年）: Round 1 %1% · deadline passed 181 day(s) ago"_s.arg(
        coverage.total.percent(1))));
    CHECK(text.contains(u"Round 2 %1% · deadline passed 28 day(s) ago"_s.arg(coverage.total.percent(2))));
    CHECK(text.contains(u"海口市 "_s)); // and each 市县
}
