#include "reportdeadline.h"

#include "clock.h"

namespace sitesafe {

QDate ReportDeadline::dueBefore(int year, int month)
{
    return QDate(year, month, 1).addMonths(1);
}

ReportDeadline::State ReportDeadline::stateOf(int year, int month, const QDateTime &submittedAt,
                                              const QDateTime &now)
{
    const QDate due = dueBefore(year, month);
    if (submittedAt.isValid())
        return Clock::chinaDate(submittedAt) < due ? State::OnTime : State::Late;
    const QDate today = Clock::chinaDate(now);
    if (today >= due)
        return State::Overdue;
    return today >= due.addDays(-kReminderDays) ? State::DueSoon : State::Pending;
}

} // namespace sitesafe
