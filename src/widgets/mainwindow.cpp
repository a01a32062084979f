#include "mainwindow.h"

#include <tuple>

#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWindow>

#include "appsettings.h"
#include "diagnosticsexport.h"
#include "dialogs/issuenoticedialog.h"
#include "dialogs/restorebackupdialog.h"
#include "dialogs/settingsdialog.h"
#include "models/referencelists.h"
#include "models/sqlworker.h"
#include "noticenumberwarninglabel.h"
#include "outboxstatuslabel.h"
#include "session/dailybackup.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "sync/diagnosticfacts.h"
#include "sync/synccontroller.h"
#include "syncactions.h"
#include "syncstatusindicator.h"
#include "traynotifier.h"
#include "ui_mainwindow.h"
#include "views/annualsummarypage.h"
#include "views/dangereventspage.h"
#include "views/dashboardpage.h"
#include "views/enforcementpage.h"
#include "views/hazarddetailpane.h"
#include "views/hazardspage.h"
#include "views/incidentspage.h"
#include "views/inspectionspage.h"
#include "views/inspectionworkspace.h"
#include "views/ledgerspage.h"
#include "views/monthlyreportpage.h"
#include "views/noticespage.h"
#include "views/projectspage.h"
#include "views/reportsubmissionspage.h"
#include "views/syncpage.h"
#include "views/todaypage.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

MainWindow::MainWindow(DataFolderSession &session, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_session(session),
      m_store(session.store()),
      m_settings(settings),
      m_worker(new SqlWorker(m_store.database().path(), this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("SiteSafe — construction-safety inspection"));
    m_syncActions = new SyncActions(session, *this, {m_ui->actionSyncNow, m_ui->actionSignIn, m_ui->actionSignOut});
    createNavigation();
    connectActions();
    createEditActions();
    createStatusBar();
    createReminders();

    // The first queries wait until the window is on screen (startLoading), so they do not compete with its first
    // paint for the CPU; a window that is never shown (tests) starts them at the first turn of the event loop.
    QTimer::singleShot(0, this, &MainWindow::startLoading);
    restoreLayouts();
}

MainWindow::~MainWindow() = default;

void MainWindow::startLoading()
{
    if (m_isLoadingStarted)
        return;
    if (isVisible() && windowHandle() && !windowHandle()->isExposed()) {
        windowHandle()->installEventFilter(this); // eventFilter calls back once the window is exposed
        return;
    }
    m_isLoadingStarted = true;
    // Set after the first paint: on X11 the icon is rendered at every size the window manager may want.
    setWindowIcon(QIcon(u":/icons/sitesafe.svg"_s));
    // The Today page needs the jurisdiction's name; the list is small.
    const QString jurisdiction = m_settings.jurisdictionCode();
    m_worker->post<QList<ReferenceLists::Choice>>(
        this, [](ReadConnection db) { return ReferenceLists::jurisdictions(db); },
        [this, jurisdiction](QList<ReferenceLists::Choice> choices) {
            for (const auto &c : std::as_const(choices)) {
                m_jurisdictions.append({c.code, c.label});
                if (c.code == jurisdiction)
                    m_jurisdictionName = c.label;
            }
            m_isJurisdictionKnown = true;
            if (m_todayPage)
                m_todayPage->refresh(jurisdiction, m_jurisdictionName);
        });
    m_pendingLabel->start();
    m_numbersLabel->start();
    m_trayNotifier->start();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && watched == windowHandle() && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        // After this expose's paint: the expose event paints the window before it returns.
        QTimer::singleShot(0, this, &MainWindow::startLoading);
    }
    return QMainWindow::eventFilter(watched, event);
}

SyncController *MainWindow::syncController() const
{
    return m_session.syncController();
}

