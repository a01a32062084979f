#pragma once

#include <QPointer>
#include <QWidget>

#include "evidencestrip.h"

class QLabel;
class QPushButton;

namespace sitesafe {

class ChecklistRunner;
class DataFolderSession;

/// One inspection at work, in a window of its own beside the main window: the checklist runner, the photos of the
/// item in hand (an evidence strip for the item's answer; an item is answered first, P/F/N, so its photos belong
/// to that answer), certificate checks (证照扫码验真) for the project, signing (which freezes the inspection) and,
/// for a signed inspection, an amendment. Closing the window loses nothing: every edit was written when made.
class InspectionWorkspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionWorkspace)

public:
    /// `session` must outlive the workspace.
    InspectionWorkspace(DataFolderSession &session, QString inspectionId, QWidget *parent = nullptr);
    ~InspectionWorkspace() override;

    QString inspectionId() const { return m_inspectionId; }
    ChecklistRunner *runner() const { return m_runner; }
    /// The strip of the current item's answer; null while the item is unanswered.
    EvidenceStrip *itemPhotos() const { return m_itemPhotos; }
    QPushButton *certificateButton() const { return m_certificateButton; }
    QPushButton *amendButton() const { return m_amendButton; }
    QPushButton *noticeButton() const { return m_noticeButton; }

    /// Opens the sign dialog (what the runner's Sign… asks for). True when the inspection was signed.
    bool sign();
    /// Makes an amendment of the signed inspection and asks to open it. Returns its id, empty on failure.
    QString amend();
    void checkCertificate();

Q_SIGNALS:
    /// An inspection changed in a way the list shows (signed, amended, submitted).
    void inspectionChanged(const QString &inspectionId);
    /// The user asked to open another inspection (an amendment just made).
    void openInspectionRequested(const QString &inspectionId);
    /// The user asked to issue a notice for this inspection's open hazards (the main window opens the form).
    void noticeRequested(const QString &inspectionId);

private:
    void loadRunner();
    void refreshItemPhotos();
    void refreshHeader();

    DataFolderSession &m_session;
    QString m_inspectionId;
    QString m_photoOwnerId;
    ChecklistRunner *m_runner = nullptr;
    QPointer<EvidenceStrip> m_itemPhotos;
    QLabel *m_photoHint = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_certificateButton = nullptr;
    QPushButton *m_amendButton = nullptr;
    QPushButton *m_noticeButton = nullptr;
};

} // namespace sitesafe
