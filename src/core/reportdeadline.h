#pragma once

#include <QDate>
#include <QDateTime>

namespace sitesafe {

/// When a month's report is due and whether it came in time: the one rule the report page, the province's table of
/// submissions and the reminders share. The report of a month goes to the province before the 1st of the next
/// month (每月1日前报送), by the calendar of China time: submitted before 00:00 Beijing time on that day is on time,
/// later is late (迟报). Reminders start kReminderDays before the due day.
class ReportDeadline
{
public:
    enum class State {
        Pending,   ///< not submitted, and not yet within the reminder days
        DueSoon,   ///< not submitted, due within kReminderDays
        Overdue,   ///< not submitted, and the due day has come
        OnTime,    ///< submitted before the due day
        Late,      ///< submitted on or after the due day (迟报)
    };

    static constexpr int kReminderDays = 5;

    /// The China-time day before which the report of `year`-`month` is due: the 1st of the next month.
    static QDate dueBefore(int year, int month);
    /// `submittedAt`: the last submission (UTC), invalid when not submitted; `now`: the instant judged at.
    static State stateOf(int year, int month, const QDateTime &submittedAt, const QDateTime &now);
    static bool isSubmitted(State state) { return state == State::OnTime || state == State::Late; }
};

} // namespace sitesafe