void MainWindow::createStatusBar()
{
    m_locationLabel = new QLabel(this);
    m_locationLabel->setText(tr("Data: %1").arg(QDir::toNativeSeparators(m_store.directory())));
    m_locationLabel->setToolTip(QDir::toNativeSeparators(m_store.database().path()));
    m_pendingLabel = new OutboxStatusLabel(*m_worker, *syncController(), this);
    m_syncIndicator = new SyncStatusIndicator(*syncController(), this);
    statusBar()->addWidget(m_locationLabel, 1);
    m_numbersLabel = new NoticeNumberWarningLabel(*m_worker, this);
    connect(syncController(), &SyncController::finished, m_numbersLabel, &NoticeNumberWarningLabel::recount);
    statusBar()->addPermanentWidget(m_numbersLabel);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_syncIndicator);
    connect(m_pendingLabel, &OutboxStatusLabel::counted, m_syncIndicator, &SyncStatusIndicator::setAttention);
    connect(m_pendingLabel, &OutboxStatusLabel::counted, this,
            [this](const SyncAttention &attention) { Q_EMIT pendingChangesCounted(attention.waiting); });
    connect(m_pendingLabel, &OutboxStatusLabel::clicked, this, &MainWindow::showSyncAttention);
    connect(m_syncIndicator, &SyncStatusIndicator::clicked, this, &MainWindow::showSyncAttention);
    connect(m_syncActions, &SyncActions::messageRequested, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::createReminders()
{
    m_trayNotifier = new TrayNotifier(m_session, m_settings, statusBar(), this);
    connect(m_trayNotifier, &TrayNotifier::windowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_trayNotifier, &TrayNotifier::hazardsRequested, this, [this](ReminderNotice::Target target) {
        showNormal();
        raise();
        showPage(Page::Hazards);
        if (target == ReminderNotice::Target::DueSoon)
            m_hazardsPage->showDueSoon(m_session.today());
        else
            m_hazardsPage->showOverdue(m_session.today());
    });
    connect(m_trayNotifier, &TrayNotifier::incidentsRequested, this, [this] {
        showNormal();
        raise();
        showPage(Page::Incidents);
    });
    connect(m_trayNotifier, &TrayNotifier::monthlyReportRequested, this, [this](const QString &month) {
        showNormal();
        raise();
        showMonthlyReport(month);
    });
    // Started with the first queries (startLoading): its first scan reads every open hazard.
}

void MainWindow::createEditActions()
{
    // Every undoable edit of the data folder (conflict resolutions today): Undo / Redo in the Edit menu.
    QAction *undo = m_session.undoStack()->createUndoAction(this, tr("Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session.undoStack()->createRedoAction(this, tr("Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcut(QKeySequence::Redo);
    QAction *first = m_ui->menuEdit->actions().value(0);
    m_ui->menuEdit->insertAction(first, undo);
    m_ui->menuEdit->insertAction(first, redo);
    m_ui->menuEdit->insertSeparator(first);
}

qint64 MainWindow::pendingChanges() const
{
    return m_pendingLabel->isCounted() ? m_pendingLabel->attention().waiting : -1;
}

void MainWindow::syncNow()
{
    m_syncActions->syncNow();
}

bool MainWindow::signIn()
{
    return m_syncActions->signIn();
}

void MainWindow::setConfirmsQuit(bool isConfirming)
{
    m_syncActions->setQuitConfirmed(!isConfirming);
}

void MainWindow::showSyncAttention()
{
    showPage(Page::Sync);
    const SyncController &sync = *syncController();
    const SyncAttention &attention = m_pendingLabel->attention();
    // A failed run with nothing local to fix: the page's top says why; otherwise the list that needs the user.
    const bool hasFailed = sync.hasReport() && sync.lastReport().error;
    m_syncPage->focus(hasFailed && attention.refused == 0 && attention.conflicts == 0 ? SyncPage::Focus::Overview
                                                                                      : SyncPage::focusFor(attention));
}

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Page::Today: return tr("Today");
    case Page::Projects: return tr("Projects");
    case Page::Inspections: return tr("Inspections");
    case Page::Hazards: return tr("Hazards");
    case Page::Notices: return tr("Notices");
    case Page::Ledgers: return tr("Ledgers");
    case Page::Enforcement: return tr("Enforcement");
    case Page::Incidents: return tr("Incidents");
    case Page::DangerEvents: return tr("Dangerous situations");
    case Page::Dashboard: return tr("Dashboard");
    case Page::Sync: return tr("Sync");
    case Page::Count: break;
    }
    return {};
}

void MainWindow::createNavigation()
{
    // Our own line icons (resources/icons/nav): drawn the same on every platform, and rendered when painted
    // rather than looked up in the desktop's icon theme and decoded at three sizes while the window opens.
    const QList<QPair<Page, QString>> pages{
        {Page::Today, u"today"_s},         {Page::Projects, u"projects"_s},   {Page::Inspections, u"inspections"_s},
        {Page::Hazards, u"hazards"_s},     {Page::Notices, u"notices"_s},     {Page::Ledgers, u"ledgers"_s},
        {Page::Enforcement, u"enforcement"_s}, {Page::Incidents, u"incidents"_s},
        {Page::DangerEvents, u"dangerevents"_s}, {Page::Dashboard, u"dashboard"_s}, {Page::Sync, u"sync"_s}};
    for (const auto &[page, icon] : pages) {
        // An empty placeholder until the page is first shown (ensurePage).
        m_ui->pageStack->addWidget(new QWidget(m_ui->pageStack));
        auto *item = new QListWidgetItem(navigationIcon(icon), pageTitle(page), m_ui->navigationList);
        item->setSizeHint(QSize(0, 44));
    }
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= int(Page::Count))
            return;
        m_ui->pageStack->setCurrentWidget(ensurePage(Page(row)));
    });
    m_ui->navigationList->setCurrentRow(0);
}

