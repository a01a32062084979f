#include "demo/campaigncalendar.h"

#include <catch2/catch.hpp>

#include "demo/demogenerator.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
QList<Campaign> campaignsFor(QDate today)
{
    Dataset reference;
    DemoGenerator({1, DemoScale::Small, today, u"laptop-a"_s}).generate([&reference](const Dataset &chunk) {
        reference = chunk;
        return false;
    });
    return reference.campaigns;
}
} // namespace

TEST_CASE("The demo holds the campaign of its day with the 2023 plan's round deadlines", "[demo][campaign]")
{
    const QList<Campaign> campaigns = campaignsFor(QDate(2027, 3, 15));
    REQUIRE(campaigns.size() == 1);
    const Campaign &c = campaigns.first();
    CHECK(c.code == u"HN-2027");
    CHECK(c.name == u"海南省房屋市政工程安全生产治理行动（2027年）");
    CHECK(c.startsOn <= QDate(2027, 3, 15));
    CHECK(c.endsOn >= QDate(2027, 3, 15));
    CHECK(c.round1Deadline == QDate(2027, 5, 31));
    CHECK(c.round2Deadline == QDate(2027, 10, 31));
    CHECK(c.id.size() == 36);
}

TEST_CASE("A campaign has the same id on any day of its year, another year or seed has another id",
          "[demo][campaign][anyday]")
{
    const QList<Campaign> january = campaignsFor(QDate(2026, 1, 1));
    const QList<Campaign> december = campaignsFor(QDate(2026, 12, 31));
    REQUIRE(january.size() == 1);
    REQUIRE(december.size() == 1);
    CHECK(january.first().id == december.first().id);
    CHECK(january.first().code == december.first().code);
    // The row a server seeded in 2026 holds is the one a demo made in 2027 would make for 2026.
    CHECK(demo::CampaignCalendar::campaignOf(1, QDate(2026, 6, 1)).id == december.first().id);
    CHECK(demo::CampaignCalendar::campaignOf(1, QDate(2027, 6, 1)).id != december.first().id);
    CHECK(demo::CampaignCalendar::campaignOf(2, QDate(2026, 6, 1)).id != december.first().id);
}
