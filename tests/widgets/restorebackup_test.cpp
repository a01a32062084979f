// File ▸ Restore from backup ([backup]): the dialog lists the folder's daily backups, checks the chosen one off the
// UI thread, and asks before it drops changes not sent yet; the restore itself happens at the next start, before the
// folder is opened, and leaves the database equal to the backup row for row (audit log included), with the replaced
// one kept aside. A backup that is not sound is refused at start and changes nothing.
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

#include <catch2/catch.hpp>

#include "cli/storereader.h"
#include "core/fielddata.h"
#include "models/democopy.h"
#include "session/dailybackup.h"
#include "storage/hazardrepository.h"
#include "storage/pendingrestore.h"
#include "storage/storebackup.h"
#include "widgets/dialogs/restorebackupdialog.h"
#include "widgets/localization.h"
#include "widgets/startuprestore.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

/// A hazard recorded after the backup: a change not sent yet that the backup does not hold.
void recordHazardAfterBackup(DataStore &store)
{
    Hazard hazard;
    hazard.projectId = StoreReader(store.databasePath(store.directory()))
                           .values(u"SELECT id FROM projects WHERE jurisdiction_code = '460100' LIMIT 1"_s)
                           .value(0);
    REQUIRE_FALSE(hazard.projectId.isEmpty());
    hazard.criteriaItem = u"V2024-09-04"_s;
    hazard.isMajor = true;
    hazard.description = u"备份之后记录的隐患"_s;
    hazard.location = u"3号楼"_s;
    hazard.measure = u"partial_stop"_s;
    hazard.deadline = DemoFixture::today().addDays(3);
    const Result<QString> created = HazardRepository(store.connection()).create(hazard, u"演示检查员"_s);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
}
} // namespace

TEST_CASE("Restore from backup warns about unsent changes, restarts, and the next start restores the backup exactly",
    "[widgets][backup]")
{
    DemoCopy copy;
    const QString backup = copy.directory() + u"/backups/"_s + DailyBackup::fileName(DemoFixture::today());
    QMap<QString, QByteArray> backupHashes;
    {
        WindowFixture f(copy.directory());
        QDir().mkpath(copy.directory() + u"/backups"_s);
        REQUIRE(StoreBackup::write(copy.databasePath(), backup));
        backupHashes = StoreReader::tableHashes(backup);
        recordHazardAfterBackup(*f.store);
        const qint64 lost = StoreBackup::changesLostBy(copy.databasePath(), backup).value();
        REQUIRE(lost > 0);

        // File ▸ Restore from backup (Ctrl+Shift+B), answered like a user: the newest backup is chosen already;
        // Restore stays off until "restore anyway" is ticked, because changes would be lost.
        auto *action = f.window->findChild<QAction *>(u"actionRestoreBackup"_s);
        REQUIRE(action);
        CHECK(action->shortcut() == QKeySequence(u"Ctrl+Shift+B"_s));
        QString details;
        QString warning;
        bool wasRestoreOffBeforeTicking = false;
        QTimer answer;
        QObject::connect(&answer, &QTimer::timeout, [&] {
            auto *dialog = qobject_cast<RestoreBackupDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isInspected())
                return;
            answer.stop();
            CHECK(child<QListWidget>(dialog, u"backupList"_s)->count() == 1);
            details = child<QLabel>(dialog, u"detailsLabel"_s)->text();
            warning = child<QLabel>(dialog, u"warningLabel"_s)->text();
            auto *restore = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            wasRestoreOffBeforeTicking = !restore->isEnabled();
            child<QCheckBox>(dialog, u"forceCheck"_s)->setChecked(true);
            restore->click();
        });
        answer.start(10);
        QSignalSpy restart(f.window.get(), &MainWindow::restartRequested);
        action->trigger();
        CHECK(restart.size() == 1);
        CHECK_FALSE(f.window->isVisible());
        CHECK(wasRestoreOffBeforeTicking);
        CHECK(details.contains(DailyBackup::fileName(DemoFixture::today())));
        CHECK(details.contains(QLocale().toString(StoreBackup::inspect(backup).value().hazards)));
        CHECK(warning.contains(QString::number(lost)));
        CHECK(QFile::exists(PendingRestore::path(copy.directory())));
    } // the program has quit: nothing holds the folder

    // The next start restores before it opens the folder.
    const StartupRestore::Outcome outcome = StartupRestore::runIfScheduled(copy.directory());
    INFO(outcome.message.toStdString());
    CHECK(outcome.isAttempted);
    REQUIRE(outcome.isRestored);
    CHECK_FALSE(QFile::exists(PendingRestore::path(copy.directory())));
    QMap<QString, QByteArray> restoredHashes = StoreReader::tableHashes(copy.databasePath());
    CHECK(restoredHashes.contains(u"audit_log"_s));
    // The backup's rows exactly, and one mark of a restored copy in sync_state (its next sync reads it).
    const QString otherState = u"SELECT * FROM sync_state WHERE key <> 'restored_at' ORDER BY rowid"_s;
    CHECK(StoreReader(copy.databasePath()).digest(otherState) == StoreReader(backup).digest(otherState));
    CHECK(StoreReader(copy.databasePath()).scalar(u"SELECT count(*) FROM sync_state WHERE key = 'restored_at'"_s) == 1);
    restoredHashes.remove(u"sync_state"_s);
    QMap<QString, QByteArray> expectedHashes = backupHashes;
    expectedHashes.remove(u"sync_state"_s);
    CHECK(restoredHashes == expectedHashes);
    // The replaced database, with the hazard recorded after the backup, is kept aside and named in the message.
    const QStringList keptAside = QDir(copy.directory()).entryList({u"sitesafe.db.before-restore-*"_s}, QDir::Files);
    REQUIRE(keptAside.size() == 1);
    CHECK(outcome.message.contains(keptAside.constFirst()));
    CHECK(StoreReader(copy.directory() + u'/' + keptAside.constFirst())
              .scalar(u"SELECT count(*) FROM hazards WHERE description = '备份之后记录的隐患'"_s)
        == 1);
    // Once done, a restart does not restore again.
    CHECK_FALSE(StartupRestore::runIfScheduled(copy.directory()).isAttempted);
}