QIcon MainWindow::navigationIcon(const QString &name)
{
    return QIcon(u":/icons/nav/%1.svg"_s.arg(name));
}

bool MainWindow::isPageBuilt(Page page) const
{
    return m_built.at(size_t(page)) != nullptr;
}

QWidget *MainWindow::ensurePage(Page page)
{
    QWidget *&built = m_built.at(size_t(page));
    if (built)
        return built;
    built = buildPage(page);
    QWidget *placeholder = m_ui->pageStack->widget(int(page));
    const bool wasCurrent = m_ui->pageStack->currentWidget() == placeholder;
    m_ui->pageStack->insertWidget(int(page), built);
    m_ui->pageStack->removeWidget(placeholder);
    delete placeholder;
    if (wasCurrent)
        m_ui->pageStack->setCurrentWidget(built);
    return built;
}

QWidget *MainWindow::buildPage(Page page)
{
    const QString databasePath = m_store.database().path();
    const QDate today = m_session.today();
    switch (page) {
    case Page::Today:
        m_todayPage = new TodayPage(m_session, this);
        connectTodayPage();
        if (m_isJurisdictionKnown)
            m_todayPage->refresh(m_settings.jurisdictionCode(), m_jurisdictionName);
        return m_todayPage;
    case Page::Projects:
        m_projectsPage = new ProjectsPage(databasePath, today, this);
        m_projectsPage->restoreLayout(m_settings.layout(u"projects/columns"_s));
        connectProjectsPage();
        return m_projectsPage;
    case Page::Hazards:
        m_hazardsPage = new HazardsPage(databasePath, QDir(m_store.directory()).filePath(u"blobs"_s), today, this);
        m_hazardsPage->setSession(m_session);
        m_hazardsPage->restoreLayout(m_settings.layout(u"hazards/columns"_s));
        connectHazardsPage();
        return m_hazardsPage;
    case Page::Inspections:
        m_inspectionsPage = new InspectionsPage(m_session, this);
        connect(m_inspectionsPage, &InspectionsPage::openInspectionRequested, this, &MainWindow::openInspection);
        return m_inspectionsPage;
    case Page::Notices:
        m_noticesPage = new NoticesPage(m_session, this);
        m_noticesPage->setVerificationBase(
            [this] { return IssueNoticeDialog::verificationBase(m_session, m_settings); });
        return m_noticesPage;
    case Page::Ledgers: return buildLedgerTabs();
    case Page::Enforcement: return m_enforcementPage = new EnforcementPage(m_session, this);
    case Page::Incidents: return m_incidentsPage = new IncidentsPage(m_session, this);
    case Page::DangerEvents: return m_dangerEventsPage = new DangerEventsPage(m_session, this);
    case Page::Dashboard: return buildDashboard();
    case Page::Sync:
        m_syncPage = new SyncPage(m_session, this);
        connect(m_syncPage, &SyncPage::syncRequested, this, &MainWindow::syncNow);
        return m_syncPage;
    case Page::Count: break;
    }
    Q_UNREACHABLE();
    return nullptr;
}

QWidget *MainWindow::buildLedgerTabs()
{
    // 台账 and the 月报 made from them, side by side.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"ledgerTabs"_s);
    m_ledgersPage = new LedgersPage(*m_worker, m_session.today(), tabs);
    m_reportPage = new MonthlyReportPage(m_session, *m_worker, tabs);
    auto *submissions = new ReportSubmissionsPage(m_session, *m_worker, tabs);
    tabs->addTab(m_ledgersPage, tr("Ledgers"));
    tabs->addTab(m_reportPage, tr("Monthly report"));
    tabs->addTab(submissions, tr("Submissions"));
    tabs->addTab(new AnnualSummaryPage(m_session, *m_worker, tabs), tr("Year-end summary"));
    connect(submissions, &ReportSubmissionsPage::reportRequested, this,
            [this, tabs](const QString &code, const LedgerPeriod &period) {
                m_reportPage->setPeriod(period);
                m_reportPage->setJurisdiction(code);
                tabs->setCurrentWidget(m_reportPage);
            });
    return tabs;
}

