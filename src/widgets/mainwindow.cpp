#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "appsettings.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/signindialog.h"
#include "synccontroller.h"
#include "syncstatusindicator.h"
#include "views/hazardspage.h"
#include "views/placeholderpage.h"
#include "views/projectspage.h"
#include "views/syncpage.h"
#include "views/todaypage.h"

#include "models/referencelists.h"
#include "models/sqlworker.h"
#include "storage/datastore.h"
#include "storage/outboxrepository.h"

#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kPendingRefreshMs = 30000;
}

MainWindow::MainWindow(DataStore &store, AppSettings &settings, QDate today, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_store(store),
      m_settings(settings),
      m_today(today),
      m_worker(new SqlWorker(store.database().path(), this)),
      m_sync(new SyncController(store, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("SiteSafe — construction-safety inspection"));
    setWindowIcon(QIcon(u":/icons/sitesafe.svg"_s));
    const QString databasePath = store.database().path();
    m_todayPage = new TodayPage(databasePath, this);
    m_projectsPage = new ProjectsPage(databasePath, today, this);
    m_hazardsPage = new HazardsPage(databasePath, QDir(store.directory()).filePath(u"blobs"_s), today, this);
    m_syncPage = new SyncPage(store, m_sync, this);
    createNavigation();
    connectActions();

    m_locationLabel = new QLabel(this);
    m_locationLabel->setText(tr("Data: %1").arg(QDir::toNativeSeparators(store.directory())));
    m_locationLabel->setToolTip(QDir::toNativeSeparators(databasePath));
    m_pendingLabel = new QLabel(tr("Counting changes…"), this);
    m_syncIndicator = new SyncStatusIndicator(*m_sync, this);
    statusBar()->addWidget(m_locationLabel, 1);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_syncIndicator);
    connectSync();
    m_pendingTimer.setInterval(kPendingRefreshMs);
    connect(&m_pendingTimer, &QTimer::timeout, this, &MainWindow::countPendingChanges);
    m_pendingTimer.start();
    countPendingChanges();

    // The Today page needs the jurisdiction's name; the list is small.
    const QString jurisdiction = settings.jurisdictionCode();
    m_worker->post<QList<ReferenceLists::Choice>>(
        this, [](QSqlDatabase db) { return ReferenceLists::jurisdictions(db); },
        [this, jurisdiction](QList<ReferenceLists::Choice> choices) {
            QString name;
            for (const auto &c : std::as_const(choices)) {
                m_jurisdictions.append({c.code, c.label});
                if (c.code == jurisdiction)
                    name = c.label;
            }
            m_todayPage->refresh(jurisdiction, name, QDateTime(m_today, QTime::currentTime()));
        });
    restoreLayouts();
}

MainWindow::~MainWindow() = default;

QString MainWindow::pageTitle(Page page) const
{
    switch (page) {
    case Page::Today: return tr("Today");
    case Page::Projects: return tr("Projects");
    case Page::Inspections: return tr("Inspections");
    case Page::Hazards: return tr("Hazards");
    case Page::Ledgers: return tr("Ledgers");
    case Page::Dashboard: return tr("Dashboard");
    case Page::Sync: return tr("Sync");
    case Page::Count: break;
    }
    return {};
}

