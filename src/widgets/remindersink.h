#pragma once

#include <QString>
#include <QStringList>

namespace sitesafe {

/// One notification of TrayNotifier: what it says and which list clicking it opens.
struct ReminderNotice {
    enum class Target { Overdue, DueSoon, Incidents, MonthlyReport };

    QString title;
    QString text;
    Target target = Target::Overdue;
    QStringList keys; ///< the fresh reminders it announces (ReminderItem::key)
    QString month;    ///< Target::MonthlyReport: the month of the report to open (YYYY-MM)
};

/// Where TrayNotifier shows a reminder: the system tray's message (TrayReminderSink) or, where the desktop has no
/// tray, the main window's status bar (StatusBarReminderSink). An interface so the notifier's decisions (what is
/// new, whether reminders are on) are tested offscreen, where there is no system tray.
class ReminderSink
{
public:
    ReminderSink() = default;
    virtual ~ReminderSink() = default;
    ReminderSink(const ReminderSink &) = delete;
    ReminderSink &operator=(const ReminderSink &) = delete;

    virtual void showReminder(const ReminderNotice &notice) = 0;
    /// Reminders turned on or off (the tray icon shows or hides).
    virtual void setActive(bool isActive) = 0;
};

} // namespace sitesafe