QWidget *MainWindow::buildDashboard()
{
    // 统计: the account's 市县 first (a province account's is empty: the whole province).
    m_dashboardPage = new DashboardPage(*m_worker, m_session.today(), m_session.account().jurisdictionCode, this);
    connect(m_dashboardPage, &DashboardPage::hazardRequested, this, &MainWindow::openHazard);
    connect(m_dashboardPage, &DashboardPage::projectRequested, this, &MainWindow::openProject);
    return m_dashboardPage;
}

void MainWindow::openHazard(const QString &id)
{
    showPage(Page::Hazards);
    m_hazardsPage->showHazard(id);
}

void MainWindow::openProject(const QString &id)
{
    showPage(Page::Projects);
    m_projectsPage->showProject(id);
}

void MainWindow::connectTodayPage()
{
    connect(m_todayPage, &TodayPage::hazardRequested, this, &MainWindow::openHazard);
    connect(m_todayPage, &TodayPage::projectRequested, this, &MainWindow::openProject);
    connect(m_todayPage, &TodayPage::incidentRequested, this, [this](const QString &id, const QString &) {
        showPage(Page::Incidents);
        m_incidentsPage->openForm(id);
    });
}

void MainWindow::connectProjectsPage()
{
    connect(m_projectsPage, &ProjectsPage::hazardRequested, this, &MainWindow::openHazard);
    connect(m_projectsPage, &ProjectsPage::projectHazardsRequested, this,
            [this](const QString &id, const QString &name) {
                showPage(Page::Hazards);
                m_hazardsPage->showProjectHazards(id, name);
            });
}

void MainWindow::connectHazardsPage()
{
    connect(m_hazardsPage, &HazardsPage::noticeRequested, this,
            [this](const QStringList &hazardIds) { issueNotice(hazardIds); });
    connect(m_hazardsPage->detailPane(), &HazardDetailPane::photosWanted, syncController(),
            &SyncController::fetchPhotos);
    connect(syncController(), &SyncController::photoFetched, m_hazardsPage->detailPane(),
            &HazardDetailPane::onPhotoFetched);
    connect(m_hazardsPage, &HazardsPage::projectRequested, this, &MainWindow::openProject);
}

void MainWindow::reloadBuiltPages()
{
    if (m_todayPage)
        m_todayPage->refresh();
    if (m_projectsPage)
        m_projectsPage->reload();
    if (m_hazardsPage)
        m_hazardsPage->reload();
    if (m_inspectionsPage)
        m_inspectionsPage->reload();
    if (m_noticesPage)
        m_noticesPage->reload();
    if (m_enforcementPage)
        m_enforcementPage->reload();
    if (m_incidentsPage)
        m_incidentsPage->reload();
    if (m_ledgersPage)
        m_ledgersPage->reload();
    if (m_reportPage)
        m_reportPage->reload();
    if (m_dangerEventsPage)
        m_dangerEventsPage->reload();
}

