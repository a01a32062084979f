#include "signinspectiondialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "session/datafoldersession.h"
#include "signaturepad.h"
#include "storage/inspectionsigner.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

SignInspectionDialog::SignInspectionDialog(DataFolderSession &session, const Inspection &inspection,
                                           const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_inspection(inspection)
    , m_actor(actor)
{
    setWindowTitle(tr("Sign the inspection"));
    auto *layout = new QVBoxLayout(this);

    auto *freezing = new QLabel(tr("<b>Signing freezes this inspection.</b> Its answers and notes can no longer be "
                                   "changed afterwards; a correction is then made as an amendment, a new inspection "
                                   "linked to this one."),
                                this);
    freezing->setWordWrap(true);
    freezing->setObjectName(u"freezingNote"_s);
    layout->addWidget(freezing);

    // Inspectors side by side, two to a row: the law asks for two, a third is rare.
    auto *pads = new QGridLayout;
    for (qsizetype i = 0; i < inspection.inspectors.size(); ++i) {
        const QString &name = inspection.inspectors.at(i);
        auto *pad = new SignaturePad(this);
        pad->setPlaceholderText(tr("%1 signs here").arg(name));
        pad->setObjectName(u"inspectorPad%1"_s.arg(i));
        m_inspectorPads.append(pad);
        pads->addWidget(makePadBox(tr("Inspector: %1").arg(name), pad), int(i / 2), int(i % 2));
    }
    layout->addLayout(pads, 3);

    auto *representative = new QGroupBox(tr("Site representative"), this);
    auto *representativeLayout = new QVBoxLayout(representative);
    auto *form = new QFormLayout;
    m_representativeName = new QLineEdit(inspection.siteRepresentative, representative);
    m_representativeName->setPlaceholderText(tr("Name of the project manager or site safety officer"));
    form->addRow(tr("&Name:"), m_representativeName);
    representativeLayout->addLayout(form);
    m_representativePad = new SignaturePad(representative);
    m_representativePad->setPlaceholderText(tr("The site representative signs here"));
    m_representativePad->setObjectName(u"representativePad"_s);
    m_representativeSignature = makePadBox({}, m_representativePad);
    representativeLayout->addWidget(m_representativeSignature, 1);
    m_refused = new QCheckBox(tr("&Refused to sign (拒签)"), representative);
    representativeLayout->addWidget(m_refused);
    m_refusalNote = new QPlainTextEdit(representative);
    m_refusalNote->setPlaceholderText(tr("Required: what happened, e.g. who refused, the reason given, who "
                                         "witnessed it"));
    m_refusalNote->setMaximumHeight(72);
    m_refusalNote->setVisible(false);
    representativeLayout->addWidget(m_refusalNote);
    layout->addWidget(representative, 2);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"signMessage"_s);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signButton = buttons->addButton(tr("&Sign and freeze"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    for (SignaturePad *pad : std::as_const(m_inspectorPads))
        connect(pad, &SignaturePad::changed, this, &SignInspectionDialog::updateState);
    connect(m_representativePad, &SignaturePad::changed, this, &SignInspectionDialog::updateState);
    connect(m_representativeName, &QLineEdit::textChanged, this, &SignInspectionDialog::updateState);
    connect(m_refusalNote, &QPlainTextEdit::textChanged, this, &SignInspectionDialog::updateState);
    connect(m_refused, &QCheckBox::toggled, this, [this](bool isRefused) {
        m_representativeSignature->setEnabled(!isRefused);
        m_refusalNote->setVisible(isRefused);
        if (isRefused)
            m_refusalNote->setFocus();
        updateState();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInspectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInspectionDialog::reject);
    updateState();
}

SignInspectionDialog::~SignInspectionDialog() = default;

QWidget *SignInspectionDialog::makePadBox(const QString &title, SignaturePad *pad)
{
    auto *box = title.isEmpty() ? new QWidget(this) : new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    if (title.isEmpty())
        layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pad, 1);
    auto *clear = new QPushButton(tr("Clear"), box);
    clear->setToolTip(tr("Wipe the pad and sign again"));
    connect(clear, &QPushButton::clicked, pad, &SignaturePad::clear);
    layout->addWidget(clear, 0, Qt::AlignRight);
    return box;
}

QString SignInspectionDialog::message() const
{
    return m_message->text();
}

void SignInspectionDialog::updateState()
{
    QStringList missing;
    for (qsizetype i = 0; i < m_inspectorPads.size(); ++i) {
        if (m_inspectorPads.at(i)->isEmpty())
            missing.append(tr("the signature of %1").arg(m_inspection.inspectors.at(i)));
    }
    if (m_refused->isChecked()) {
        if (m_refusalNote->toPlainText().trimmed().isEmpty())
            missing.append(tr("a note on the refusal to sign"));
    } else {
        if (m_representativeName->text().trimmed().isEmpty())
            missing.append(tr("the site representative's name"));
        if (m_representativePad->isEmpty())
            missing.append(tr("the site representative's signature (or tick \"Refused to sign\")"));
    }
    m_signButton->setEnabled(missing.isEmpty());
    m_message->setStyleSheet({});
    if (!missing.isEmpty())
        m_message->setText(tr("Still missing: %1.").arg(missing.join(tr(", "))));
    else if (m_refused->isChecked())
        m_message->setText(tr("The inspectors have signed and the refusal to sign is noted. Sign and freeze the "
                              "inspection when ready."));
    else
        m_message->setText(tr("Everyone has signed. Sign and freeze the inspection when ready."));
}

void SignInspectionDialog::accept()
{
    if (!m_signButton->isEnabled())
        return;
    QList<Signature> signatures;
    for (qsizetype i = 0; i < m_inspectorPads.size(); ++i)
        signatures.append({m_inspection.inspectors.at(i), Signature::Role::Inspector, m_inspectorPads.at(i)->toPng()});
    const bool isRefused = m_refused->isChecked();
    const QString name = m_representativeName->text().trimmed();
    if (!isRefused)
        signatures.append({name, Signature::Role::SiteRepresentative, m_representativePad->toPng()});
    const Status s = InspectionSigner(m_session.store())
                         .sign(m_inspection.id, signatures, name,
                               isRefused ? m_refusalNote->toPlainText().trimmed() : QString(), m_actor,
                               m_session.timeTrust());
    if (!s) {
        m_message->setStyleSheet(u"color: #b3261e;"_s);
        m_message->setText(s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace sitesafe
