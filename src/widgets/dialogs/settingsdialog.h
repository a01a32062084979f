#pragma once

#include <memory>

#include <QDialog>
#include <QList>
#include <QPair>

namespace Ui {
class SettingsDialog;
}

namespace sitesafe {

class AppSettings;

/// Settings: data folder, language, the user's jurisdiction and the reminders switch (the server is set in
/// SignInDialog).
/// Writes to AppSettings only when accepted; says when a restart is needed.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// `jurisdictions`: code and display name of each 市县 and park.
    SettingsDialog(AppSettings &settings, const QList<QPair<QString, QString>> &jurisdictions, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// True after accept() changed the data folder or the language.
    bool needsRestart() const { return m_needsRestart; }
    void accept() override;

private:
    void browse();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings &m_settings;
    bool m_needsRestart = false;
};

} // namespace sitesafe
