#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

namespace sitesafe {

class AppSettings;
class DataFolderSession;

/// The first-run wizard's first page: the language (applied at once and remembered) and how to start, with the
/// demo data set or with the provincial server.
class FirstRunWelcomePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWelcomePage)

public:
    FirstRunWelcomePage(DataFolderSession &session, AppSettings &settings, QWidget *parent = nullptr);
    ~FirstRunWelcomePage() override;

    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseLanguage();
    void retranslate();

    AppSettings &m_settings;
    QString m_directory;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_startLabel = nullptr;
    QRadioButton *m_serverRadio = nullptr;
    QRadioButton *m_demoRadio = nullptr;
    QLabel *m_folderLabel = nullptr;
};

} // namespace sitesafe