void MainWindow::connectActions()
{
    const QList<QPair<QAction *, Page>> pageActions{
        {m_ui->actionToday, Page::Today},       {m_ui->actionProjects, Page::Projects},
        {m_ui->actionInspections, Page::Inspections}, {m_ui->actionHazards, Page::Hazards},
        {m_ui->actionLedgers, Page::Ledgers},   {m_ui->actionDashboard, Page::Dashboard},
        {m_ui->actionSync, Page::Sync}};
    for (const auto &[action, page] : pageActions)
        connect(action, &QAction::triggered, this, [this, target = page] { showPage(target); });
    // The pages of issue 11 came after the .ui's Ctrl+1…7: 文书 Ctrl+8, 执法 Ctrl+9, 事故 Ctrl+0, 险情 Ctrl+Shift+D.
    const QList<std::tuple<Page, QString, QString>> laterPages{
        {Page::Notices, u"actionNotices"_s, u"Ctrl+8"_s},
        {Page::Enforcement, u"actionEnforcement"_s, u"Ctrl+9"_s},
        {Page::Incidents, u"actionIncidents"_s, u"Ctrl+0"_s},
        {Page::DangerEvents, u"actionDangerEvents"_s, u"Ctrl+Shift+D"_s}};
    for (const auto &[page, name, keys] : laterPages) {
        auto *action = new QAction(pageTitle(page), this);
        action->setObjectName(name);
        action->setShortcut(QKeySequence(keys));
        m_ui->menuView->insertAction(page == Page::Notices ? m_ui->actionLedgers : m_ui->actionDashboard, action);
        connect(action, &QAction::triggered, this, [this, target = page] { showPage(target); });
    }
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    m_ui->actionRefresh->setIcon(navigationIcon(u"refresh"_s));
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (currentPage() == Page::Projects) {
            m_projectsPage->focusSearch();
            return;
        }
        if (currentPage() == Page::Inspections) {
            m_inspectionsPage->focusSearch();
            return;
        }
        showPage(Page::Hazards);
        m_hazardsPage->focusSearch();
    });
    connect(m_ui->actionResetFilters, &QAction::triggered, this, [this] {
        showPage(Page::Hazards);
        m_hazardsPage->resetFilters();
    });
    // Copies the hazard list's selection; nothing to copy before the list was ever shown.
    connect(m_ui->actionCopy, &QAction::triggered, this, [this] {
        if (m_hazardsPage)
            m_hazardsPage->copySelection();
    });
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_diagnostics = new DiagnosticsExport(m_store, this);
    connect(m_ui->actionExportDiagnostics, &QAction::triggered, m_diagnostics, &DiagnosticsExport::ask);
    connect(m_diagnostics, &DiagnosticsExport::finished, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Diagnostics saved to %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionRestoreBackup, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    // The Sync page reloads itself on every run; the data pages only when the run changed local rows.
    connect(m_syncActions, &SyncActions::localDataChanged, this, &MainWindow::reloadBuiltPages);
}

void MainWindow::restoreFromBackup()
{
    DailyBackup *backups = m_session.dailyBackup();
    QStringList files;
    for (const QString &name : backups->backups())
        files << QDir(backups->folder()).filePath(name);
    RestoreBackupDialog dialog(m_store.directory(), files, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog warned about unsent changes already; the restore itself happens in the next process.
    setConfirmsQuit(false);
    close();
    Q_EMIT restartRequested();
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationList->setCurrentRow(int(page));
}

void MainWindow::showMonthlyReport(const QString &month)
{
    showPage(Page::Ledgers);
    if (const auto period = LedgerPeriod::parse(month))
        m_reportPage->setPeriod(*period);
    if (auto *tabs = qobject_cast<QTabWidget *>(m_reportPage->parentWidget()->parentWidget()))
        tabs->setCurrentWidget(m_reportPage);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pageStack->currentIndex());
}

QWidget *MainWindow::page(Page page)
{
    return ensurePage(page);
}

TodayPage *MainWindow::todayPage()
{
    ensurePage(Page::Today);
    return m_todayPage;
}

ProjectsPage *MainWindow::projectsPage()
{
    ensurePage(Page::Projects);
    return m_projectsPage;
}

HazardsPage *MainWindow::hazardsPage()
{
    ensurePage(Page::Hazards);
    return m_hazardsPage;
}

InspectionsPage *MainWindow::inspectionsPage()
{
    ensurePage(Page::Inspections);
    return m_inspectionsPage;
}

NoticesPage *MainWindow::noticesPage()
{
    ensurePage(Page::Notices);
    return m_noticesPage;
}

EnforcementPage *MainWindow::enforcementPage()
{
    ensurePage(Page::Enforcement);
    return m_enforcementPage;
}

IncidentsPage *MainWindow::incidentsPage()
{
    ensurePage(Page::Incidents);
    return m_incidentsPage;
}

LedgersPage *MainWindow::ledgersPage()
{
    ensurePage(Page::Ledgers);
    return m_ledgersPage;
}

MonthlyReportPage *MainWindow::reportPage()
{
    ensurePage(Page::Ledgers);
    return m_reportPage;
}

DashboardPage *MainWindow::dashboardPage()
{
    ensurePage(Page::Dashboard);
    return m_dashboardPage;
}

DangerEventsPage *MainWindow::dangerEventsPage()
{
    ensurePage(Page::DangerEvents);
    return m_dangerEventsPage;
}

