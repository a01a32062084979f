#include "startuprestore.h"

#include <memory>

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMetaObject>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>

#include "core/backgroundpriority.h"
#include "dialogs/restorebackupdialog.h"
#include "session/dailybackup.h"
#include "storage/pendingrestore.h"
#include "storage/storebackup.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

StartupRestore::Outcome StartupRestore::runIfScheduled(const QString &directory, QWidget *parent)
{
    Outcome outcome;
    Result<std::optional<PendingRestore>> taken = PendingRestore::take(directory);
    if (!taken) {
        outcome.isAttempted = true;
        outcome.message = taken.error().message;
        return outcome;
    }
    if (!taken.value())
        return outcome;
    outcome.isAttempted = true;
    const PendingRestore request = *taken.value();

    QProgressDialog progress(
        tr("Restoring %1…").arg(QFileInfo(request.backupFile).fileName()), QString(), 0, 1000, parent);
    progress.setWindowTitle(tr("Restore from backup"));
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setValue(0);
    QPointer<QProgressDialog> shown(&progress);
    auto restored = std::make_shared<StoreBackup::Restored>();
    QEventLoop loop;
    QString error;
    BackgroundPriority::run(
        &loop,
        [directory, request, restored, shown]() -> QString {
            StoreBackup::RestoreOptions options;
            options.isForced = request.isForced;
            const auto report = [shown](qint64 done, qint64 total) {
                if (total > 0)
                    QMetaObject::invokeMethod(
                        shown, "setValue", Qt::QueuedConnection, Q_ARG(int, int(done * 1000 / total)));
            };
            Result<StoreBackup::Restored> result = StoreBackup::restore(directory, request.backupFile, options, report);
            if (!result)
                return result.error().message;
            *restored = result.value();
            return {};
        },
        [&loop, &error](const QString &failure) {
            error = failure;
            loop.quit();
        },
        tr("The restore stopped before it finished; nothing was changed."));
    loop.exec();
    progress.setValue(1000);

    if (!error.isEmpty()) {
        outcome.message
            = tr("The backup %1 was not restored: %2").arg(QDir::toNativeSeparators(request.backupFile), error);
        return outcome;
    }
    outcome.isRestored = true;
    outcome.message
        = tr("Restored %1: %2 hazards.")
              .arg(QDir::toNativeSeparators(request.backupFile), QLocale().toString(restored->summary.hazards));
    if (!restored->keptAside.isEmpty())
        outcome.message
            += u' ' + tr("The database it replaced is kept as %1.").arg(QDir::toNativeSeparators(restored->keptAside));
    if (restored->changesLost < 0)
        outcome.message += u' '
            + tr("It could not be read (damaged): changes it held that were never sent cannot be counted, and "
                 "stay in it.");
    return outcome;
}

bool StartupRestore::isDamage(const Error &error)
{
    return error.code == u"storage.corrupt"_s || error.code == u"storage.not_a_database"_s;
}

bool StartupRestore::offerAfterDamage(const QString &directory, const Error &error, QWidget *parent)
{
    const QStringList backups = DailyBackup::backupFilesOf(directory);
    QMessageBox box(QMessageBox::Critical, tr("SiteSafe"), error.message, QMessageBox::Close, parent);
    box.setObjectName(u"damagedStoreBox"_s);
    QPushButton *restore = nullptr;
    if (!backups.isEmpty()) {
        box.setInformativeText(
            tr("This folder has %n backup(s), the newest from %1. One can be put in place of the damaged file, which "
               "is kept aside as it is. What was sent to the server is not lost: the next sync brings it back.",
                nullptr, int(backups.size()))
                .arg(QFileInfo(backups.constFirst()).completeBaseName().mid(9))); // sitesafe-YYYY-MM-DD
        restore = box.addButton(tr("&Restore from backup…"), QMessageBox::AcceptRole);
        restore->setObjectName(u"restoreButton"_s);
        box.setDefaultButton(restore);
    }
    box.exec();
    if (!restore || box.clickedButton() != restore)
        return false;
    RestoreBackupDialog dialog(directory, backups, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace sitesafe
