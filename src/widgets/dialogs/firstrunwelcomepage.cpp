#include "firstrunwelcomepage.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include "firstrunwizard.h"
#include "localization.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "widgets/appsettings.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

FirstRunWelcomePage::FirstRunWelcomePage(DataFolderSession &session, AppSettings &settings, QWidget *parent)
    : QWizardPage(parent)
    , m_settings(settings)
    , m_directory(session.store().directory())
{
    m_languageLabel = new QLabel(this);
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    for (const auto &[code, name] : Localization::choices())
        m_languageCombo->addItem(name, code);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(settings.language())));
    m_languageLabel->setBuddy(m_languageCombo);
    m_startLabel = new QLabel(this);
    m_serverRadio = new QRadioButton(this);
    m_serverRadio->setObjectName(u"serverRadio"_s);
    m_serverRadio->setChecked(true);
    m_demoRadio = new QRadioButton(this);
    m_demoRadio->setObjectName(u"demoRadio"_s);
    m_folderLabel = new QLabel(this);
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *language = new QFormLayout;
    language->addRow(m_languageLabel, m_languageCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(language);
    layout->addSpacing(12);
    layout->addWidget(m_startLabel);
    layout->addWidget(m_serverRadio);
    layout->addWidget(m_demoRadio);
    layout->addStretch();
    layout->addWidget(m_folderLabel);

    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &FirstRunWelcomePage::chooseLanguage);
    retranslate();
}

FirstRunWelcomePage::~FirstRunWelcomePage() = default;

int FirstRunWelcomePage::nextId() const
{
    return m_demoRadio->isChecked() ? FirstRunWizard::DemoPage : FirstRunWizard::ServerPage;
}

void FirstRunWelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void FirstRunWelcomePage::chooseLanguage()
{
    const QString code = m_languageCombo->currentData().toString();
    m_settings.setLanguage(code);
    // Every open widget gets a LanguageChange event and says its text again in the new language.
    Localization::install(Localization::resolve(code));
}

void FirstRunWelcomePage::retranslate()
{
    setTitle(tr("Welcome to SiteSafe"));
    setSubTitle(tr("Set this computer up for construction-safety inspections. Everything can be changed later in "
                   "Settings."));
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setItemText(0, Localization::choices().constFirst().second);
    m_startLabel->setText(tr("How do you want to start?"));
    m_serverRadio->setText(tr("&Connect to the provincial server: your bureau gives you its address, its CA "
                              "certificate and your account"));
    m_demoRadio->setText(tr("Try the &demo: fictional Hainan projects, hazards and notices; no server needed"));
    m_folderLabel->setText(tr("Data folder: %1").arg(QDir::toNativeSeparators(m_directory)));
}

} // namespace sitesafe
