#pragma once

#include <QObject>
#include <QPointer>

#include "remindersink.h"

class QStatusBar;

namespace sitesafe {

/// The reminders where the desktop has no system tray: the notice as the main window's status-bar message.
class StatusBarReminderSink final : public QObject, public ReminderSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBarReminderSink)

public:
    explicit StatusBarReminderSink(QStatusBar *statusBar, QObject *parent = nullptr);
    ~StatusBarReminderSink() override;

    void showReminder(const ReminderNotice &notice) override;
    void setActive(bool isActive) override;
    /// The status-bar line a notice becomes.
    static QString messageOf(const ReminderNotice &notice);

private:
    QPointer<QStatusBar> m_statusBar;
    QString m_shown; ///< the message last put up, cleared when reminders go off (if still showing)
};

} // namespace sitesafe
