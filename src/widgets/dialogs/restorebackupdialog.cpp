#include "restorebackupdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/backgroundpriority.h"
#include "storage/datastore.h"
#include "storage/pendingrestore.h"
#include "storage/storebackup.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

struct RestoreBackupDialog::Inspection {
    QString error;
    StoreBackup::Summary summary;
    qint64 changesLost = 0;
};

RestoreBackupDialog::RestoreBackupDialog(const QString &directory, const QStringList &backups, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
{
    setWindowTitle(tr("Restore from backup"));
    auto *intro = new QLabel(tr("Choose the backup to go back to. SiteSafe restarts to restore it; the database it "
                                "replaces is kept in the data folder, nothing is deleted."),
        this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"backupList"_s);
    m_browseButton = new QPushButton(tr("&Other file…"), this);
    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(u"detailsLabel"_s);
    m_detailsLabel->setWordWrap(true);
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(u"warningLabel"_s);
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(u"color: #b00020;"_s);
    m_warningLabel->hide();
    m_forceCheck = new QCheckBox(tr("Restore &anyway (those changes stay in the database kept aside)"), this);
    m_forceCheck->setObjectName(u"forceCheck"_s);
    m_forceCheck->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore and restart"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_browseButton, 0, Qt::AlignLeft);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_forceCheck);
    layout->addWidget(m_buttons);

    const QLocale locale;
    for (const QString &file : backups) {
        const QFileInfo info(file);
        auto *item
            = new QListWidgetItem(tr("%1 · %2").arg(info.fileName(), locale.formattedDataSize(info.size())), m_list);
        item->setData(Qt::UserRole, info.absoluteFilePath());
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &RestoreBackupDialog::inspectSelected);
    connect(m_browseButton, &QPushButton::clicked, this, &RestoreBackupDialog::browse);
    connect(m_forceCheck, &QCheckBox::toggled, this, &RestoreBackupDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RestoreBackupDialog::reject);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        m_detailsLabel->setText(tr("This data folder has no automatic backup yet (one is made each day SiteSafe "
                                   "runs). Choose a backup file with Other file…"));
    updateButton();
    resize(560, 420);
}

RestoreBackupDialog::~RestoreBackupDialog() = default;

void RestoreBackupDialog::chooseFile(const QString &file)
{
    auto *item = new QListWidgetItem(QDir::toNativeSeparators(file), m_list);
    item->setData(Qt::UserRole, QFileInfo(file).absoluteFilePath());
    m_list->setCurrentItem(item);
}

void RestoreBackupDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Backup to restore"), m_directory, tr("SiteSafe backups (*.db);;All files (*)"));
    if (!file.isEmpty())
        chooseFile(file);
}

void RestoreBackupDialog::inspectSelected()
{
    m_isInspected = false;
    m_isSound = false;
    m_changesLost = 0;
    m_warningLabel->hide();
    m_forceCheck->hide();
    m_forceCheck->setChecked(false);
    updateButton();
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString file = item->data(Qt::UserRole).toString();
    m_detailsLabel->setText(tr("Checking %1…").arg(QFileInfo(file).fileName()));
    const int generation = ++m_generation;
    const QString database = DataStore::databasePath(m_directory);
    auto inspection = std::make_shared<Inspection>();
    // Opening and checking a backup of a province-scale folder takes a while: not on the UI thread.
    BackgroundPriority::run(
        this,
        [file, database, inspection]() -> QString {
            Result<StoreBackup::Summary> summary = StoreBackup::inspect(file);
            if (!summary)
                return summary.error().message;
            inspection->summary = summary.value();
            if (QFileInfo::exists(database)) {
                // The backup is sound (above): a failure here is this folder's own database, damaged.
                Result<qint64> lost = StoreBackup::changesLostBy(database, file);
                inspection->changesLost = lost ? lost.value() : -1;
            }
            return QString();
        },
        [this, generation, file, inspection](const QString &error) {
            if (generation != m_generation)
                return;
            inspection->error = error;
            showInspection(file, *inspection);
        },
        tr("The backup could not be checked."));
}

void RestoreBackupDialog::showInspection(const QString &file, const Inspection &inspection)
{
    m_isInspected = true;
    m_isSound = inspection.error.isEmpty();
    m_changesLost = inspection.changesLost;
    if (!m_isSound) {
        m_detailsLabel->setText(inspection.error);
    } else {
        const QLocale locale;
        m_detailsLabel->setText(tr("%1: %2 hazards, schema version %3, %4.")
                                    .arg(QFileInfo(file).fileName(), locale.toString(inspection.summary.hazards))
                                    .arg(inspection.summary.schemaVersion)
                                    .arg(locale.formattedDataSize(inspection.summary.bytes)));
    }
    if (m_isSound && m_changesLost > 0) {
        m_warningLabel->setText(tr("%n change(s) made on this computer have not been sent to the server and are not "
                                   "in this backup. Sync first if you can.",
            nullptr, int(m_changesLost)));
        m_warningLabel->show();
        m_forceCheck->show();
    } else if (m_isSound && m_changesLost < 0) {
        m_warningLabel->setText(tr("This computer's database cannot be read; it may be damaged. Changes it holds "
                                   "that this backup does not cannot be counted; they stay in the database kept "
                                   "aside. After the restore, sync: the server keeps everything already sent."));
        m_warningLabel->show();
        m_forceCheck->show();
    }
    updateButton();
}

void RestoreBackupDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_isInspected && m_isSound && (m_changesLost == 0 || m_forceCheck->isChecked()));
}

void RestoreBackupDialog::accept()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    PendingRestore request;
    request.backupFile = item->data(Qt::UserRole).toString();
    request.isForced = m_changesLost != 0 && m_forceCheck->isChecked(); // some lost, or not known (damaged)
    if (Status s = PendingRestore::schedule(m_directory, request); !s) {
        m_detailsLabel->setText(s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace sitesafe