TEST_CASE("A scheduled restore of a damaged backup is refused at start and changes nothing", "[widgets][backup]")
{
    DemoCopy copy;
    QTemporaryDir dir;
    const QString damaged = dir.filePath(u"sitesafe-2026-11-01.db"_s);
    QFile file(damaged);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    // The dialog says so itself and offers no Restore.
    {
        RestoreBackupDialog dialog(copy.directory(), {});
        dialog.show();
        CHECK(child<QLabel>(&dialog, u"detailsLabel"_s)->text().contains(u"no automatic backup yet"_s));
        dialog.chooseFile(damaged);
        REQUIRE(waitFor([&] { return dialog.isInspected(); }));
        CHECK_FALSE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        CHECK_FALSE(child<QLabel>(&dialog, u"detailsLabel"_s)->text().isEmpty());
    }
    // Scheduled anyway (an older program, a file damaged since): the start refuses it, the folder is untouched.
    const QMap<QString, QByteArray> before = StoreReader::tableHashes(copy.databasePath());
    REQUIRE(PendingRestore::schedule(copy.directory(), {damaged, true}));
    const StartupRestore::Outcome outcome = StartupRestore::runIfScheduled(copy.directory());
    CHECK(outcome.isAttempted);
    CHECK_FALSE(outcome.isRestored);
    CHECK(outcome.message.contains(u"was not restored"_s));
    CHECK(StoreReader::tableHashes(copy.databasePath()) == before);
    CHECK(QDir(copy.directory()).entryList({u"sitesafe.db.before-restore-*"_s}, QDir::Files).isEmpty());
    CHECK_FALSE(QFile::exists(PendingRestore::path(copy.directory())));
}

