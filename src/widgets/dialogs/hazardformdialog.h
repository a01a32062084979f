#pragma once

#include <QDialog>

#include "core/fielddata.h"
#include "models/checklistdata.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sitesafe {

/// The hazard form: a failed criterion's hazard prefilled with its legal basis (edition, article, item text,
/// with the uncertain-wording mark where the catalog has one), is_major, the suggested measure and deadline and
/// the responsible enterprise and person (HazardPrefill); or a general hazard with a free-text basis. The
/// inspector confirms or edits; accept() refuses in words what cannot be saved. It does not write: the caller
/// records hazard() through RecordHazardCommand.
class HazardFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HazardFormDialog)

public:
    /// `basisLabel` is shown for criteria hazards (prefill.criteriaItem set); general hazards edit basisText.
    HazardFormDialog(Hazard prefill, const QString &basisLabel, bool isBasisUncertain,
        const QList<ResponsibleParty> &parties, QWidget *parent = nullptr);

    /// The hazard as the form now says.
    Hazard hazard() const;
    /// Why the form cannot be saved as it stands; empty when it can.
    QString problem() const;

    void accept() override;

private:
    Hazard m_prefill;
    QLineEdit *m_basisEdit = nullptr;
    QCheckBox *m_majorCheck = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QLineEdit *m_locationEdit = nullptr;
    QComboBox *m_measureCombo = nullptr;
    QDateEdit *m_deadlineEdit = nullptr;
    QComboBox *m_enterpriseCombo = nullptr;
    QLineEdit *m_personEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace sitesafe
