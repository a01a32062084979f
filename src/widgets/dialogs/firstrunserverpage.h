#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sitesafe {

class SyncController;

/// The first-run wizard's server page: the provincial server's address, how to trust it (CA file, SPKI pins) and the
/// account. Checked and saved in the data folder on Next (the password only goes on to the sign-in, through the
/// wizard's "password" field, and is cleared there).
class FirstRunServerPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunServerPage)

public:
    explicit FirstRunServerPage(SyncController &controller, QWidget *parent = nullptr);
    ~FirstRunServerPage() override;

    bool validatePage() override;
    /// The sentence under the form (what to fix), for tests.
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browseCaFile();
    void retranslate();

    SyncController &m_controller;
    QLabel *m_serverLabel = nullptr;
    QLineEdit *m_serverEdit = nullptr;
    QLabel *m_caLabel = nullptr;
    QLineEdit *m_caEdit = nullptr;
    QPushButton *m_caBrowseButton = nullptr;
    QLabel *m_pinsLabel = nullptr;
    QLineEdit *m_pinsEdit = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace sitesafe
