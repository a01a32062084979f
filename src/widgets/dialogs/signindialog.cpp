#include "signindialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

#include "serverprofileinput.h"
#include "sync/synccontroller.h"
#include "ui_signindialog.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

SignInDialog::SignInDialog(SyncController &controller, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_controller(controller)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->busyBar->hide();
    const ServerProfile &profile = controller.profile();
    if (profile.serverUrl.isValid())
        m_ui->serverEdit->setText(profile.serverUrl.toString());
    m_ui->userEdit->setText(profile.userName);
    m_ui->caEdit->setText(QDir::toNativeSeparators(profile.tls.caFile));
    m_ui->pinsEdit->setText(profile.tls.spkiPins.join(u' '));
    m_ui->http2Check->setChecked(profile.tls.isHttp2Allowed);
    if (!controller.keychainWarning().isEmpty())
        showMessage(controller.keychainWarning(), false);
    QLineEdit *first = m_ui->serverEdit->text().isEmpty() ? m_ui->serverEdit
                       : m_ui->userEdit->text().isEmpty() ? m_ui->userEdit
                                                          : m_ui->passwordEdit;
    first->setFocus();

    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &SignInDialog::browseCaFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(&m_controller, &SyncController::signInFinished, this, &SignInDialog::onSignInFinished);
}

SignInDialog::~SignInDialog() = default;

QString SignInDialog::message() const
{
    return m_ui->messageLabel->text();
}

void SignInDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Provincial CA certificate"), m_ui->caEdit->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caEdit->setText(QDir::toNativeSeparators(file));
}

void SignInDialog::accept()
{
    if (m_isBusy)
        return;
    ServerProfileInput input;
    input.address = m_ui->serverEdit->text();
    input.userName = m_ui->userEdit->text();
    input.password = m_ui->passwordEdit->text();
    input.caFile = m_ui->caEdit->text();
    input.pins = m_ui->pinsEdit->text();
    input.isHttp2Allowed = m_ui->http2Check->isChecked();
    QString problem;
    switch (input.check(&problem)) {
    case ServerProfileInput::Field::None:
        break;
    case ServerProfileInput::Field::Address:
        m_ui->serverEdit->setFocus();
        break;
    case ServerProfileInput::Field::UserName:
        m_ui->userEdit->setFocus();
        break;
    case ServerProfileInput::Field::Password:
        m_ui->passwordEdit->setFocus();
        break;
    case ServerProfileInput::Field::CaFile:
        m_ui->caEdit->setFocus();
        break;
    }
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    const ServerProfile profile = input.applyTo(m_controller.profile());
    if (Status s = m_controller.setProfile(profile); !s) {
        showMessage(s.error().message, true);
        return;
    }
    setBusy(true);
    showMessage(tr("Signing in…"), false);
    m_controller.signIn(profile.userName, input.password);
    m_ui->passwordEdit->clear(); // the password is not kept anywhere
}

void SignInDialog::onSignInFinished(bool isSignedIn, const QString &message)
{
    if (!m_isBusy)
        return;
    setBusy(false);
    if (isSignedIn) {
        QDialog::accept();
        return;
    }
    showMessage(message, true);
    m_ui->passwordEdit->setFocus();
}

void SignInDialog::setBusy(bool isBusy)
{
    m_isBusy = isBusy;
    m_ui->busyBar->setVisible(isBusy);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->serverEdit), static_cast<QWidget *>(m_ui->userEdit),
                       static_cast<QWidget *>(m_ui->passwordEdit), static_cast<QWidget *>(m_ui->trustGroup)})
        w->setEnabled(!isBusy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!isBusy);
}

void SignInDialog::showMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(isError ? u"color: #b00020;"_s : QString());
    m_ui->messageLabel->setAccessibleDescription(text);
}

} // namespace sitesafe
