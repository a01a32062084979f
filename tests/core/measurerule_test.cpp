#include "core/measurerule.h"

#include <catch2/catch.hpp>

using namespace sitesafe;
using namespace Qt::StringLiterals;

TEST_CASE("The suggested measure stops collapse-type work, evacuates on signs of collapse and sets a deadline "
          "otherwise",
    "[core][inspection]")
{
    for (int article : {5, 6, 7, 13}) {
        CHECK(MeasureRule::forCriterion(article, false).measure == u"partial_stop"_s);
        CHECK(MeasureRule::forCriterion(article, false).deadlineDays == 7);
    }
    for (int article : {4, 8, 9, 10, 11, 12, 14, 15, 16, 17})
        CHECK(MeasureRule::forCriterion(article, false).measure == u"deadline"_s);
    CHECK(MeasureRule::forCriterion(5, true).measure == u"evacuate"_s);
    CHECK(MeasureRule::forCriterion(5, true).deadlineDays == 0);
    CHECK(MeasureRule::forGeneralHazard().measure == u"deadline"_s);
    CHECK(MeasureRule::deadline(MeasureRule::forGeneralHazard(), QDate(2026, 12, 5)) == QDate(2026, 12, 12));
}
