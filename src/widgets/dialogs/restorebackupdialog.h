#pragma once

#include <memory>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace sitesafe {

/// File ▸ Restore from backup: the folder's automatic backups (newest first) or any backup file, what each holds,
/// and how many changes made here and not sent yet it would lose; those need "restore anyway" (they stay in the
/// replaced database, kept aside). Accepting schedules the restore for the next start (PendingRestore): the caller
/// restarts the client, which restores before it opens the folder. Inspecting a backup runs off the UI thread.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    /// `directory`: the data folder; `backups`: files in it to offer, newest first.
    RestoreBackupDialog(const QString &directory, const QStringList &backups, QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    /// Adds `file` to the list and selects it (the Browse button, and tests).
    void chooseFile(const QString &file);
    /// The selected backup has been inspected (answers arrive from a background thread).
    bool isInspected() const { return m_isInspected; }
    void accept() override;

private:
    struct Inspection;

    void browse();
    void inspectSelected();
    void showInspection(const QString &file, const Inspection &inspection);
    void updateButton();

    QString m_directory;
    QListWidget *m_list = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    QCheckBox *m_forceCheck = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_isInspected = false;
    bool m_isSound = false;
    qint64 m_changesLost = 0;
    int m_generation = 0; ///< answers for an earlier selection are dropped
};

} // namespace sitesafe
