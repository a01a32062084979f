#include "settingsdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include "appsettings.h"
#include "localization.h"
#include "ui_settingsdialog.h"

namespace sitesafe {

SettingsDialog::SettingsDialog(AppSettings &settings, const QList<QPair<QString, QString>> &jurisdictions, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->dataDirEdit->setText(QDir::toNativeSeparators(settings.dataDirectory()));
    for (const auto &[code, name] : Localization::choices())
        m_ui->languageCombo->addItem(name, code);
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(settings.language())));
    m_ui->jurisdictionCombo->addItem(tr("Whole province"), QString());
    for (const auto &[code, name] : jurisdictions)
        m_ui->jurisdictionCombo->addItem(name, code);
    m_ui->jurisdictionCombo->setCurrentIndex(qMax(0, m_ui->jurisdictionCombo->findData(settings.jurisdictionCode())));
    m_ui->remindersCheck->setChecked(settings.areRemindersOn());
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the data folder"), m_ui->dataDirEdit->text());
    if (!dir.isEmpty())
        m_ui->dataDirEdit->setText(QDir::toNativeSeparators(dir));
}

void SettingsDialog::accept()
{
    const QString dir = QDir::fromNativeSeparators(m_ui->dataDirEdit->text().trimmed());
    if (dir.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a data folder; SiteSafe keeps all its data there."));
        return;
    }
    const QString language = m_ui->languageCombo->currentData().toString();
    m_needsRestart = QDir::cleanPath(dir) != QDir::cleanPath(m_settings.dataDirectory()) || language != m_settings.language();
    m_settings.setDataDirectory(dir);
    m_settings.setLanguage(language);
    m_settings.setJurisdictionCode(m_ui->jurisdictionCombo->currentData().toString());
    m_settings.setRemindersOn(m_ui->remindersCheck->isChecked());
    m_settings.sync();
    QDialog::accept();
}

} // namespace sitesafe