TEST_CASE("The restore dialog in Chinese, with the warning about unsent changes, rendered", "[widgets][backup][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        DemoCopy copy;
        auto opened = DataStore::open(copy.directory());
        REQUIRE(opened);
        QDir().mkpath(copy.directory() + u"/backups"_s);
        QStringList backups;
        for (int daysAgo : {1, 2, 3}) {
            backups << copy.directory() + u"/backups/"_s
                    + DailyBackup::fileName(DemoFixture::today().addDays(-daysAgo));
            REQUIRE(StoreBackup::write(copy.databasePath(), backups.constLast()));
        }
        recordHazardAfterBackup(*opened.value());
        RestoreBackupDialog dialog(copy.directory(), backups);
        dialog.show();
        REQUIRE(waitFor([&] { return dialog.isInspected(); }));
        CHECK(child<QLabel>(&dialog, u"warningLabel"_s)->text().contains(u"尚未发送"_s));
        child<QCheckBox>(&dialog, u"forceCheck"_s)->setChecked(true);
        QTest::qWait(50);
        CHECK(saveRender(dialog.grab().toImage(), u"restore-backup.zh_CN.png"_s, u"13-restore-backup.png"_s));
    }
    Localization::install(u"en"_s);
}

TEST_CASE("A data file found damaged at start-up: the message offers the folder's backups, the restore dialog says "
          "what cannot be counted, and the next start restores",
    "[widgets][backup][restore]")
{
    DemoCopy copy;
    const QString backup = copy.directory() + u"/backups/"_s + DailyBackup::fileName(DemoFixture::today());
    REQUIRE(QDir().mkpath(copy.directory() + u"/backups"_s));
    REQUIRE(StoreBackup::write(copy.databasePath(), backup));
    const qint64 hazards = StoreBackup::inspect(backup).value().hazards;
    {
        QFile file(copy.databasePath()); // page 1 overwritten, as a failing disk would
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(100));
        REQUIRE(file.write(QByteArray(3000, '\xA5')) == 3000);
    }
    const auto opened = DataStore::open(copy.directory());
    REQUIRE_FALSE(opened.isOk());
    REQUIRE(StartupRestore::isDamage(opened.error()));

    // Answered like a user: "Restore from backup…" in the message, then "restore anyway" and Restore in the dialog.
    QString offer;
    QString warning;
    bool wasRestoreOffBeforeTicking = false;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == u"damagedStoreBox"_s) {
            offer = qobject_cast<QMessageBox *>(modal)->informativeText();
            saveRender(modal->grab().toImage(), u"damaged-store-offer.png"_s);
            child<QPushButton>(modal, u"restoreButton"_s)->click();
            return;
        }
        auto *dialog = qobject_cast<RestoreBackupDialog *>(modal);
        if (!dialog || !dialog->isInspected())
            return;
        answer.stop();
        warning = child<QLabel>(dialog, u"warningLabel"_s)->text();
        auto *restore = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        wasRestoreOffBeforeTicking = !restore->isEnabled();
        child<QCheckBox>(dialog, u"forceCheck"_s)->setChecked(true);
        saveRender(dialog->grab().toImage(), u"damaged-store-restore-dialog.png"_s);
        restore->click();
    });
    answer.start(10);
    CHECK(StartupRestore::offerAfterDamage(copy.directory(), opened.error()));
    CHECK(offer.contains(DemoFixture::today().toString(Qt::ISODate)));
    CHECK(warning.contains(u"cannot be read"_s));
    CHECK(wasRestoreOffBeforeTicking);
    REQUIRE(QFile::exists(PendingRestore::path(copy.directory())));

    // The next start: restored, the damaged file kept aside and said to be not countable.
    const StartupRestore::Outcome outcome = StartupRestore::runIfScheduled(copy.directory());
    INFO(outcome.message.toStdString());
    REQUIRE(outcome.isRestored);
    CHECK(outcome.message.contains(u"could not be read"_s));
    QStringList keptAside = QDir(copy.directory()).entryList({u"sitesafe.db.before-restore-*"_s}, QDir::Files);
    keptAside.removeIf([](const QString &name) { return name.endsWith(u"-wal"_s); }); // its log stays beside it
    CHECK(keptAside.size() == 1);
    const auto reopened = DataStore::open(copy.directory());
    REQUIRE(reopened.isOk());
    CHECK(StoreReader(copy.databasePath()).scalar(u"SELECT count(*) FROM hazards"_s) == hazards);
}
