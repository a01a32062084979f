#pragma once

#include <memory>

#include <QObject>

#include "remindersink.h"

class QMenu;
class QSystemTrayIcon;

namespace sitesafe {

/// The system-tray face of the reminders: the SiteSafe icon in the tray, its message for each reminder, and a
/// menu to open SiteSafe, open the overdue list or turn reminders off. Says what the user chose through signals;
/// TrayNotifier decides what that means.
class TrayReminderSink final : public QObject, public ReminderSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayReminderSink)

public:
    /// How long a message stays up, in ms (the desktop may cut it short).
    static constexpr int kMessageMs = 15000;

    explicit TrayReminderSink(QObject *parent = nullptr);
    ~TrayReminderSink() override;

    void showReminder(const ReminderNotice &notice) override;
    void setActive(bool isActive) override;

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu.get(); }

Q_SIGNALS:
    void openRequested();
    void overdueRequested();
    void turnOffRequested();
    void messageClicked();

private:
    std::unique_ptr<QMenu> m_menu; ///< QSystemTrayIcon does not own its menu
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace sitesafe
