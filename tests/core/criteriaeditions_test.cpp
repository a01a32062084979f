#include "core/criteriaeditions.h"

#include <catch2/catch.hpp>

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

TEST_CASE("The edition in force: none before 2022-04-19, 2022 until 2024-12-12, 2024 from 2024-12-13", "[criteria]")
{
    CHECK(CriteriaEditions::editionOn(QDate(2022, 4, 18)).isEmpty());
    CHECK(CriteriaEditions::editionOn(QDate(2022, 4, 19)) == u"V2022"_s);
    CHECK(CriteriaEditions::editionOn(QDate(2024, 12, 12)) == u"V2022"_s);
    CHECK(CriteriaEditions::editionOn(QDate(2024, 12, 13)) == u"V2024"_s);
    CHECK(CriteriaEditions::editionOn(QDate(2026, 12, 5)) == u"V2024"_s);
    CHECK(CriteriaEditions::editionOn(QDate()).isEmpty());
}

TEST_CASE("A hazard's edition is checked on its China-time day", "[criteria]")
{
    // 2024-12-12 15:59 UTC is 23:59 on the 12th in Hainan: still the 2022 edition.
    CHECK(CriteriaEditions::checkHazardEdition(u"V2022"_s, u"V2022-08-05"_s, utc(2024, 12, 12, 15, 59)).isOk());
    CHECK_FALSE(CriteriaEditions::checkHazardEdition(u"V2024"_s, u"V2024-08-04"_s, utc(2024, 12, 12, 15, 59)).isOk());
    // 2024-12-12 16:00 UTC is midnight of the 13th in Hainan: the 2024 edition, although UTC still says the 12th.
    CHECK(CriteriaEditions::checkHazardEdition(u"V2024"_s, u"V2024-08-04"_s, utc(2024, 12, 12, 16)).isOk());
    const Status repealed = CriteriaEditions::checkHazardEdition(u"V2022"_s, u"V2022-08-05"_s, utc(2024, 12, 12, 16));
    REQUIRE_FALSE(repealed.isOk());
    CHECK(repealed.error().code == u"hazard.edition"_s);
    CHECK(repealed.error().message.contains(u"2024-12-13"_s));
    CHECK(repealed.error().message.contains(u"V2022-08-05"_s));
    CHECK(repealed.error().message.contains(u"建质规〔2024〕5号"_s));

    // The first day of the 2022 edition, in China time.
    CHECK(CriteriaEditions::checkHazardEdition(u"V2022"_s, u"V2022-04-01"_s, utc(2022, 4, 18, 16)).isOk());
    const Status before = CriteriaEditions::checkHazardEdition(u"V2022"_s, u"V2022-04-01"_s, utc(2022, 4, 18, 15, 59));
    REQUIRE_FALSE(before.isOk());
    CHECK(before.error().message.contains(u"2022-04-19"_s));
}

TEST_CASE("The sentence for a 2022 item cited in 2025 names the 2024 criteria", "[criteria]")
{
    const Status s = CriteriaEditions::checkHazardEdition(u"V2022"_s, u"V2022-08-04"_s, utc(2025, 3, 2, 2));
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().message
          == u"A hazard found on 2025-03-02 is judged by the 2024 criteria (建质规〔2024〕5号, in force since "
             "2024-12-13); V2022-08-04 was repealed that day. Choose the 2024 item."_s);
    const Status early = CriteriaEditions::checkHazardEdition(u"V2024"_s, u"V2024-14-01"_s, utc(2023, 6, 1, 2));
    REQUIRE_FALSE(early.isOk());
    CHECK(early.error().message.contains(u"2022"_s));
}

TEST_CASE("General hazards, JGJ 59 items and items of another set", "[criteria]")
{
    CHECK(CriteriaEditions::checkHazardEdition({}, {}, utc(2021, 1, 1, 0)).isOk());
    CHECK(CriteriaEditions::checkHazardEdition({}, {}, utc(2026, 1, 1, 0)).isOk());
    CHECK(CriteriaEditions::checkHazardEdition(u"V2024"_s, {}, utc(2023, 1, 1, 0)).isOk());
    // A JGJ 59 deduction recorded as a hazard cites a score-sheet item, not an edition of the criteria.
    CHECK(CriteriaEditions::checkHazardEdition(u"V2022"_s, u"B.3-02"_s, utc(2026, 1, 1, 0)).isOk());
    CHECK_FALSE(CriteriaEditions::checkHazardEdition(u"V2024"_s, u"V2024-08-04"_s, QDateTime()).isOk());
    // An item of the 2022 set filed under the 2024 set is a mismatch too.
    CHECK_FALSE(CriteriaEditions::checkHazardEdition(u"V2024"_s, u"V2022-08-04"_s, utc(2026, 1, 1, 0)).isOk());
}
