#include "core/incidentdeadline.h"

#include <catch2/catch.hpp>

#include "core/accidentlevel.h"
#include "core/clock.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
const QDateTime kOccurred = QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC);
}

TEST_CASE("The 48-hour platform countdown runs from the occurrence and turns 迟报 strictly after 48 hours",
          "[incident]")
{
    const IncidentDeadline d(kOccurred, {});
    CHECK(d.platformDue() == QDateTime(QDate(2026, 12, 5), QTime(9, 30), Qt::UTC));

    FixedClock clock(kOccurred.addSecs(60));
    CHECK(d.remainingSecs(clock.now()) == 48 * 3600 - 60);
    CHECK(d.state(clock.now()) == IncidentDeadline::State::Counting);
    CHECK(d.statusText(clock.now()) == u"47:59 left"_s);
    CHECK_FALSE(d.isLate(clock.now()));

    clock.set(kOccurred.addSecs(47 * 3600 + 30 * 60 + 59));
    CHECK(d.statusText(clock.now()) == u"00:29 left"_s);

    clock.set(d.platformDue());
    CHECK(d.remainingSecs(clock.now()) == 0);
    CHECK_FALSE(d.isLate(clock.now()));
    CHECK(d.state(clock.now()) == IncidentDeadline::State::Counting);

    clock.set(d.platformDue().addSecs(1));
    CHECK(d.isLate(clock.now()));
    CHECK(d.state(clock.now()) == IncidentDeadline::State::Overdue);
    CHECK(d.remainingSecs(clock.now()) == -1);

    clock.set(kOccurred.addDays(30));
    CHECK(d.isLate(clock.now()));
}

TEST_CASE("A platform report at or before 48 hours is in time, after it is 迟报 whatever the clock says now",
          "[incident]")
{
    const QDateTime later = kOccurred.addDays(10);
    const IncidentDeadline onTime(kOccurred, kOccurred.addSecs(48 * 3600));
    CHECK_FALSE(onTime.isLate(later));
    CHECK(onTime.state(later) == IncidentDeadline::State::Reported);
    CHECK(onTime.remainingSecs(kOccurred) == 0);
    CHECK(onTime.statusText(later) == u"Reported"_s);

    const IncidentDeadline late(kOccurred, kOccurred.addSecs(48 * 3600 + 1));
    CHECK(late.isLate(kOccurred));
    CHECK(late.state(later) == IncidentDeadline::State::ReportedLate);
    CHECK(late.statusText(later) == u"Reported late (迟报)"_s);
}

TEST_CASE("The unit's report to the bureau is due within one hour", "[incident]")
{
    CHECK_FALSE(IncidentDeadline(kOccurred, {}, kOccurred.addSecs(3600)).isUnitReportLate(kOccurred.addDays(1)));
    CHECK(IncidentDeadline(kOccurred, {}, kOccurred.addSecs(3601)).isUnitReportLate(kOccurred));
    CHECK_FALSE(IncidentDeadline(kOccurred, {}).isUnitReportLate(kOccurred.addSecs(3600)));
    CHECK(IncidentDeadline(kOccurred, {}).isUnitReportLate(kOccurred.addSecs(3601)));
}

TEST_CASE("hoursMinutes rounds down to the minute and never shows a negative time", "[incident]")
{
    CHECK(IncidentDeadline::hoursMinutes(48 * 3600) == u"48:00"_s);
    CHECK(IncidentDeadline::hoursMinutes(59) == u"00:00"_s);
    CHECK(IncidentDeadline::hoursMinutes(-120) == u"00:00"_s);
    CHECK(IncidentDeadline::hoursMinutes(5 * 3600 + 7 * 60 + 30) == u"05:07"_s);
}

TEST_CASE("Accident levels by deaths, serious injuries and loss, lower bounds inclusive", "[incident]")
{
    using L = AccidentLevel::Level;
    CHECK(AccidentLevel::of(0, 0, 0) == L::General);
    CHECK(AccidentLevel::of(2, 9, 999.9) == L::General);
    CHECK(AccidentLevel::of(3, 0, 0) == L::Larger);
    CHECK(AccidentLevel::of(0, 10, 0) == L::Larger);
    CHECK(AccidentLevel::of(0, 0, 1000) == L::Larger);
    CHECK(AccidentLevel::of(9, 49, 4999.9) == L::Larger);
    CHECK(AccidentLevel::of(10, 0, 0) == L::Major);
    CHECK(AccidentLevel::of(0, 50, 0) == L::Major);
    CHECK(AccidentLevel::of(0, 0, 5000) == L::Major);
    CHECK(AccidentLevel::of(29, 99, 9999.9) == L::Major);
    CHECK(AccidentLevel::of(30, 0, 0) == L::ExtraordinarilyMajor);
    CHECK(AccidentLevel::of(0, 100, 0) == L::ExtraordinarilyMajor);
    CHECK(AccidentLevel::of(0, 0, 10000) == L::ExtraordinarilyMajor);
    // The highest band any figure reaches wins.
    CHECK(AccidentLevel::of(1, 0, 6000) == L::Major);
    CHECK(AccidentLevel::code(L::Larger) == u"larger"_s);
    CHECK(AccidentLevel::label(L::General) == u"General accident"_s);
}
