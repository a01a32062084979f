// sitesafe: the desktop client. Parses arguments, opens the data folder and shows the main window; nothing else.
#include <cstring>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include "core/clock.h"
#include "core/logfile.h"
#include "session/dailybackup.h"
#include "session/datafoldersession.h"
#include "session/demodatasetprocess.h"
#include "session/folderinstancechannel.h"
#include "storage/datafolderlock.h"
#include "storage/datastore.h"
#include "sync/synccontroller.h"
#include "sync/syncreport.h"
#include "widgets/appsettings.h"
#include "widgets/dialogs/firstrunwizard.h"
#include "widgets/interactiveprobe.h"
#include "widgets/localization.h"
#include "widgets/mainwindow.h"
#include "widgets/startuprestore.h"

using namespace Qt::StringLiterals;

namespace {
void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "SiteSafe desktop client: construction-safety inspection, offline first."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"data-dir"_s,
                      QCoreApplication::translate("main", "Data folder to open (default: the one in Settings, else %1).")
                          .arg(sitesafe::AppSettings::defaultDataDirectory()),
                      QCoreApplication::translate("main", "DIR")});
    parser.addOption({u"server"_s,
                      QCoreApplication::translate("main", "Provincial server to sync with (remembered in the data folder)."),
                      QCoreApplication::translate("main", "URL")});
    parser.addOption({u"user"_s,
                      QCoreApplication::translate("main", "User name to sign in with; the password comes from "
                                                          "SITESAFE_PASSWORD when set (demo), else the sign-in dialog."),
                      QCoreApplication::translate("main", "NAME")});
    parser.addOption({u"ca-file"_s,
                      QCoreApplication::translate("main", "Provincial CA certificate (PEM) to trust besides the system CAs."),
                      QCoreApplication::translate("main", "FILE")});
    parser.addOption({u"today"_s,
                      QCoreApplication::translate("main", "Work as if today were DATE (YYYY-MM-DD; demo and debugging): "
                                                          "deadlines and overdue hazards are judged on that day. "
                                                          "Default: today in China time."),
                      QCoreApplication::translate("main", "DATE")});
    // For the start-up test: report when the window is on screen, then close it like a user would.
    QCommandLineOption closeAfterShown(u"close-after-shown"_s);
    closeAfterShown.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(closeAfterShown);
}

/// --help and --version must work without a display: answer them before any GUI object exists.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--help", "-h", "--help-all", "-?", "--version", "-v"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    }
    return false;
}
} // namespace

