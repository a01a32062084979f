#include "syncactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>

#include "dialogs/signindialog.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/syncattentionreader.h"
#include "sync/synccontroller.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kMessageMs = 15000;
}

SyncActions::SyncActions(DataFolderSession &session, QMainWindow &window, Actions actions)
    : QObject(&window), m_session(session), m_sync(*session.syncController()), m_window(window), m_actions(actions)
{
    // Our own icon, not the style's: on X11 the style looks it up in the desktop's icon theme first, which took
    // about 4 ms of the window's start-up.
    m_actions.syncNow->setIcon(QIcon(u":/icons/nav/sync.svg"_s));
    connect(m_actions.syncNow, &QAction::triggered, this, &SyncActions::syncNow);
    connect(m_actions.signIn, &QAction::triggered, this, &SyncActions::signIn);
    connect(m_actions.signOut, &QAction::triggered, &m_sync, &SyncController::signOut);
    connect(&m_sync, &SyncController::sessionChanged, this, &SyncActions::updateActions);
    connect(&m_sync, &SyncController::stateChanged, this, &SyncActions::updateActions);
    connect(&m_sync, &SyncController::finished, this, &SyncActions::onFinished);
    connect(&m_sync, &SyncController::keychainUnavailable, this,
            [this](const QString &message) { Q_EMIT messageRequested(message, kMessageMs); });
    updateActions();
}

void SyncActions::updateActions()
{
    m_actions.signOut->setEnabled(m_sync.isSignedIn());
    m_actions.syncNow->setEnabled(!m_sync.isRunning());
}

void SyncActions::syncNow()
{
    if (!m_sync.profile().isConfigured() || !m_sync.isSignedIn()) {
        signIn(); // a successful sign-in starts a sync by itself
        return;
    }
    m_sync.syncNow();
}

bool SyncActions::signIn()
{
    SignInDialog dialog(m_sync, &m_window);
    return dialog.exec() == QDialog::Accepted;
}

void SyncActions::onFinished(const SyncReport &report)
{
    if (report.rowsPulled > 0 || report.applied > 0 || report.conflicts > 0 || report.rejected > 0)
        Q_EMIT localDataChanged(); // badges change when changes are applied
    if (report.error)
        Q_EMIT messageRequested(report.error->message, kMessageMs);
    if (!m_isQuitAfterSync)
        return;
    m_isQuitAfterSync = false;
    if (report.isComplete()) {
        m_isQuitConfirmed = true;
        m_window.close();
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Sync did not finish"),
                    tr("%n change(s) are still only on this computer. They are safe and will be sent at the next "
                       "sync.",
                       nullptr, int(report.stillPending)),
                    QMessageBox::NoButton, &m_window);
    if (report.error)
        box.setInformativeText(report.error->message);
    QPushButton *quit = box.addButton(tr("Quit anyway"), QMessageBox::DestructiveRole);
    box.addButton(tr("Stay"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == quit) {
        m_isQuitConfirmed = true;
        m_window.close();
    }
}

bool SyncActions::confirmQuit()
{
    if (m_isQuitConfirmed)
        return true;
    // Counted now rather than trusting the last periodic count: an edit may have just been saved.
    const auto attention = SyncAttentionReader(m_session.store().connection()).read();
    const qint64 pending = attention ? attention.value().waiting : 0;
    if (pending <= 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Changes not yet sent"),
                    tr("%n change(s) recorded on this computer have not reached the provincial server yet.", nullptr,
                       int(pending)),
                    QMessageBox::NoButton, &m_window);
    box.setInformativeText(tr("They stay saved on this computer and are sent at the next sync. You can sync now "
                              "and quit when it is done."));
    QPushButton *syncFirst = box.addButton(tr("Sync, then quit"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(tr("Quit now"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(syncFirst);
    box.setEscapeButton(cancel);
    box.setObjectName(u"quitWithPendingBox"_s);
    box.exec();
    if (box.clickedButton() == quit)
        return true;
    if (box.clickedButton() == syncFirst) {
        if (!m_sync.profile().isConfigured() || !m_sync.isSignedIn()) {
            if (!signIn())
                return false;
        }
        m_isQuitAfterSync = true;
        m_sync.syncNow();
        Q_EMIT messageRequested(tr("Syncing before quitting…"), 0);
    }
    return false;
}

} // namespace sitesafe
