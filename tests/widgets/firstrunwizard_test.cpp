// The first-run wizard ([firstrun]) on the offscreen platform: an empty folder with no server shows it; demo mode runs
// the real sitesafe-cli and leaves the same data set as the CLI makes; server mode signs in to a real sitesafe-server
// over real TLS on 127.0.0.1 and takes the first download. The language chosen on its first page applies at once.
#include "widgets/dialogs/firstrunwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "session/datafoldersession.h"
#include "session/demodatasetprocess.h"
#include "storage/datastore.h"
#include "sync/serverprocess.h"
#include "sync/syncclient.h"
#include "sync/synccontroller.h"
#include "syncwindow.h"
#include "widgets/appsettings.h"
#include "widgets/dialogs/firstrundemopage.h"
#include "widgets/dialogs/firstrunserverpage.h"
#include "widgets/dialogs/firstrunsnapshotpage.h"
#include "widgets/localization.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
const QDate kToday(2026, 11, 20);

/// Rows per table of a data folder's database (every table but the folder's own sync identity).
QMap<QString, qint64> tableCounts(const QSqlDatabase &db)
{
    QMap<QString, qint64> counts;
    QSqlQuery tables(db);
    REQUIRE(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        "AND name NOT IN ('sync_state', 'notice_number_blocks') ORDER BY name"_s));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery count(db);
        REQUIRE(count.exec(u"SELECT count(*) FROM \"%1\""_s.arg(table)));
        REQUIRE(count.next());
        counts.insert(table, count.value(0).toLongLong());
    }
    return counts;
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

/// A new, empty data folder open in a session, and settings of its own.
struct EmptyFolder {
    QTemporaryDir dir;
    QTemporaryDir settingsDir;
    AppSettings settings {settingsDir.filePath(u"sitesafe.ini"_s)};
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;

    EmptyFolder()
    {
        auto opened = DataStore::open(dir.filePath(u"data"_s));
        REQUIRE(opened);
        store = std::move(opened.value());
        session = std::make_unique<DataFolderSession>(*store, Clock::system(), kToday);
    }
};

/// The tests elsewhere read English: whatever the wizard chose, English is back when a test ends.
auto englishAfterwards()
{
    return qScopeGuard([] { Localization::install(u"en"_s); });
}
} // namespace

TEST_CASE("The first-run wizard makes the demo data set in an empty folder, in the language chosen",
    "[widgets][firstrun][render]")
{
    const auto english = englishAfterwards();
    EmptyFolder folder;
    DataFolderSession &session = *folder.session;
    REQUIRE(FirstRunWizard::isNeeded(session));

    FirstRunWizard wizard(session, folder.settings, QStringLiteral(SITESAFE_CLI));
    wizard.show();
    REQUIRE(wizard.currentId() == FirstRunWizard::WelcomePage);
    // 中文 from the first page: the wizard speaks it at once and the choice is remembered.
    auto *language = child<QComboBox>(&wizard, u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"zh_CN"_s));
    CHECK(folder.settings.language() == u"zh_CN"_s);
    // (The change reaches the open windows as a posted LanguageChange event.)
    CHECK(waitFor([&] { return wizard.currentPage()->title() == u"欢迎使用工地安全巡检"_s; }));
    CHECK(wizard.buttonText(QWizard::NextButton).startsWith(u"下一步"_s));
    Localization::applyFonts();
    QTest::qWait(50);
    CHECK(saveRender(wizard.grab().toImage(), u"first-run.zh_CN.png"_s, u"01-first-run.png"_s));
    language->setCurrentIndex(language->findData(u"en"_s));
    CHECK(folder.settings.language() == u"en"_s);
    CHECK(waitFor([&] { return wizard.currentPage()->title() == u"Welcome to SiteSafe"_s; }));

    child<QRadioButton>(&wizard, u"demoRadio"_s)->setChecked(true);
    auto *process = wizard.findChild<DemoDatasetProcess *>();
    REQUIRE(process);
    QSignalSpy progressed(process, &DemoDatasetProcess::progressed);
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::DemoPage);
    auto *page = qobject_cast<FirstRunDemoPage *>(wizard.currentPage());
    REQUIRE(page->isBusy());
    // Cancel (or Escape) while the folder is being written is refused; the buttons say so.
    wizard.reject();
    CHECK(wizard.isVisible());
    CHECK_FALSE(wizard.button(QWizard::CancelButton)->isEnabled());
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());

    REQUIRE(waitFor([&] { return !page->isBusy(); }, 120000));
    INFO(child<QLabel>(page, u"statusLabel"_s)->text().toStdString());
    REQUIRE(page->isComplete());
    CHECK(child<QLabel>(page, u"statusLabel"_s)->text().contains(u"ready"_s));
    // Progress was shown from the CLI's own counts: rows written, then the index.
    CHECK(progressed.size() >= 2);
    CHECK(progressed.first().at(0).value<DemoDatasetProcess::Phase>() == DemoDatasetProcess::Phase::Rows);
    CHECK(progressed.last().at(0).value<DemoDatasetProcess::Phase>() == DemoDatasetProcess::Phase::Indexes);
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
    REQUIRE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK_FALSE(FirstRunWizard::isNeeded(session));

    // The same rows, table by table, as `sitesafe-cli demo` writes for the same seed and day.
    QTemporaryDir reference;
    QProcess cli;
    cli.start(QStringLiteral(SITESAFE_CLI),
        {u"demo"_s, u"--data-dir"_s, reference.path(), u"--seed"_s, u"1"_s, u"--today"_s, kToday.toString(Qt::ISODate),
            u"--notice-pdfs"_s, u"on-open"_s});
    REQUIRE(cli.waitForFinished(120000));
    REQUIRE(cli.exitCode() == 0);
    auto expected = DataStore::open(reference.path());
    REQUIRE(expected);
    const QMap<QString, qint64> made = tableCounts(session.store().connection());
    CHECK(made.value(u"projects"_s) > 300);
    CHECK(made.value(u"hazards"_s) > 0);
    CHECK(made == tableCounts(expected.value()->connection()));
}

