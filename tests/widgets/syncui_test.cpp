// The desktop client's sync UI against a real sitesafe-server over real TLS on 127.0.0.1: the sign-in dialog,
// the automatic first sync, F9, the status bar, and the quit prompt with changes waiting.
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch.hpp>

#include "models/conflictlistmodel.h"
#include "sync/synccontroller.h"
#include "sync/tokenstore.h"
#include "syncwindow.h"
#include "widgets/dialogs/conflictdialog.h"
#include "widgets/dialogs/signindialog.h"
#include "widgets/outboxstatuslabel.h"
#include "widgets/syncstatusindicator.h"
#include "widgets/views/syncpage.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
/// What the OS keychain holds for `account` now, read through a TokenStore of the test's own (a new object has
/// nothing in memory, so the answer comes from the Secret Service).
std::optional<QString> keptToken(const QString &account)
{
    TokenStore store(account);
    std::optional<QString> token;
    bool isAnswered = false;
    store.load([&](const std::optional<QString> &loaded, const Status &) {
        token = loaded;
        isAnswered = true;
    });
    REQUIRE(waitFor([&] { return isAnswered; }));
    return token;
}
} // namespace

TEST_CASE("Signing in from the dialog syncs at once, F9 sends a new hazard exactly once", "[widgets][sync]")
{
    ServerProcess server;
    server.start();
    server.seedDemo(1);
    SyncWindow w;
    CHECK(w.window->statusText().contains(u"not set up"_s));

    // A wrong password: the dialog stays open and says so; nothing is signed in.
    auto refused = w.signIn(server, u"wrong password"_s, server.caFile());
    CHECK(refused->isVisible());
    CHECK(refused->result() != QDialog::Accepted);
    CHECK_FALSE(refused->message().isEmpty());
    CHECK_FALSE(w.sync().isSignedIn());
    CHECK(w.client.count(u"SELECT count(*) FROM projects"_s) == 0);
    refused.reset();

    // The right one: the dialog closes and the first sync (a snapshot) starts by itself.
    QSignalSpy finished(&w.sync(), &SyncController::finished);
    auto accepted = w.signIn(server, kPassword, server.caFile());
    CHECK(accepted->result() == QDialog::Accepted);
    CHECK(w.sync().isSignedIn());
    SyncReport first = w.waitForSync(finished);
    INFO((first.error ? first.error->message.toStdString() : std::string()));
    CHECK_FALSE(first.error);
    CHECK(first.hadSnapshot);
    CHECK(w.client.count(u"SELECT count(*) FROM projects"_s)
          == serverCount(server, u"SELECT count(*) FROM projects WHERE jurisdiction_code = '460100'"_s));
    CHECK(w.window->statusText().contains(u"Synced"_s));
    // The server address and CA are remembered in the data folder; the password is nowhere in it.
    CHECK(w.client.text(u"SELECT value FROM sync_state WHERE key = 'server_url'"_s) == server.baseUrl());
    CHECK(w.client.count(u"SELECT count(*) FROM sync_state WHERE value LIKE ?"_s, {u"%horse%"_s}) == 0);

    // A hazard recorded offline, sent with F9.
    const QString hazard = w.client.createHazard(u"临边防护缺失（界面同步测试）"_s);
    CHECK(w.pending() == 2);
    // What the Sync page's progress line said while the run was under way.
    QStringList progressTexts;
    auto *progressLabel = w.window->syncPage()->findChild<QLabel *>(u"progressLabel"_s);
    REQUIRE(progressLabel);
    QObject::connect(&w.sync(), &SyncController::progressChanged, progressLabel,
                     [&] { progressTexts << progressLabel->text(); });
    auto *syncAction = w.window->findChild<QAction *>(u"actionSyncNow"_s);
    REQUIRE(syncAction);
    CHECK(syncAction->shortcut() == QKeySequence(Qt::Key_F9));
    syncAction->trigger();
    SyncReport second = w.waitForSync(finished, 2);
    CHECK_FALSE(second.error);
    CHECK(second.applied == 2);
    CHECK(w.pending() == 0);
    CHECK(progressTexts.contains(u"Sending changes: 2 of 2"_s));
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    CHECK(w.client.count(u"SELECT count(*) FROM outbox WHERE entity_id = ? AND state = 'applied' AND server_seq > 0"_s,
                         {hazard})
          == 1);
    REQUIRE(waitFor([&] { return w.window->pendingChanges() == 0; }));
    CHECK(w.window->statusText().contains(u"All changes synced"_s));
}

