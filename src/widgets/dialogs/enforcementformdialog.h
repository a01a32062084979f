#pragma once

#include <QDialog>

#include "core/fielddata.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace sitesafe {

class DataFolderSession;
class ProjectChoiceCombo;

/// The enforcement action form (执法): project, the enterprise and/or person addressed, the project's hazards it
/// answers, kind, violation (grouped as the monthly report counts them, with its legal note), document number,
/// amount or points, decided on and by, note. Save writes through EnforcementRepository (one transaction with
/// its outbox mutation); what cannot be saved is said under the form and nothing is written.
class EnforcementFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnforcementFormDialog)

public:
    /// `actionId` empty: a new action (of `projectId` when given).
    EnforcementFormDialog(DataFolderSession &session, const QString &actionId, const QString &projectId = {},
                          QWidget *parent = nullptr);

    /// The action as the form now says.
    EnforcementAction action() const;
    QString savedId() const { return m_savedId; }
    QString errorText() const;

    ProjectChoiceCombo *projectCombo() const { return m_projectCombo; }
    QComboBox *kindCombo() const { return m_kindCombo; }
    QComboBox *violationCombo() const { return m_violationCombo; }
    QComboBox *enterpriseCombo() const { return m_enterpriseCombo; }
    QComboBox *personCombo() const { return m_personCombo; }
    QListWidget *hazardList() const { return m_hazardList; }
    QDoubleSpinBox *amountSpin() const { return m_amountSpin; }
    QSpinBox *pointsSpin() const { return m_pointsSpin; }
    QLineEdit *documentEdit() const { return m_documentEdit; }

    void accept() override;

private:
    void loadParties();
    void updateKind();
    void updateViolationNote();

    DataFolderSession &m_session;
    EnforcementAction m_original;
    QString m_savedId;
    ProjectChoiceCombo *m_projectCombo = nullptr;
    QComboBox *m_enterpriseCombo = nullptr;
    QComboBox *m_personCombo = nullptr;
    QListWidget *m_hazardList = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_kindNote = nullptr;
    QComboBox *m_violationCombo = nullptr;
    QLabel *m_violationNote = nullptr;
    QLineEdit *m_documentEdit = nullptr;
    QDoubleSpinBox *m_amountSpin = nullptr;
    QSpinBox *m_pointsSpin = nullptr;
    QDateEdit *m_decidedEdit = nullptr;
    QLineEdit *m_decidedByEdit = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace sitesafe
