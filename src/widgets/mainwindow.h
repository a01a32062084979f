#pragma once

#include <array>
#include <memory>

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace sitesafe {

class AppSettings;
class DataFolderSession;
class DangerEventsPage;
class DashboardPage;
class DataStore;
class EnforcementPage;
class HazardsPage;
class IncidentsPage;
class LedgersPage;
class MonthlyReportPage;
class InspectionsPage;
class InspectionWorkspace;
class NoticesPage;
class NoticeNumberWarningLabel;
class OutboxStatusLabel;
class ProjectsPage;
class SqlWorker;
class SyncActions;
class SyncController;
class SyncPage;
class SyncStatusIndicator;
class TodayPage;
class TrayNotifier;
class DiagnosticsExport;

/// The inspector's home: navigation between 今日, 项目, 检查, 隐患, 文书, 台账, 执法, 事故, 险情, 统计 and 同步,
/// menus with a shortcut for every main action, and a status bar with the data location, the changes waiting in the outbox and the sync
/// state. Remembers its geometry and column layouts. Opens instantly: every page loads off the UI thread.
/// Works on one DataFolderSession (store, clock and today, undo stack, sync controller) made by src/app; the sync
/// commands are SyncActions', the status bar's halves OutboxStatusLabel and SyncStatusIndicator.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Today, Projects, Inspections, Hazards, Notices, Ledgers, Enforcement, Incidents, DangerEvents,
                      Dashboard, Sync, Count };

    /// `session` must outlive the window.
    MainWindow(DataFolderSession &session, AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    /// The 台账 page on its monthly report tab, for `month` (YYYY-MM; empty: as it stands).
    void showMonthlyReport(const QString &month);
    Page currentPage() const;
    QString pageTitle(Page page) const;
    // Each page is built the first time it is shown or asked for here (start-up builds only the first), so a page
    // that is never opened never runs its queries. The accessors build the page when it is not built yet.
    TodayPage *todayPage();
    ProjectsPage *projectsPage();
    HazardsPage *hazardsPage();
    InspectionsPage *inspectionsPage();
    NoticesPage *noticesPage();
    EnforcementPage *enforcementPage();
    IncidentsPage *incidentsPage();
    LedgersPage *ledgersPage();
    MonthlyReportPage *reportPage();
    DashboardPage *dashboardPage();
    DangerEventsPage *dangerEventsPage();
    DataFolderSession &session() const { return m_session; }
    SyncController *syncController() const;
    SyncPage *syncPage();
    TrayNotifier *trayNotifier() const { return m_trayNotifier; }
    DiagnosticsExport *diagnosticsExport() const { return m_diagnostics; }
    QWidget *page(Page page);
    /// The navigation list's icon `name` (resources/icons/nav/NAME.svg), also used by other commands' actions.
    static QIcon navigationIcon(const QString &name);
    /// Whether `page` has been built (shown or asked for).
    bool isPageBuilt(Page page) const;

    /// Changes waiting to be synced, as last counted (-1 before the first count).
    qint64 pendingChanges() const;
    QString statusText() const;
    /// Reloads every page and the outbox count (after a sync or an import).
    void refresh();
    /// Sync now, or the sign-in dialog first when not signed in (toolbar, F9).
    void syncNow();
    /// The sign-in dialog (Sync menu); true when signed in afterwards.
    bool signIn();
    /// Off: closing never asks about changes waiting (the start-up test's scripted close).
    void setConfirmsQuit(bool isConfirming);
    /// Opens the Sync page at what needs the user (the status bar's click).
    void showSyncAttention();
    /// Opens the inspection in its own window (the checklist runner), or brings its open window to the front.
    InspectionWorkspace *openInspection(const QString &inspectionId);
    /// The issue-notice form for these hazards (or, with none, the open hazards of `inspectionId`); an issued
    /// notice shows on the Notices page. Returns whether one was issued.
    bool issueNotice(const QStringList &hazardIds, const QString &inspectionId = {});

Q_SIGNALS:
    void pendingChangesCounted(qint64 count);
    /// A restore was scheduled (File ▸ Restore from backup): the window has closed; the program should start again
    /// on the same folder, which restores before it opens (StartupRestore).
    void restartRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The first queries (the Today page's jurisdiction, the reminders' scan), once the window is on screen.
    void startLoading();
    void createNavigation();
    void restoreFromBackup();
    /// Builds `page` if it is not built yet and puts it in the page stack in place of its placeholder.
    QWidget *ensurePage(Page page);
    QWidget *buildPage(Page page);
    QWidget *buildLedgerTabs();
    QWidget *buildDashboard();
    /// A hazard or project asked for from another page (Today, the dashboard, a project's or a hazard's links).
    void openHazard(const QString &id);
    void openProject(const QString &id);
    void connectTodayPage();
    void connectProjectsPage();
    void connectHazardsPage();
    /// Reloads the pages that are built (the others load fresh when first shown).
    void reloadBuiltPages();
    void connectActions();
    void createStatusBar();
    void createEditActions();
    void createReminders();
    void openSettings();
    void showUserGuide();
    void showAbout();
    void restoreLayouts();
    void saveLayouts();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DataFolderSession &m_session;
    DataStore &m_store;
    AppSettings &m_settings;
    SqlWorker *m_worker = nullptr;
    TodayPage *m_todayPage = nullptr;
    ProjectsPage *m_projectsPage = nullptr;
    HazardsPage *m_hazardsPage = nullptr;
    InspectionsPage *m_inspectionsPage = nullptr;
    NoticesPage *m_noticesPage = nullptr;
    EnforcementPage *m_enforcementPage = nullptr;
    IncidentsPage *m_incidentsPage = nullptr;
    LedgersPage *m_ledgersPage = nullptr;
    MonthlyReportPage *m_reportPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    DangerEventsPage *m_dangerEventsPage = nullptr;
    QHash<QString, QPointer<InspectionWorkspace>> m_workspaces; ///< open inspection windows by inspection id
    QLabel *m_locationLabel = nullptr;
    OutboxStatusLabel *m_pendingLabel = nullptr;
    NoticeNumberWarningLabel *m_numbersLabel = nullptr;
    SyncPage *m_syncPage = nullptr;
    SyncStatusIndicator *m_syncIndicator = nullptr;
    SyncActions *m_syncActions = nullptr;
    TrayNotifier *m_trayNotifier = nullptr;
    DiagnosticsExport *m_diagnostics = nullptr;
    QList<QPair<QString, QString>> m_jurisdictions;
    std::array<QWidget *, size_t(Page::Count)> m_built{}; ///< each page once built, else null
    QString m_jurisdictionName; ///< the settings' jurisdiction's name, once the list is read
    bool m_isJurisdictionKnown = false;
    bool m_isLoadingStarted = false;
};

} // namespace sitesafe