TEST_CASE("Quitting with changes waiting offers to sync first, then quits with nothing left", "[widgets][sync]")
{
    ServerProcess server;
    server.start();
    server.seedDemo(1);
    SyncWindow w;
    QSignalSpy finished(&w.sync(), &SyncController::finished);
    w.signIn(server, kPassword, server.caFile());
    w.waitForSync(finished);
    const QString hazard = w.client.createHazard(u"卸料平台限载标识缺失（退出前同步）"_s);
    REQUIRE(w.pending() == 2);

    // Cancel keeps the window open and sends nothing.
    bool answered = false;
    answerNextMessageBox(u"Cancel"_s, &answered);
    w.window->close();
    CHECK(answered);
    CHECK(w.window->isVisible());
    CHECK(w.pending() == 2);

    // "Sync, then quit": the window closes only after the server applied both changes.
    answered = false;
    answerNextMessageBox(u"Sync, then quit"_s, &answered);
    w.window->close();
    CHECK(answered);
    REQUIRE(waitFor([&] { return !w.window->isVisible(); }, 60000));
    CHECK(finished.size() == 2);
    CHECK(w.pending() == 0);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
}

TEST_CASE("A wrong CA in the sign-in dialog fails with a clear message and nothing is sent", "[widgets][sync]")
{
    ServerProcess server;
    server.start();
    // Another development CA: a real certificate authority that did not sign this server's certificate.
    TestDir other;
    REQUIRE(ServerProcess::run({u"dev-ca"_s, u"--out"_s, other.path()}) == 0);
    SyncWindow w;
    auto dialog = w.signIn(server, kPassword, other.file(u"ca.pem"_s));
    CHECK(dialog->isVisible());
    CHECK(dialog->message().contains(u"not trusted"_s));
    CHECK(dialog->message().contains(u"Nothing was sent"_s));
    CHECK_FALSE(w.sync().isSignedIn());
    CHECK(serverCount(server, u"SELECT count(*) FROM refresh_tokens"_s) == 0);
}

TEST_CASE("Two computers change the same field: the Sync page holds both values until the choice, then all converge",
          "[widgets][sync][conflicts]")
{
    ServerProcess server;
    server.start();
    server.seedDemo(1);
    SyncClient other; // the colleague's laptop, synced through the engine directly
    other.connect(server);
    REQUIRE_FALSE(other.sync().error);
    const QString hazard = other.createHazard(u"外脚手架连墙件缺失"_s);
    REQUIRE(other.sync().isEverythingApplied());

    SyncWindow w;
    QSignalSpy finished(&w.sync(), &SyncController::finished);
    w.signIn(server, kPassword, server.caFile());
    REQUIRE_FALSE(w.waitForSync(finished).error);
    REQUIRE(w.client.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);

    // Both change the location offline; the colleague syncs first.
    other.editHazard(hazard, u"location"_s, u"3号楼北侧"_s);
    w.client.editHazard(hazard, u"location"_s, u"3号楼南侧"_s);
    REQUIRE(other.sync().isEverythingApplied());
    w.window->syncNow();
    const SyncReport clash = w.waitForSync(finished, 2);
    CHECK(clash.conflicts == 1);
    CHECK(clash.openConflicts == 1);

    // The status bar says a conflict waits (never "synced") and its click opens the conflict list.
    auto *pendingLabel = w.window->findChild<OutboxStatusLabel *>();
    REQUIRE(pendingLabel);
    REQUIRE(waitFor([&] { return pendingLabel->attention().conflicts == 1; }));
    CHECK(pendingLabel->text().contains(u"conflict(s) to resolve"_s));
    CHECK_FALSE(w.window->statusText().contains(u"All changes synced"_s));
    CHECK_FALSE(w.window->statusText().contains(u"Synced "_s));
    SyncPage *page = w.window->syncPage();
    QTest::mouseClick(pendingLabel, Qt::LeftButton);
    CHECK(w.window->currentPage() == MainWindow::Page::Sync);
    CHECK(w.window->focusWidget() == page->conflictView());

    // The Sync page lists the conflict with both values; the server's value is in effect meanwhile.
    REQUIRE(waitFor([&] { return page->conflictModel()->rowCount() == 1; }));
    CHECK(w.client.text(u"SELECT location FROM hazards WHERE id = ?"_s, {hazard}) == u"3号楼北侧"_s);
    CHECK(w.client.count(u"SELECT count(*) FROM conflicts WHERE entity_id = ? AND resolved_at IS NULL "
                         "AND local_value LIKE '%南侧%' AND server_value LIKE '%北侧%'"_s,
                         {hazard})
          == 1);

    w.window->resize(1366, 768);
    QTest::qWait(50);
    QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
    CHECK(w.window->grab().toImage().save(QStringLiteral(SITESAFE_RENDER_DIR) + u"/syncpage-conflict.png"_s));

    // Keep mine, then sync: the choice travels as an ordinary edit and wins everywhere.
    page->conflictView()->setCurrentIndex(page->conflictModel()->index(0, 0));
    ConflictDialog *dialog = page->resolveCurrentConflict();
    REQUIRE(dialog);
    dialog->findChild<QRadioButton *>(u"keepMineRadio"_s)->setChecked(true);
    dialog->accept();
    CHECK(w.client.text(u"SELECT location FROM hazards WHERE id = ?"_s, {hazard}) == u"3号楼南侧"_s);
    CHECK(w.client.count(u"SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"_s) == 0);
    w.window->syncNow();
    const SyncReport resolved = w.waitForSync(finished, 3);
    CHECK(resolved.isEverythingApplied());
    REQUIRE(other.sync().isEverythingApplied());
    REQUIRE(w.client.rows(u"hazards"_s).filter(hazard).size() == 1);
    CHECK(serverRows(server, u"hazards"_s).filter(hazard) == w.client.rows(u"hazards"_s).filter(hazard));
    CHECK(other.rows(u"hazards"_s).filter(hazard) == w.client.rows(u"hazards"_s).filter(hazard));
    CHECK(w.client.rows(u"hazards"_s).filter(hazard).join(u' ').contains(u"3号楼南侧"_s));
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
}

