#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace sitesafe {

/// The desktop client's preferences: data folder, language, the user's jurisdiction, and remembered window
/// and column layouts. Stored with QSettings (the platform's place, or an INI file for tests).
class AppSettings
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    /// The platform's settings store for SiteSafe.
    AppSettings();
    /// An INI file (tests, portable installs).
    explicit AppSettings(const QString &iniPath);
    ~AppSettings();

    /// The platform's application data folder, used when no folder is set.
    static QString defaultDataDirectory();

    QString dataDirectory() const;
    void setDataDirectory(const QString &directory);
    /// "" follows the system locale; otherwise "zh_CN" or "en".
    QString language() const;
    void setLanguage(const QString &language);
    /// 市县 or park code the Today page is about; empty: the whole province.
    QString jurisdictionCode() const;
    void setJurisdictionCode(const QString &code);
    /// Where the QR code of an issued notice points when no sync server is configured (the provincial server's
    /// public origin); a configured server's origin wins (IssueNoticeDialog::verificationBase).
    QUrl noticeVerificationBase() const;
    void setNoticeVerificationBase(const QUrl &base);

    /// System-tray reminders of due and overdue hazards and incident report deadlines (on unless turned off).
    bool areRemindersOn() const;
    void setRemindersOn(bool isOn);
    /// Drops the reminders shown for `dataDirectory` as kept here before they moved into the data folder
    /// (ShownReminderFile): at province scale 1.5 MB that QSettings parsed and rewrote on the UI thread.
    void removeLegacyShownReminders(const QString &dataDirectory);

    /// Remembered layouts (window geometry, header and splitter states), by name.
    QByteArray layout(const QString &name) const;
    void setLayout(const QString &name, const QByteArray &state);
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sitesafe
