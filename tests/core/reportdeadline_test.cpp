#include "core/reportdeadline.h"

#include <catch2/catch.hpp>

using namespace sitesafe;
using State = ReportDeadline::State;

namespace {
QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}
} // namespace

TEST_CASE("A month's report is due before the 1st in China time, reminded five days before, late after", "[report]")
{
    CHECK(ReportDeadline::dueBefore(2026, 11) == QDate(2026, 12, 1));
    CHECK(ReportDeadline::dueBefore(2026, 12) == QDate(2027, 1, 1));
    // 23:59:59 on 30 November in Beijing is 15:59:59 UTC: on time. A second later it is 1 December there: late.
    CHECK(ReportDeadline::stateOf(2026, 11, utc("2026-11-30T15:59:59Z"), utc("2026-12-05T00:00:00Z")) == State::OnTime);
    CHECK(ReportDeadline::stateOf(2026, 11, utc("2026-11-30T16:00:00Z"), utc("2026-12-05T00:00:00Z")) == State::Late);
    // Not submitted: pending until 26 November (Beijing), due soon from then, overdue from 1 December.
    CHECK(ReportDeadline::stateOf(2026, 11, {}, utc("2026-11-25T15:59:59Z")) == State::Pending);
    CHECK(ReportDeadline::stateOf(2026, 11, {}, utc("2026-11-25T16:00:00Z")) == State::DueSoon);
    CHECK(ReportDeadline::stateOf(2026, 11, {}, utc("2026-11-30T15:59:59Z")) == State::DueSoon);
    CHECK(ReportDeadline::stateOf(2026, 11, {}, utc("2026-11-30T16:00:00Z")) == State::Overdue);
    CHECK(ReportDeadline::isSubmitted(State::Late));
    CHECK_FALSE(ReportDeadline::isSubmitted(State::Overdue));
}
