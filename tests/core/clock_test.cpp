#include "core/clock.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
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

TEST_CASE("A timestamp's text is the UTC instant in ISO 8601 with milliseconds, as Qt writes it", "[core][clock]")
{
    const QList<QDateTime> times{
        QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC),
        QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2027, 1, 1), QTime(7, 59, 1, 7), Qt::OffsetFromUTC, -3600), // 08:59:01.007Z
        QDateTime(QDate(2026, 6, 15), QTime(12, 30, 45, 50), Qt::OffsetFromUTC, 8 * 3600),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 1), Qt::UTC), // before the epoch
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(0, 0, 0, 1), Qt::LocalTime),
        QDateTime(),
    };
    for (const QDateTime &time : times) {
        INFO(time.toString(Qt::ISODateWithMs).toStdString());
        CHECK(Timestamp::toText(time) == time.toUTC().toString(Qt::ISODateWithMs));
    }
    CHECK(Timestamp::toText(QDateTime(QDate(2027, 1, 1), QTime(7, 59, 1, 7), Qt::OffsetFromUTC, -3600))
        == u"2027-01-01T08:59:01.007Z"_s);
}