void MainWindow::createNavigation()
{
    const QList<QPair<Page, QStyle::StandardPixmap>> pages{
        {Page::Today, QStyle::SP_DialogYesButton},     {Page::Projects, QStyle::SP_DirHomeIcon},
        {Page::Inspections, QStyle::SP_FileDialogDetailedView}, {Page::Hazards, QStyle::SP_MessageBoxWarning},
        {Page::Ledgers, QStyle::SP_FileDialogListView}, {Page::Dashboard, QStyle::SP_FileDialogInfoView},
        {Page::Sync, QStyle::SP_BrowserReload}};
    for (const auto &[page, icon] : pages) {
        QWidget *widget = nullptr;
        switch (page) {
        case Page::Today: widget = m_todayPage; break;
        case Page::Projects: widget = m_projectsPage; break;
        case Page::Hazards: widget = m_hazardsPage; break;
        case Page::Inspections:
            widget = new PlaceholderPage(pageTitle(page),
                                         tr("Starting an inspection on site — round 1 / round 2, special, re-inspection "
                                            "or random — walking the checklist, photos, certificate checks and notices "
                                            "will be here."),
                                         this);
            break;
        case Page::Ledgers:
            widget = new PlaceholderPage(pageTitle(page),
                                         tr("The three ledgers (major hazards, non-fatal incidents, major dangerous "
                                            "situations) and the monthly report, exported to XLSX, CSV and PDF, will be "
                                            "here."),
                                         this);
            break;
        case Page::Dashboard:
            widget = new PlaceholderPage(pageTitle(page),
                                         tr("Charts of full-coverage progress per round and city/county, hazards by "
                                            "criterion article, rectification rate and the overdue trend will be here."),
                                         this);
            break;
        case Page::Sync: widget = m_syncPage; break;
        case Page::Count: break;
        }
        m_ui->pageStack->addWidget(widget);
        auto *item = new QListWidgetItem(style()->standardIcon(icon), pageTitle(page), m_ui->navigationList);
        item->setSizeHint(QSize(0, 44));
    }
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack, &QStackedWidget::setCurrentIndex);
    m_ui->navigationList->setCurrentRow(0);
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
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (currentPage() == Page::Projects) {
            m_projectsPage->focusSearch();
            return;
        }
        showPage(Page::Hazards);
        m_hazardsPage->focusSearch();
    });
    connect(m_ui->actionResetFilters, &QAction::triggered, this, [this] {
        showPage(Page::Hazards);
        m_hazardsPage->resetFilters();
    });
    connect(m_ui->actionCopy, &QAction::triggered, m_hazardsPage, &HazardsPage::copySelection);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(m_todayPage, &TodayPage::hazardRequested, this, [this](const QString &id) {
        showPage(Page::Hazards);
        m_hazardsPage->showHazard(id);
    });
    connect(m_todayPage, &TodayPage::projectRequested, this, [this](const QString &id) {
        showPage(Page::Projects);
        m_projectsPage->showProject(id);
    });
    connect(m_todayPage, &TodayPage::incidentRequested, this, [this](const QString &, const QString &summary) {
        QMessageBox::information(this, tr("Incident"),
                                 summary + u"\n\n"_s
                                     + tr("Record the platform report in the incident ledger (Ledgers page)."));
    });
    connect(m_projectsPage, &ProjectsPage::hazardRequested, this, [this](const QString &id) {
        showPage(Page::Hazards);
        m_hazardsPage->showHazard(id);
    });
    connect(m_projectsPage, &ProjectsPage::projectHazardsRequested, this,
            [this](const QString &id, const QString &name) {
                showPage(Page::Hazards);
                m_hazardsPage->showProjectHazards(id, name);
            });
    connect(m_hazardsPage, &HazardsPage::projectRequested, this, [this](const QString &id) {
        showPage(Page::Projects);
        m_projectsPage->showProject(id);
    });
}

void MainWindow::showPage(Page page)
{
    m_ui->navigationList->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_ui->pageStack->currentIndex());
}

QWidget *MainWindow::page(Page page) const
{
    return m_ui->pageStack->widget(int(page));
}

QString MainWindow::statusText() const
{
    return u"%1 | %2 | %3"_s.arg(m_locationLabel->text(), m_pendingLabel->text(), m_syncIndicator->text());
}

void MainWindow::countPendingChanges()
{
    m_worker->post<qint64>(
        this, [](QSqlDatabase db) { return OutboxRepository(db).pendingCount(); },
        [this](qint64 count) {
            m_pendingChanges = count;
            m_pendingLabel->setText(count == 0 ? tr("All changes synced") : tr("%n change(s) waiting to sync", nullptr, int(count)));
            emit pendingChangesCounted(count);
        });
}

void MainWindow::refresh()
{
    m_todayPage->refresh();
    m_projectsPage->reload();
    m_hazardsPage->reload();
    m_syncPage->reload();
    countPendingChanges();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_jurisdictions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.needsRestart())
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new data folder or language takes effect when SiteSafe starts again."));
    QString name;
    for (const auto &[code, label] : std::as_const(m_jurisdictions))
        if (code == m_settings.jurisdictionCode())
            name = label;
    m_todayPage->refresh(m_settings.jurisdictionCode(), name, QDateTime::currentDateTime());
}

void MainWindow::showUserGuide()
{
    QFile file(u":/docs/user-guide.zh.md"_s);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("User guide"));
    dialog.resize(760, 620);
    auto *layout = new QVBoxLayout(&dialog);
    auto *browser = new QTextBrowser(&dialog);
    browser->setOpenExternalLinks(true);
    if (file.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    layout->addWidget(browser);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SiteSafe"),
                       tr("<h3>SiteSafe %1</h3><p>Construction-safety field inspection for Hainan's housing and "
                          "urban-rural development departments. Works offline; data folder:</p><p>%2</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_store.directory()).toHtmlEscaped()));
}

void MainWindow::restoreLayouts()
{
    if (const QByteArray geometry = m_settings.layout(u"mainwindow/geometry"_s); !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1366, 768);
    restoreState(m_settings.layout(u"mainwindow/state"_s));
    m_hazardsPage->restoreLayout(m_settings.layout(u"hazards/columns"_s));
    m_projectsPage->restoreLayout(m_settings.layout(u"projects/columns"_s));
}

void MainWindow::saveLayouts()
{
    m_settings.setLayout(u"mainwindow/geometry"_s, saveGeometry());
    m_settings.setLayout(u"mainwindow/state"_s, saveState());
    m_settings.setLayout(u"hazards/columns"_s, m_hazardsPage->saveLayout());
    m_settings.setLayout(u"projects/columns"_s, m_projectsPage->saveLayout());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_isQuitConfirmed && !confirmQuit()) {
        event->ignore();
        return;
    }
    saveLayouts();
    m_pendingTimer.stop();
    event->accept();
}

} // namespace sitesafe
