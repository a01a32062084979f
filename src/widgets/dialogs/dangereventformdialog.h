#pragma once

#include <QDialog>

#include "core/fielddata.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sitesafe {

class DataFolderSession;
class OptionalDateTimeEdit;
class ProjectChoiceCombo;

/// The 重大险情 form (domain-reference §4.3): when and where, the works and workers on site at the time, kind,
/// what happened, possible and actual harm, evacuation and response, the reports (bureau, national platform) and
/// the hazard of the project it follows from. Save writes through DangerEventRepository.
class DangerEventFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DangerEventFormDialog)

public:
    DangerEventFormDialog(DataFolderSession &session, const QString &eventId, QWidget *parent = nullptr);

    DangerEvent dangerEvent() const;
    QString savedId() const { return m_savedId; }
    QString errorText() const;
    ProjectChoiceCombo *projectCombo() const { return m_projectCombo; }
    QComboBox *kindCombo() const { return m_kindCombo; }
    QComboBox *hazardCombo() const { return m_hazardCombo; }
    QPlainTextEdit *descriptionEdit() const { return m_descriptionEdit; }
    OptionalDateTimeEdit *reportedEdit() const { return m_reportedEdit; }

    void accept() override;

private:
    void loadHazards();

    DataFolderSession &m_session;
    DangerEvent m_original;
    QString m_savedId;
    ProjectChoiceCombo *m_projectCombo = nullptr;
    QDateTimeEdit *m_occurredEdit = nullptr;
    QLineEdit *m_partEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QPlainTextEdit *m_situationEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QPlainTextEdit *m_impactEdit = nullptr;
    QCheckBox *m_evacuatedCheck = nullptr;
    QPlainTextEdit *m_responseEdit = nullptr;
    OptionalDateTimeEdit *m_reportedEdit = nullptr;
    OptionalDateTimeEdit *m_platformEdit = nullptr;
    QComboBox *m_hazardCombo = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace sitesafe
