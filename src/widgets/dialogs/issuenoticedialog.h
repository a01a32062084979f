#pragma once

#include <QDialog>
#include <QStringList>
#include <QUrl>

#include "core/fielddata.h"
#include "models/noticedraftdata.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sitesafe {

class AppSettings;
class DataFolderSession;
class SqlWorker;

/// 签发监督文书: the form that issues a notice for hazards of one project — kind (限期整改, 停工整改 局部/全面 with
/// the parts, 复工/复查意见书 answering an earlier notice, 督办通知书, 执法建议书), the hazards (the caller's
/// preselected; only open or rectifying hazards of the project), recipient, deadline, decision, 五定 requirements,
/// legal basis and at least two inspectors, prefilled from the hazards. Shows the numbers left on this computer.
/// Issuing (Ctrl+Enter) goes through NoticeIssuer and cannot be undone — a served notice is a legal document — so
/// the form says so and points to voiding with a reason on the Notices page instead.
class IssueNoticeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueNoticeDialog)

public:
    /// `hazardIds`: the hazards picked by the caller; empty with `inspectionId`: that inspection's open hazards.
    IssueNoticeDialog(DataFolderSession &session, QUrl verificationBase, QString actor, const QStringList &hazardIds,
        const QString &inspectionId = {}, QWidget *parent = nullptr);
    ~IssueNoticeDialog() override;

    /// Where the notices' QR codes point: the configured sync server's origin, else the setting.
    static QUrl verificationBase(const DataFolderSession &session, const AppSettings &settings);

    /// True once the hazards and choices are read.
    bool isReady() const { return m_isReady; }
    const NoticeDraftData &data() const { return m_data; }
    /// The notice the form describes now (without number, times and hashes).
    Notice draftNotice() const;
    /// Why the form cannot be issued as it stands (a sentence), or empty.
    QString validationError() const;
    /// Validates and issues; on failure the sentence shows in the form. True when issued (the dialog accepts).
    bool issue();
    const Notice &issuedNotice() const { return m_issued; }

    void setKind(const QString &kind);
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *scopeCombo() const { return m_scope; }
    QLineEdit *scopePartEdit() const { return m_scopePart; }
    QComboBox *originalNoticeCombo() const { return m_original; }
    QListWidget *hazardList() const { return m_hazards; }
    QComboBox *recipientCombo() const { return m_recipient; }
    QCheckBox *deadlineCheck() const { return m_hasDeadline; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QPlainTextEdit *decisionEdit() const { return m_decision; }
    QPlainTextEdit *requirementsEdit() const { return m_requirements; }
    QPlainTextEdit *legalBasisEdit() const { return m_legalBasis; }
    QLineEdit *inspectorsEdit() const { return m_inspectors; }
    QLabel *remainingLabel() const { return m_remaining; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *issueButton() const { return m_issueButton; }
    /// The names in the inspectors field, split at commas, 、 and semicolons.
    QStringList inspectorNames() const;

Q_SIGNALS:
    void loaded();
    void noticeIssued(const Notice &notice);

private:
    void buildForm();
    void fill(NoticeDraftData data);
    void updateForKind();
    void refreshDefaults();
    void refreshRemaining();
    QList<NoticeHazard> checkedHazards() const;
    void showMessage(const QString &text, bool isError);

    DataFolderSession &m_session;
    QUrl m_verificationBase;
    QString m_actor;
    SqlWorker *m_worker = nullptr;
    NoticeDraftData m_data;
    bool m_isReady = false;
    Notice m_issued;
    // The texts last filled in automatically: a field still showing its default follows the form, an edited one
    // is left alone.
    QString m_autoDecision;
    QString m_autoRequirements;
    QString m_autoLegalBasis;

    QFormLayout *m_form = nullptr;
    QLabel *m_project = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_scopePart = nullptr;
    QComboBox *m_original = nullptr;
    QListWidget *m_hazards = nullptr;
    QComboBox *m_recipient = nullptr;
    QCheckBox *m_hasDeadline = nullptr;
    QDateEdit *m_deadline = nullptr;
    QPlainTextEdit *m_decision = nullptr;
    QPlainTextEdit *m_requirements = nullptr;
    QPlainTextEdit *m_legalBasis = nullptr;
    QLineEdit *m_inspectors = nullptr;
    QLabel *m_remaining = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_issueButton = nullptr;
};

} // namespace sitesafe