SyncPage *MainWindow::syncPage()
{
    ensurePage(Page::Sync);
    return m_syncPage;
}

QString MainWindow::statusText() const
{
    return u"%1 | %2 | %3"_s.arg(m_locationLabel->text(), m_pendingLabel->text(), m_syncIndicator->text());
}

void MainWindow::refresh()
{
    reloadBuiltPages();
    if (m_syncPage)
        m_syncPage->reload();
    m_pendingLabel->recount();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_jurisdictions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.needsRestart())
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new data folder or language takes effect when SiteSafe starts again."));
    m_jurisdictionName.clear();
    for (const auto &[code, label] : std::as_const(m_jurisdictions))
        if (code == m_settings.jurisdictionCode())
            m_jurisdictionName = label;
    if (m_todayPage)
        m_todayPage->refresh(m_settings.jurisdictionCode(), m_jurisdictionName);
    m_trayNotifier->applySettings();
}

void MainWindow::showUserGuide()
{
    QFile file(u":/docs/user-guide.zh.md"_s);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("User guide"));
    dialog.resize(760, 620);
    auto *layout = new QVBoxLayout(&dialog);
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(u"userGuideBrowser"_s);
    browser->setOpenExternalLinks(true);
    browser->setSearchPaths({u":/docs"_s}); // "images/02-today.png" as the guide names its pictures
    if (file.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    layout->addWidget(browser);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QString rows;
    for (const auto &[key, value] : DiagnosticFacts::collect(QCoreApplication::applicationVersion(), &m_store))
        rows += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(
            DiagnosticFacts::label(key).toHtmlEscaped(), value.toHtmlEscaped());
    QMessageBox::about(this, tr("About SiteSafe"),
        tr("<h3>SiteSafe %1</h3><p>Construction-safety field inspection for Hainan's housing and "
           "urban-rural development departments. Works offline.</p>")
                .arg(QCoreApplication::applicationVersion())
            + u"<table cellspacing=\"4\">"_s + rows + u"</table>"_s);
}

void MainWindow::restoreLayouts()
{
    if (const QByteArray geometry = m_settings.layout(u"mainwindow/geometry"_s); !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1366, 768);
    restoreState(m_settings.layout(u"mainwindow/state"_s));
    // The lists' column layouts are restored when their pages are built (buildPage).
}

void MainWindow::saveLayouts()
{
    m_settings.setLayout(u"mainwindow/geometry"_s, saveGeometry());
    m_settings.setLayout(u"mainwindow/state"_s, saveState());
    // A page never shown keeps the layout it was saved with last time.
    if (m_hazardsPage)
        m_settings.setLayout(u"hazards/columns"_s, m_hazardsPage->saveLayout());
    if (m_projectsPage)
        m_settings.setLayout(u"projects/columns"_s, m_projectsPage->saveLayout());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_syncActions->confirmQuit()) {
        event->ignore();
        return;
    }
    saveLayouts();
    event->accept();
}

InspectionWorkspace *MainWindow::openInspection(const QString &inspectionId)
{
    if (InspectionWorkspace *open = m_workspaces.value(inspectionId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *workspace = new InspectionWorkspace(m_session, inspectionId, this);
    workspace->setWindowFlag(Qt::Window);
    workspace->setAttribute(Qt::WA_DeleteOnClose);
    workspace->resize(size());
    connect(workspace, &InspectionWorkspace::inspectionChanged, this, [this] {
        if (m_inspectionsPage)
            m_inspectionsPage->reload();
    });
    connect(workspace, &InspectionWorkspace::openInspectionRequested, this, &MainWindow::openInspection);
    connect(workspace, &InspectionWorkspace::noticeRequested, this,
            [this](const QString &workspaceInspection) { issueNotice({}, workspaceInspection); });
    m_workspaces.insert(inspectionId, workspace);
    workspace->show();
    return workspace;
}


bool MainWindow::issueNotice(const QStringList &hazardIds, const QString &inspectionId)
{
    IssueNoticeDialog dialog(m_session, IssueNoticeDialog::verificationBase(m_session, m_settings),
                             InspectionsPage::actor(m_session), hazardIds, inspectionId, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The hazards gained a notice_issued event; the notice list its row.
    if (m_hazardsPage)
        m_hazardsPage->reload();
    if (m_todayPage)
        m_todayPage->refresh();
    showPage(Page::Notices);
    m_noticesPage->showNotice(dialog.issuedNotice().id);
    return true;
}

} // namespace sitesafe
