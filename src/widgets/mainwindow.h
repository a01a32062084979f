#pragma once

#include <QDate>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace sitesafe {

class AppSettings;
class DataStore;
class HazardsPage;
class ProjectsPage;
class SqlWorker;
class SyncController;
class SyncPage;
class SyncStatusIndicator;
class TodayPage;
struct SyncReport;

/// The inspector's home: navigation between 今日, 项目, 检查, 隐患, 台账, 统计 and 同步, menus with a shortcut for
/// every main action, and a status bar with the data location, the changes waiting in the outbox and the sync
/// state. Remembers its geometry and column layouts. Opens instantly: every page loads off the UI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Today, Projects, Inspections, Hazards, Ledgers, Dashboard, Sync, Count };

    MainWindow(DataStore &store, AppSettings &settings, QDate today = QDate::currentDate(), QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QString pageTitle(Page page) const;
    TodayPage *todayPage() const { return m_todayPage; }
    ProjectsPage *projectsPage() const { return m_projectsPage; }
    HazardsPage *hazardsPage() const { return m_hazardsPage; }
    SyncController *syncController() const { return m_sync; }
    SyncPage *syncPage() const { return m_syncPage; }
    QWidget *page(Page page) const;

    /// Changes waiting to be synced, as last counted (-1 before the first count).
    qint64 pendingChanges() const { return m_pendingChanges; }
    QString statusText() const;
    /// Reloads every page and the outbox count (after a sync or an import).
    void refresh();
    /// Sync now, or the sign-in dialog first when not signed in (toolbar, F9).
    void syncNow();
    /// The sign-in dialog (Sync menu); true when signed in afterwards.
    bool signIn();
    /// Off: closing never asks about changes waiting (the start-up test's scripted close).
    void setConfirmsQuit(bool isConfirming) { m_isQuitConfirmed = !isConfirming; }

signals:
    void pendingChangesCounted(qint64 count);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createNavigation();
    void connectActions();
    void countPendingChanges();
    void openSettings();
    void showUserGuide();
    void showAbout();
    void restoreLayouts();
    void saveLayouts();
    void connectSync();
    void onSyncFinished(const SyncReport &report);
    /// Asks what to do when changes wait to be sent; false keeps the window open.
    bool confirmQuit();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DataStore &m_store;
    AppSettings &m_settings;
    QDate m_today;
    SqlWorker *m_worker = nullptr;
    TodayPage *m_todayPage = nullptr;
    ProjectsPage *m_projectsPage = nullptr;
    HazardsPage *m_hazardsPage = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    SyncController *m_sync = nullptr;
    SyncPage *m_syncPage = nullptr;
    SyncStatusIndicator *m_syncIndicator = nullptr;
    bool m_isQuitAfterSync = false;
    bool m_isQuitConfirmed = false;
    QTimer m_pendingTimer;
    qint64 m_pendingChanges = -1;
    QList<QPair<QString, QString>> m_jurisdictions;
};

} // namespace sitesafe
