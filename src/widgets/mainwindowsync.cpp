// MainWindow's sync wiring: actions, the status indicator, refresh after a run, and the quit prompt.
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "dialogs/signindialog.h"
#include "synccontroller.h"
#include "syncstatusindicator.h"
#include "views/hazarddetailpane.h"
#include "views/hazardspage.h"
#include "views/projectspage.h"
#include "views/todaypage.h"
#include "views/syncpage.h"

#include "storage/datastore.h"
#include "storage/outboxrepository.h"

#include <QMessageBox>
#include <QUndoStack>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace sitesafe {

void MainWindow::connectSync()
{
    m_ui->actionSyncNow->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->actionRefresh->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    connect(m_ui->actionSyncNow, &QAction::triggered, this, &MainWindow::syncNow);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signIn);
    connect(m_ui->actionSignOut, &QAction::triggered, m_sync, &SyncController::signOut);
    connect(m_syncIndicator, &SyncStatusIndicator::clicked, this, [this] { showPage(Page::Sync); });
    connect(m_syncPage, &SyncPage::syncRequested, this, &MainWindow::syncNow);
    // Conflict resolutions are edits: Undo / Redo in the Edit menu.
    QAction *undo = m_syncPage->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_syncPage->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcut(QKeySequence::Redo);
    QAction *first = m_ui->menuEdit->actions().value(0);
    m_ui->menuEdit->insertAction(first, undo);
    m_ui->menuEdit->insertAction(first, redo);
    m_ui->menuEdit->insertSeparator(first);
    auto updateActions = [this] {
        m_ui->actionSignOut->setEnabled(m_sync->isSignedIn());
        m_ui->actionSyncNow->setEnabled(!m_sync->isRunning());
    };
    connect(m_sync, &SyncController::sessionChanged, this, updateActions);
    connect(m_sync, &SyncController::stateChanged, this, updateActions);
    updateActions();
    connect(m_sync, &SyncController::finished, this, &MainWindow::onSyncFinished);
    connect(m_hazardsPage->detailPane(), &HazardDetailPane::photosWanted, m_sync, &SyncController::fetchPhotos);
    connect(m_sync, &SyncController::photoFetched, m_hazardsPage->detailPane(), &HazardDetailPane::onPhotoFetched);
    connect(m_sync, &SyncController::keychainUnavailable, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
}

void MainWindow::syncNow()
{
    if (!m_sync->profile().isConfigured() || !m_sync->isSignedIn()) {
        signIn(); // a successful sign-in starts a sync by itself
        return;
    }
    m_sync->syncNow();
}

bool MainWindow::signIn()
{
    SignInDialog dialog(*m_sync, this);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::onSyncFinished(const SyncReport &report)
{
    // The Sync page reloads itself on every run; the data pages only when the run changed local rows.
    if (report.rowsPulled > 0 || report.applied > 0 || report.conflicts > 0 || report.rejected > 0) {
        m_todayPage->refresh();
        m_projectsPage->reload();
        m_hazardsPage->reload(); // badges change when changes are applied
    }
    countPendingChanges();
    if (report.error)
        statusBar()->showMessage(report.error->message, 15000);
    if (!m_isQuitAfterSync)
        return;
    m_isQuitAfterSync = false;
    if (report.isComplete()) {
        m_isQuitConfirmed = true;
        close();
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Sync did not finish"),
                    tr("%n change(s) are still only on this computer. They are safe and will be sent at the next "
                       "sync.",
                       nullptr, int(report.stillPending)),
                    QMessageBox::NoButton, this);
    if (report.error)
        box.setInformativeText(report.error->message);
    QPushButton *quit = box.addButton(tr("Quit anyway"), QMessageBox::DestructiveRole);
    box.addButton(tr("Stay"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == quit) {
        m_isQuitConfirmed = true;
        close();
    }
}

bool MainWindow::confirmQuit()
{
    // Counted now rather than trusting the last periodic count: an edit may have just been saved.
    const qint64 pending = OutboxRepository(m_store.connection()).pendingCount();
    if (pending <= 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Changes not yet sent"),
                    tr("%n change(s) recorded on this computer have not reached the provincial server yet.", nullptr,
                       int(pending)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("They stay saved on this computer and are sent at the next sync. You can sync now "
                              "and quit when it is done."));
    QPushButton *syncFirst = box.addButton(tr("Sync, then quit"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(tr("Quit now"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(syncFirst);
    box.setEscapeButton(cancel);
    box.setObjectName(QStringLiteral("quitWithPendingBox"));
    box.exec();
    if (box.clickedButton() == quit)
        return true;
    if (box.clickedButton() == syncFirst) {
        if (!m_sync->profile().isConfigured() || !m_sync->isSignedIn()) {
            if (!signIn())
                return false;
        }
        m_isQuitAfterSync = true;
        m_sync->syncNow();
        statusBar()->showMessage(tr("Syncing before quitting…"));
    }
    return false;
}

} // namespace sitesafe
