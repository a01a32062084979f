#include "core/clock.h"

#include <catch2/catch.hpp>

using namespace sitesafe;

TEST_CASE("Today in China time turns at 16:00 UTC, whatever the machine's time zone", "[core][clock]")
{
    FixedClock clock(QDateTime(QDate(2026, 12, 4), QTime(15, 59, 59, 999), Qt::UTC));
    CHECK(clock.todayInChina() == QDate(2026, 12, 4));
    clock.set(QDateTime(QDate(2026, 12, 4), QTime(16, 0), Qt::UTC));
    CHECK(clock.todayInChina() == QDate(2026, 12, 5));
    // New Year's Eve in UTC is already the new year in Hainan (notice numbers carry that year).
    CHECK(Clock::chinaDate(QDateTime(QDate(2026, 12, 31), QTime(20, 0), Qt::UTC)) == QDate(2027, 1, 1));
    // A time given with another offset is the same instant: 2027-01-01 07:59 at UTC-1 is 16:59 in China.
    CHECK(Clock::chinaDate(QDateTime(QDate(2027, 1, 1), QTime(7, 59), Qt::OffsetFromUTC, -3600)) == QDate(2027, 1, 1));
}