TEST_CASE("When the server goes away the status bar says why and when it tries again, the outbox keeps everything",
          "[widgets][sync]")
{
    ServerProcess server;
    server.start();
    server.seedDemo(1);
    SyncWindow w;
    QSignalSpy finished(&w.sync(), &SyncController::finished);
    w.signIn(server, kPassword, server.caFile());
    REQUIRE_FALSE(w.waitForSync(finished).error);
    w.client.createHazard(u"配电箱未设置漏电保护（服务器离线）"_s);
    server.stop();

    w.window->syncNow();
    const SyncReport failed = w.waitForSync(finished, 2);
    REQUIRE(failed.error.has_value());
    CHECK(failed.error->code.startsWith(u"network."_s));
    CHECK(w.pending() == 2);
    auto *indicator = w.window->findChild<SyncStatusIndicator *>();
    REQUIRE(indicator);
    REQUIRE(waitFor([&] { return indicator->text().contains(u"next try in"_s); }));
    CHECK(indicator->text().startsWith(u"Last sync failed: The server cannot be reached"_s));
    CHECK_FALSE(indicator->text().contains(u"Your work is kept"_s)); // one sentence fits the status bar

    // Back online: the automatic retry (or F9) sends both changes once.
    server.restart();
    w.window->syncNow();
    REQUIRE(waitFor([&] { return w.pending() == 0; }, 60000));
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE description LIKE '%服务器离线%'"_s) == 1);
}

// Runs inside `dbus-run-session` with an unlocked gnome-keyring (tests/sync/with-keyring.sh): a real Secret Service.
TEST_CASE("The next start continues the session kept in the OS keychain without a password, sign-out forgets it",
          "[.with-keyring]")
{
    REQUIRE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
    ServerProcess server;
    server.start();
    server.seedDemo(1);
    SyncWindow w;
    {
        QSignalSpy finished(&w.sync(), &SyncController::finished);
        w.signIn(server, kPassword, server.caFile());
        REQUIRE_FALSE(w.waitForSync(finished).error);
        // The keychain write is asynchronous: wait until the Secret Service holds the token, not a fixed time.
        REQUIRE(waitFor([&] { return keptToken(w.sync().profile().keychainAccount()).has_value(); }));
        CHECK(w.sync().keychainWarning().isEmpty());
    }
    w.close(); // SiteSafe closes

    // Started again on the same folder: no dialog, no password; the kept refresh token signs in and syncs.
    w.client.createHazard(u"钢筋加工棚防护不到位（钥匙串会话）"_s);
    w.open();
    QSignalSpy finished(&w.sync(), &SyncController::finished);
    w.sync().start();
    const SyncReport resumed = w.waitForSync(finished);
    INFO((resumed.error ? resumed.error->message.toStdString() : std::string()));
    CHECK(resumed.isEverythingApplied());
    CHECK(w.sync().isSignedIn());
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE description LIKE '%钥匙串会话%'"_s) == 1);

    // Signing out removes it: the next start is signed out and sends nothing.
    const QString account = w.sync().profile().keychainAccount();
    w.sync().signOut();
    REQUIRE(waitFor([&] { return !keptToken(account).has_value(); }));
    w.close();
    w.open();
    QSignalSpy sessions(&w.sync(), &SyncController::sessionChanged);
    w.sync().start();
    // start() asks the keychain first; a lookup of our own sent afterwards is answered after it (one D-Bus
    // connection, answered in order), so when ours comes back empty the window has had its answer too.
    CHECK_FALSE(keptToken(account).has_value());
    QCoreApplication::processEvents();
    CHECK_FALSE(w.sync().isSignedIn());
    CHECK(sessions.isEmpty());
}