/// The client from start to quit; every object it made is gone when it returns (the folder's lock, connections and
/// threads too). `restart` receives the program and its arguments when the client asked to start again.
int runClient(int argc, char *argv[], QStringList *restart)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setOrganizationName(u"SiteSafe"_s);
    QCoreApplication::setApplicationName(u"sitesafe"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SITESAFE_VERSION));

    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        describe(parser);
        parser.process(app); // prints help or version and exits
        return 0;
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"sitesafe"_s);
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    sitesafe::AppSettings settings;
    sitesafe::Localization::install(sitesafe::Localization::resolve(settings.language()));

    const QString directory = parser.isSet(u"data-dir"_s) ? parser.value(u"data-dir"_s) : settings.dataDirectory();
    // One program at a time on a data folder (a restore, another window): held until the program ends.
    QDir().mkpath(directory);
    // A restore chosen in File ▸ Restore from backup is done now, before anything opens the folder.
    const auto restored = sitesafe::StartupRestore::runIfScheduled(directory);
    if (restored.isAttempted) {
        if (restored.isRestored)
            QMessageBox::information(nullptr, QCoreApplication::translate("main", "SiteSafe"), restored.message);
        else
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SiteSafe"), restored.message);
    }
    sitesafe::DataFolderLock folderLock(directory);
    if (!folderLock.tryLock()) {
        // SiteSafe already runs on this folder: its window comes to the front; only a holder that does not answer
        // (sitesafe-cli restore, an older version) is explained.
        if (sitesafe::FolderInstanceChannel::activateRunning(directory)) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                "SiteSafe is already open on %1; its window was "
                "brought to the front.")
                                       .arg(QDir::toNativeSeparators(directory))
                                << Qt::endl;
            return 0;
        }
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SiteSafe"), folderLock.error().message);
        return 1;
    }
    sitesafe::FolderInstanceChannel instanceChannel(directory);
    // The log file for support (no records, no secrets: LogScrubber), rotated in the data folder.
    if (sitesafe::Status logging = sitesafe::LogFile::install(directory); !logging)
        QTextStream(stderr) << logging.error().message << Qt::endl;
    qInfo("SiteSafe %s started (Qt %s)", SITESAFE_VERSION, qVersion());
    if (sitesafe::Status listening = instanceChannel.listen(); !listening)
        qWarning("%s", qPrintable(listening.error().message));
    // A second start on this folder: whichever window is up (the first-run wizard, the main window) comes forward.
    QObject::connect(&instanceChannel, &sitesafe::FolderInstanceChannel::activationRequested, &app, [] {
        qInfo("a second start on this data folder brought the window to the front");
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (!window->isVisible())
                continue;
            window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window->raise();
            window->activateWindow();
        }
    });
    if (restored.isAttempted)
        qInfo("a backup chosen in the restore dialog was %s", restored.isRestored ? "restored" : "not restored");
    // The data file opens (its schema parsed) on a helper thread while this one loads the fonts.
    auto opening = sitesafe::DataStore::openInBackground(directory);
    sitesafe::Localization::applyFonts();
    auto store = opening.get();
    if (!store && sitesafe::StartupRestore::isDamage(store.error())) {
        // A damaged file: the restore dialog on the folder's own backups; the restore runs at the next start.
        if (!sitesafe::StartupRestore::offerAfterDamage(directory, store.error()))
            return 1;
        qInfo("SiteSafe found its data file damaged; restarting to restore a backup");
        *restart = QStringList {QCoreApplication::applicationFilePath()} + QCoreApplication::arguments().mid(1);
        return 0;
    }
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SiteSafe"), store.error().message);
        return 1;
    }

    QDate today;
    if (parser.isSet(u"today"_s)) {
        today = QDate::fromString(parser.value(u"today"_s), Qt::ISODate);
        if (!today.isValid()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SiteSafe"),
                                  QCoreApplication::translate("main", "--today expects a date as YYYY-MM-DD, not “%1”.")
                                      .arg(parser.value(u"today"_s)));
            return 2;
        }
    }
    // One session per data folder: the clock and today every page reads, the undo stack, the sync controller.
    sitesafe::DataFolderSession session(*store.value(), store.value()->clock(), today);
    sitesafe::SyncController &sync = *session.syncController();
    if (parser.isSet(u"server"_s) || parser.isSet(u"user"_s) || parser.isSet(u"ca-file"_s)) {
        sitesafe::ServerProfile profile = sync.profile();
        if (parser.isSet(u"server"_s))
            profile.serverUrl = QUrl(parser.value(u"server"_s), QUrl::StrictMode);
        if (parser.isSet(u"user"_s))
            profile.userName = parser.value(u"user"_s);
        if (parser.isSet(u"ca-file"_s))
            profile.tls.caFile = QFileInfo(parser.value(u"ca-file"_s)).absoluteFilePath();
        if (sitesafe::Status s = sync.setProfile(profile); !s)
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "SiteSafe"), s.error().message);
    }
    // An empty folder with no server: the first-run wizard (language, then the demo or the provincial server).
    if (!parser.isSet(u"close-after-shown"_s) && sitesafe::FirstRunWizard::isNeeded(session)) {
        const QString cli = sitesafe::DemoDatasetProcess::locate(
            QCoreApplication::applicationDirPath(), QStringLiteral(SITESAFE_CLI_BUILD_PATH));
        sitesafe::FirstRunWizard wizard(session, settings, cli);
        if (wizard.exec() != QDialog::Accepted) {
            qInfo("SiteSafe quit from the first-run wizard");
            return 0;
        }
    }
    sitesafe::MainWindow window(session, settings);
    // For the start-up benchmark (bench/clientbench): "interactive <monotonic ns>" on stderr, once.
    if (qEnvironmentVariableIsSet("SITESAFE_REPORT_INTERACTIVE"))
        sitesafe::InteractiveProbe::watch(&window);
    window.show();
    if (!parser.isSet(u"close-after-shown"_s)) {
        // Today's local backup a minute after start-up, then looked for every hour (a failure is said, once).
        QObject::connect(session.dailyBackup(), &sitesafe::DailyBackup::finished, &window,
            [&window](const QString &, const QString &error) {
                if (!error.isEmpty())
                    window.statusBar()->showMessage(
                        QCoreApplication::translate("main", "Automatic backup failed: %1").arg(error));
            });
        session.dailyBackup()->start();
        // One line per sync for the log: counts and the error's code, never its data.
        QObject::connect(&sync, &sitesafe::SyncController::finished, &window, [](const sitesafe::SyncReport &r) {
            qInfo("sync finished: %d applied, %d conflicts, %d rejected, %d rows pulled, %lld still pending%s%s",
                r.applied, r.conflicts, r.rejected, r.rowsPulled, static_cast<long long>(r.stillPending),
                r.error ? ", error " : "", r.error ? qPrintable(r.error->code) : "");
        });
        // The demo of `make run` passes the demo account's password this way; it is read once and not kept.
        const QString password = qEnvironmentVariable("SITESAFE_PASSWORD");
        qunsetenv("SITESAFE_PASSWORD");
        sync.start(password);
    }

    if (parser.isSet(u"close-after-shown"_s)) {
        window.setConfirmsQuit(false);
        auto *poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, &sinceStart, poll] {
            if (!window.windowHandle() || !window.windowHandle()->isExposed())
                return;
            poll->stop();
            QTextStream(stdout) << "shown-after-ms " << sinceStart.elapsed() << Qt::endl;
            window.close();
        });
        poll->start(5);
    }
    // After File ▸ Restore from backup the window closes and a new process restores, then opens the folder.
    bool isRestarting = false;
    QObject::connect(
        &window, &sitesafe::MainWindow::restartRequested, &window, [&isRestarting] { isRestarting = true; });
    const int status = app.exec();
    qInfo("SiteSafe quit with status %d%s", status, isRestarting ? ", restarting to restore a backup" : "");
    if (isRestarting)
        *restart = QStringList {QCoreApplication::applicationFilePath()} + QCoreApplication::arguments().mid(1);
    if (parser.isSet(u"close-after-shown"_s))
        QTextStream(stdout) << "quit-after-ms " << sinceStart.elapsed() << Qt::endl;
    return status;
}

int main(int argc, char *argv[])
{
    QStringList restart;
    const int status = runClient(argc, argv, &restart);
    // File ▸ Restore from backup: a new process restores before it opens the folder, which this one has let go of.
    if (!restart.isEmpty() && !QProcess::startDetached(restart.constFirst(), restart.mid(1)))
        QTextStream(stderr) << "SiteSafe could not start again to restore the backup; start it again yourself."
                            << Qt::endl;
    return status;
}
