#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDialog>
#include <QFutureWatcher>

#include "core/fielddata.h"
#include "evidence/certificatechecker.h"
#include "evidence/qrcode.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sitesafe {

class DataFolderSession;

/// 证照扫码验真: checks a certificate presented on site against the roster cached in the data folder, offline.
/// The inspector loads a picture of its QR code (file dialog or drag-and-drop) or pastes the code's text, picks
/// who presents it among the project's key people (search as you type; default: the holder of record), and sees
/// the verdict in words and colour with the roster record beside it. "Record check" writes the certificate_checks
/// row; when the verdict proposes an article-4 hazard, "Record hazard…" hands it to the hazard handler (the hazard
/// form), or, without one, records it after a confirmation.
class CertificateCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateCheckDialog)

public:
    /// Receives the hazard prefilled from the proposal (project, inspection, criteria item, description, measure).
    using HazardHandler = std::function<void(const Hazard &)>;

    /// `session` must outlive the dialog; `inspectionId` may be empty (a check outside an inspection).
    CertificateCheckDialog(DataFolderSession &session, QString projectId, QString inspectionId = {},
                           QWidget *parent = nullptr);
    ~CertificateCheckDialog() override;

    /// Who records the checks (certificate_checks.checked_by); defaults to the signed-in user.
    void setInspectorName(const QString &name) { m_inspector = name; }
    void setHazardHandler(HazardHandler handler) { m_hazardHandler = std::move(handler); }

    /// Loads a picture and checks the code in it (what the file dialog and a drop do). The picture is read and
    /// searched on a worker thread; isReading() holds until the verdict is shown.
    void loadImageFile(const QString &path);
    bool isReading() const { return m_readingPending; }
    /// Checks pasted text (what "Check text" does).
    void checkText(const QString &text);
    /// Picks the presenting person (empty: the holder of record).
    void setPresentingPerson(const QString &personId);

    const std::optional<CertificateCheckOutcome> &outcome() const { return m_outcome; }
    /// Id of the check recorded for the current outcome (empty until recorded).
    QString recordedCheckId() const { return m_recordedCheckId; }
    QString recordedHazardId() const { return m_recordedHazardId; }
    QString verdictText() const;
    QString rosterText() const;
    QPushButton *recordCheckButton() const { return m_recordCheck; }
    QPushButton *recordHazardButton() const { return m_recordHazard; }

    /// Records the current outcome; false (with the reason shown) when there is none or the store refused.
    bool recordCheck();
    /// Records or hands over the proposed hazard; `confirmed` skips the confirmation question.
    bool recordHazard(bool confirmed = false);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseImageFile();
    void loadImage(const QImage &image);
    void takeReading();
    void rejudge();
    void showOutcome();
    void showError(const QString &message);
    QString presentingPersonId() const;

    DataFolderSession &m_session;
    QString m_projectId;
    QString m_inspectionId;
    QString m_inspector;
    HazardHandler m_hazardHandler;
    CertificateChecker m_checker;

    /// What the current outcome was judged from: decoded text, or the reason no code could be read.
    std::optional<QString> m_inputText;
    QString m_unreadableReason;
    std::optional<CertificateCheckOutcome> m_outcome;
    QString m_recordedCheckId;
    QString m_recordedHazardId;

    QFutureWatcher<QrReading> *m_reading = nullptr;
    /// From loadImageFile() until takeReading() has shown the result: the worker may finish long before the
    /// watcher's signal is delivered, so the future's own state cannot say whether the verdict is shown yet.
    bool m_readingPending = false;
    QLabel *m_preview = nullptr;
    QPlainTextEdit *m_textEdit = nullptr;
    QComboBox *m_presenter = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_roster = nullptr;
    QLabel *m_proposal = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_recordCheck = nullptr;
    QPushButton *m_recordHazard = nullptr;
};

} // namespace sitesafe
