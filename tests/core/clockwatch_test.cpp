#include "core/clockwatch.h"

#include <catch2/catch.hpp>

#include "core/clock.h"

using namespace sitesafe;

namespace {
const QDateTime kStart(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
constexpr qint64 kHourMs = 3600 * 1000;
} // namespace

TEST_CASE("FixedClock: time passing moves both readings, a clock set back or a jump moves the wall clock alone",
          "[core][clock][timetrust]")
{
    FixedClock clock(kStart);
    const qint64 monotonic = clock.monotonicMs();
    clock.advance(90'000);
    CHECK(clock.now() == kStart.addMSecs(90'000));
    CHECK(clock.monotonicMs() - monotonic == 90'000);
    clock.set(clock.now().addSecs(60)); // forward: a minute passed
    CHECK(clock.monotonicMs() - monotonic == 150'000);
    clock.set(kStart); // back: the user set the clock back; the monotonic clock never goes back
    CHECK(clock.monotonicMs() - monotonic == 150'000);
    clock.jumpWallClock(kHourMs);
    CHECK(clock.now() == kStart.addMSecs(kHourMs));
    CHECK(clock.monotonicMs() - monotonic == 150'000);
}

TEST_CASE("The system clock's monotonic reading never goes back", "[core][clock][timetrust]")
{
    const qint64 first = Clock::system().monotonicMs();
    const qint64 second = Clock::system().monotonicMs();
    CHECK(first > 0);
    CHECK(second >= first);
}

TEST_CASE("ClockWatch: time passing is trusted, a jump of the wall clock either way is doubtful until rebased",
          "[core][clock][timetrust]")
{
    FixedClock clock(kStart);
    ClockWatch watch(clock);
    clock.advance(8 * kHourMs); // a working day, no jump
    CHECK(watch.jumpMs() == 0);
    CHECK_FALSE(watch.judge(std::nullopt).isDoubtful);

    clock.jumpWallClock(30'000); // NTP stepping half a minute: within the tolerance
    CHECK(watch.jumpMs() == 30'000);
    CHECK_FALSE(watch.hasJumped());

    clock.jumpWallClock(kHourMs);
    CHECK(watch.hasJumped());
    CHECK(watch.judge(std::nullopt).isDoubtful);
    watch.rebase();
    CHECK_FALSE(watch.judge(std::nullopt).isDoubtful);

    clock.jumpWallClock(-2 * kHourMs); // set back
    CHECK(watch.jumpMs() == -2 * kHourMs);
    CHECK(watch.judge(0).isDoubtful);
}

TEST_CASE("ClockWatch: the offset to the server clock is kept, a large one or a clock before the last sync is doubtful",
          "[core][clock][timetrust]")
{
    FixedClock clock(kStart);
    const ClockWatch watch(clock);
    const TimeTrust never = watch.judge(std::nullopt);
    CHECK_FALSE(never.clockOffsetMs.has_value());
    CHECK_FALSE(never.isDoubtful);

    const TimeTrust small = watch.judge(-1500);
    REQUIRE(small.clockOffsetMs.has_value());
    CHECK(*small.clockOffsetMs == -1500);
    CHECK_FALSE(small.isDoubtful);
    CHECK_FALSE(watch.judge(ClockWatch::kLargeOffsetMs).isDoubtful);
    CHECK(watch.judge(ClockWatch::kLargeOffsetMs + 1).isDoubtful);
    CHECK(watch.judge(-2 * kHourMs).isDoubtful);

    // The server's clock was seen at a device time later than now: the clock was set back between two runs.
    CHECK(watch.judge(0, kStart.addSecs(3600)).isDoubtful);
    CHECK_FALSE(watch.judge(0, kStart.addSecs(-3600)).isDoubtful);
}
