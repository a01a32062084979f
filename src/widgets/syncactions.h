#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace sitesafe {

class DataFolderSession;
class SyncController;
struct SyncReport;

/// The main window's sync commands: Sync now (F9, or the sign-in dialog first), Sign in, Sign out, their enabled
/// state, and quitting with changes not yet sent ("Sync, then quit" waits for the run, then closes). Split out of
/// MainWindow so the window only arranges pages; everything here acts on the session's SyncController.
class SyncActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncActions)

public:
    struct Actions {
        QAction *syncNow = nullptr;
        QAction *signIn = nullptr;
        QAction *signOut = nullptr;
    };

    SyncActions(DataFolderSession &session, QMainWindow &window, Actions actions);

    /// Sync now, or the sign-in dialog first when not signed in.
    void syncNow();
    /// The sign-in dialog; true when signed in afterwards.
    bool signIn();
    /// Asks what to do when changes wait to be sent (called from closeEvent); true: close now.
    bool confirmQuit();
    bool isQuitConfirmed() const { return m_isQuitConfirmed; }
    void setQuitConfirmed(bool isConfirmed) { m_isQuitConfirmed = isConfirmed; }

Q_SIGNALS:
    /// A run changed local rows (pulled, applied, refused or in conflict): the data pages read again.
    void localDataChanged();
    /// A line for the status bar (an error of the run, the keychain's refusal), shown for `timeoutMs`.
    void messageRequested(const QString &text, int timeoutMs);

private:
    void updateActions();
    void onFinished(const SyncReport &report);

    DataFolderSession &m_session;
    SyncController &m_sync;
    QMainWindow &m_window;
    Actions m_actions;
    bool m_isQuitAfterSync = false;
    bool m_isQuitConfirmed = false;
};

} // namespace sitesafe
