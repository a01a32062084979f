#include "trayremindersink.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace sitesafe {

TrayReminderSink::TrayReminderSink(QObject *parent)
    : QObject(parent), m_menu(std::make_unique<QMenu>()), m_tray(new QSystemTrayIcon(QIcon(u":/icons/sitesafe.svg"_s), this))
{
    m_tray->setToolTip(tr("SiteSafe reminders"));
    QAction *open = m_menu->addAction(tr("Open SiteSafe"));
    open->setObjectName(u"actionTrayOpen"_s);
    connect(open, &QAction::triggered, this, &TrayReminderSink::openRequested);
    QAction *overdue = m_menu->addAction(tr("Show overdue hazards"));
    overdue->setObjectName(u"actionTrayOverdue"_s);
    connect(overdue, &QAction::triggered, this, &TrayReminderSink::overdueRequested);
    m_menu->addSeparator();
    QAction *off = m_menu->addAction(tr("Turn reminders off"));
    off->setObjectName(u"actionTrayRemindersOff"_s);
    connect(off, &QAction::triggered, this, &TrayReminderSink::turnOffRequested);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayReminderSink::messageClicked);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
}

TrayReminderSink::~TrayReminderSink()
{
    m_tray->setContextMenu(nullptr);
}

void TrayReminderSink::showReminder(const ReminderNotice &notice)
{
    m_tray->showMessage(notice.title, notice.text, m_tray->icon(), kMessageMs);
}

void TrayReminderSink::setActive(bool isActive)
{
    m_tray->setVisible(isActive);
}

} // namespace sitesafe
