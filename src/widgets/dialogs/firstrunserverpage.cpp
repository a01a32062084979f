#include "firstrunserverpage.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "serverprofileinput.h"
#include "sync/synccontroller.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}
} // namespace

FirstRunServerPage::FirstRunServerPage(SyncController &controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    m_serverEdit = lineEdit(u"serverEdit"_s, this);
    m_serverEdit->setPlaceholderText(u"https://sync.example.gov.cn:8443"_s);
    m_caEdit = lineEdit(u"caEdit"_s, this);
    m_caBrowseButton = new QPushButton(this);
    m_pinsEdit = lineEdit(u"pinsEdit"_s, this);
    m_userEdit = lineEdit(u"userEdit"_s, this);
    m_passwordEdit = lineEdit(u"passwordEdit"_s, this);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(u"color: #b00020;"_s);

    const ServerProfile &profile = controller.profile();
    if (profile.serverUrl.isValid())
        m_serverEdit->setText(profile.serverUrl.toString());
    m_caEdit->setText(QDir::toNativeSeparators(profile.tls.caFile));
    m_pinsEdit->setText(profile.tls.spkiPins.join(u' '));
    m_userEdit->setText(profile.userName);

    auto *ca = new QHBoxLayout;
    ca->addWidget(m_caEdit, 1);
    ca->addWidget(m_caBrowseButton);
    auto *form = new QFormLayout;
    m_serverLabel = new QLabel(this);
    m_caLabel = new QLabel(this);
    m_pinsLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    form->addRow(m_serverLabel, m_serverEdit);
    form->addRow(m_caLabel, ca);
    form->addRow(m_pinsLabel, m_pinsEdit);
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    m_serverLabel->setBuddy(m_serverEdit);
    m_caLabel->setBuddy(m_caEdit);
    m_pinsLabel->setBuddy(m_pinsEdit);
    m_userLabel->setBuddy(m_userEdit);
    m_passwordLabel->setBuddy(m_passwordEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addStretch();

    // The snapshot page signs in with these two (and clears the password once it is sent).
    registerField(u"userName"_s, m_userEdit);
    registerField(u"password"_s, m_passwordEdit);
    connect(m_caBrowseButton, &QPushButton::clicked, this, &FirstRunServerPage::browseCaFile);
    retranslate();
}

FirstRunServerPage::~FirstRunServerPage() = default;

QString FirstRunServerPage::message() const
{
    return m_messageLabel->text();
}

bool FirstRunServerPage::validatePage()
{
    ServerProfileInput input;
    input.address = m_serverEdit->text();
    input.userName = m_userEdit->text();
    input.password = m_passwordEdit->text();
    input.caFile = m_caEdit->text();
    input.pins = m_pinsEdit->text();
    QString problem;
    switch (input.check(&problem)) {
    case ServerProfileInput::Field::None:
        break;
    case ServerProfileInput::Field::Address:
        m_serverEdit->setFocus();
        break;
    case ServerProfileInput::Field::UserName:
        m_userEdit->setFocus();
        break;
    case ServerProfileInput::Field::Password:
        m_passwordEdit->setFocus();
        break;
    case ServerProfileInput::Field::CaFile:
        m_caEdit->setFocus();
        break;
    }
    if (problem.isEmpty()) {
        if (Status s = m_controller.setProfile(input.applyTo(m_controller.profile())); !s)
            problem = s.error().message;
    }
    m_messageLabel->setText(problem);
    return problem.isEmpty();
}

void FirstRunServerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void FirstRunServerPage::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Provincial CA certificate"), m_caEdit->text(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caEdit->setText(QDir::toNativeSeparators(file));
}

void FirstRunServerPage::retranslate()
{
    setTitle(tr("Provincial server"));
    setSubTitle(tr("Enter what your bureau's administrator gave you. The password goes to the server only and is "
                   "never saved on this computer."));
    m_serverLabel->setText(tr("Server &address:"));
    m_caLabel->setText(tr("&CA certificate:"));
    m_caEdit->setPlaceholderText(tr("Empty: trust only the system certificates"));
    m_caBrowseButton->setText(tr("&Browse…"));
    m_pinsLabel->setText(tr("Key &pins:"));
    m_pinsEdit->setPlaceholderText(
        tr("Optional: base64 SHA-256 of the server's public key, several separated by spaces"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("Pass&word:"));
}

} // namespace sitesafe