TEST_CASE("The first-run wizard says why the demo cannot be made and offers to try again", "[widgets][firstrun]")
{
    EmptyFolder folder;
    DataFolderSession &session = *folder.session;
    // An installation without sitesafe-cli beside the client.
    FirstRunWizard wizard(session, folder.settings, DemoDatasetProcess::locate(folder.dir.filePath(u"nowhere"_s)));
    wizard.show();
    child<QRadioButton>(&wizard, u"demoRadio"_s)->setChecked(true);
    wizard.next();
    auto *page = qobject_cast<FirstRunDemoPage *>(wizard.currentPage());
    REQUIRE(page);
    REQUIRE(waitFor([&] { return child<QPushButton>(page, u"retryButton"_s)->isVisible(); }));
    CHECK(child<QLabel>(page, u"statusLabel"_s)->text().contains(u"sitesafe-cli was not found"_s));
    CHECK_FALSE(page->isComplete());
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    CHECK(wizard.button(QWizard::CancelButton)->isEnabled());
    CHECK(FirstRunWizard::isNeeded(session)); // nothing was written
}

TEST_CASE("The first-run wizard connects to a real server, refuses a wrong password, and takes the first download",
    "[widgets][firstrun][sync]")
{
    ServerProcess server;
    server.start();
    server.seedDemo(1);
    SyncClient client;
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(u"sitesafe.ini"_s));
    DataFolderSession session(client.store(), Clock::system());
    REQUIRE(FirstRunWizard::isNeeded(session));
    FirstRunWizard wizard(session, settings, QStringLiteral(SITESAFE_CLI));
    wizard.show();
    CHECK(child<QRadioButton>(&wizard, u"serverRadio"_s)->isChecked()); // the everyday choice is the default
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::ServerPage);
    auto *serverPage = qobject_cast<FirstRunServerPage *>(wizard.currentPage());

    // A plain http:// address is refused on the page itself; nothing is saved.
    child<QLineEdit>(serverPage, u"serverEdit"_s)->setText(u"http://127.0.0.1:1"_s);
    child<QLineEdit>(serverPage, u"userEdit"_s)->setText(kUser);
    child<QLineEdit>(serverPage, u"passwordEdit"_s)->setText(u"wrong password"_s);
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::ServerPage);
    CHECK(serverPage->message().contains(u"https://"_s));
    CHECK_FALSE(session.syncController()->profile().isConfigured());

    // The right address and CA, a wrong password: the server's answer, and Back to fix it.
    child<QLineEdit>(serverPage, u"serverEdit"_s)->setText(server.baseUrl());
    child<QLineEdit>(serverPage, u"caEdit"_s)->setText(server.caFile());
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::SnapshotPage);
    auto *snapshotPage = qobject_cast<FirstRunSnapshotPage *>(wizard.currentPage());
    CHECK(wizard.field(u"password"_s).toString().isEmpty()); // handed to the sync thread, kept nowhere
    REQUIRE(waitFor([&] { return snapshotPage->status().contains(u"Press Back"_s); }, 30000));
    CHECK_FALSE(snapshotPage->isComplete());
    CHECK_FALSE(session.syncController()->isSignedIn());
    CHECK(client.count(u"SELECT count(*) FROM projects"_s) == 0);
    wizard.back();
    REQUIRE(wizard.currentId() == FirstRunWizard::ServerPage);

    child<QLineEdit>(serverPage, u"passwordEdit"_s)->setText(kPassword);
    QSignalSpy progress(session.syncController(), &SyncController::progressChanged);
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::SnapshotPage);
    REQUIRE(
        waitFor([&] { return snapshotPage->isComplete() || snapshotPage->status().contains(u"stopped"_s); }, 120000));
    INFO(snapshotPage->status().toStdString());
    REQUIRE(snapshotPage->isComplete());
    CHECK(session.syncController()->isSignedIn());
    CHECK_FALSE(progress.isEmpty());
    CHECK(snapshotPage->status().contains(u"rows downloaded"_s));
    const qint64 projects = client.count(u"SELECT count(*) FROM projects"_s);
    CHECK(projects > 0);
    CHECK(projects == serverCount(server, u"SELECT count(*) FROM projects WHERE jurisdiction_code = '460100'"_s));
    // The server and its CA are the folder's now; the password is nowhere in it.
    CHECK(client.text(u"SELECT value FROM sync_state WHERE key = 'server_url'"_s) == server.baseUrl());
    CHECK(client.count(u"SELECT count(*) FROM sync_state WHERE value LIKE ?"_s, {u"%horse%"_s}) == 0);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK_FALSE(FirstRunWizard::isNeeded(session));
}
