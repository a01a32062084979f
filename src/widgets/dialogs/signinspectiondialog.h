#pragma once

#include <QDialog>
#include <QList>

#include "core/fielddata.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sitesafe {

class DataFolderSession;
class SignaturePad;

/// Signs an inspection on site: one signature pad per inspector and one for the site representative (现场负责人),
/// who may refuse to sign (拒签) — then a note saying what happened takes the place of the signature. Says before
/// anything is written that signing freezes the inspection and that corrections are then made as amendments.
/// Sign is enabled only when every inspector has signed and the representative has signed or refused; accept()
/// hands the images to InspectionSigner and stays open with the reason when it refuses.
class SignInspectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInspectionDialog)

public:
    /// `session` must outlive the dialog; `actor` is who the audit log names.
    SignInspectionDialog(DataFolderSession &session, const Inspection &inspection, const QString &actor,
                         QWidget *parent = nullptr);
    ~SignInspectionDialog() override;

    /// The pad of the inspector at `index` in the inspection's list.
    SignaturePad *inspectorPad(qsizetype index) const { return m_inspectorPads.value(index); }
    SignaturePad *representativePad() const { return m_representativePad; }
    QLineEdit *representativeName() const { return m_representativeName; }
    QCheckBox *refusedBox() const { return m_refused; }
    QPlainTextEdit *refusalNote() const { return m_refusalNote; }
    QPushButton *signButton() const { return m_signButton; }
    /// What is still missing before Sign is enabled, or the reason signing was refused.
    QString message() const;

    void accept() override;

private:
    QWidget *makePadBox(const QString &title, SignaturePad *pad);
    void updateState();

    DataFolderSession &m_session;
    Inspection m_inspection;
    QString m_actor;
    QList<SignaturePad *> m_inspectorPads;
    SignaturePad *m_representativePad = nullptr;
    QLineEdit *m_representativeName = nullptr;
    QCheckBox *m_refused = nullptr;
    QPlainTextEdit *m_refusalNote = nullptr;
    QWidget *m_representativeSignature = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_signButton = nullptr;
};

} // namespace sitesafe
