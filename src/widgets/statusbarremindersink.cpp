#include "statusbarremindersink.h"

#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sitesafe {

StatusBarReminderSink::StatusBarReminderSink(QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_statusBar(statusBar)
{
}

StatusBarReminderSink::~StatusBarReminderSink() = default;

QString StatusBarReminderSink::messageOf(const ReminderNotice &notice)
{
    QString text = notice.text;
    text.replace(u'\n', u"  "_s);
    return tr("%1: %2").arg(notice.title, text);
}

void StatusBarReminderSink::showReminder(const ReminderNotice &notice)
{
    if (!m_statusBar)
        return;
    // No timeout: without a tray the status bar is the only place the reminder shows until the next message.
    m_shown = messageOf(notice);
    m_statusBar->showMessage(m_shown);
}

void StatusBarReminderSink::setActive(bool isActive)
{
    if (!isActive && m_statusBar && !m_shown.isEmpty() && m_statusBar->currentMessage() == m_shown)
        m_statusBar->clearMessage();
}

} // namespace sitesafe
