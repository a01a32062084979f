#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class SignInDialog;
}

namespace sitesafe {

class SyncController;

/// Sign-in to the provincial server: address, user name, password and how to trust the server (a provincial CA
/// file, optional SPKI pins, HTTP/2). Saves the server settings in the data folder, signs in without blocking
/// (the password goes to the sync thread and is not kept), shows the server's answer in the user's language,
/// and closes once signed in. The refresh token then lives in the OS keychain, never in a file.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(SyncController &controller, QWidget *parent = nullptr);
    ~SignInDialog() override;

    /// The sentence shown under the form (an error or the keychain note).
    QString message() const;

    void accept() override;

private:
    void browseCaFile();
    void onSignInFinished(bool isSignedIn, const QString &message);
    void setBusy(bool isBusy);
    void showMessage(const QString &text, bool isError);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    SyncController &m_controller;
    bool m_isBusy = false;
};

} // namespace sitesafe
