#pragma once

#include <QDialog>

#include "core/fielddata.h"

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sitesafe {

class DataFolderSession;
class OptionalDateTimeEdit;
class ProjectChoiceCombo;

/// The incident form (事故, every field of domain-reference §4.2): where and when, kind and part of the works,
/// casualties and loss with the accident level they make, what happened, the report chain (the unit to the
/// bureau within 1 hour, the national platform within 48 hours, each a time that can be entered once done),
/// the emergency response, and the investigation (cause, findings, closing date). Shows the platform countdown
/// for the session's clock and says when an incident with deaths falls outside the 非亡人事故 ledger. Save
/// writes through IncidentRepository; what cannot be saved is said under the form.
class IncidentFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentFormDialog)

public:
    /// `incidentId` empty: a new incident.
    IncidentFormDialog(DataFolderSession &session, const QString &incidentId, QWidget *parent = nullptr);

    Incident incident() const;
    QString savedId() const { return m_savedId; }
    QString errorText() const;
    /// The deadline line as shown ("剩余 hh:mm" …).
    QString deadlineText() const;
    QString levelText() const;
    QString fatalText() const;

    ProjectChoiceCombo *projectCombo() const { return m_projectCombo; }
    QDateTimeEdit *occurredEdit() const { return m_occurredEdit; }
    QComboBox *kindCombo() const { return m_kindCombo; }
    QSpinBox *deathsSpin() const { return m_deathsSpin; }
    QSpinBox *seriousSpin() const { return m_seriousSpin; }
    QDoubleSpinBox *lossSpin() const { return m_lossSpin; }
    OptionalDateTimeEdit *unitReportEdit() const { return m_unitReportEdit; }
    OptionalDateTimeEdit *platformReportEdit() const { return m_platformReportEdit; }
    QPlainTextEdit *summaryEdit() const { return m_summaryEdit; }

    void accept() override;

private:
    void updateDerived();

    DataFolderSession &m_session;
    Incident m_original;
    QString m_savedId;
    ProjectChoiceCombo *m_projectCombo = nullptr;
    QDateTimeEdit *m_occurredEdit = nullptr;
    QLineEdit *m_locationEdit = nullptr;
    QLineEdit *m_partEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QSpinBox *m_deathsSpin = nullptr;
    QSpinBox *m_seriousSpin = nullptr;
    QSpinBox *m_minorSpin = nullptr;
    QSpinBox *m_missingSpin = nullptr;
    QDoubleSpinBox *m_lossSpin = nullptr;
    QLabel *m_levelLabel = nullptr;
    QLabel *m_fatalLabel = nullptr;
    QPlainTextEdit *m_summaryEdit = nullptr;
    OptionalDateTimeEdit *m_unitReportEdit = nullptr;
    OptionalDateTimeEdit *m_platformReportEdit = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    QPlainTextEdit *m_responseEdit = nullptr;
    QPlainTextEdit *m_causeEdit = nullptr;
    QPlainTextEdit *m_investigationEdit = nullptr;
    OptionalDateTimeEdit *m_closedEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace sitesafe
