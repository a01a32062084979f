#include "appsettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sitesafe {

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppSettings::dataDirectory() const
{
    const QString dir = m_settings->value(u"data/directory"_s).toString();
    return dir.isEmpty() ? defaultDataDirectory() : dir;
}

void AppSettings::setDataDirectory(const QString &directory)
{
    m_settings->setValue(u"data/directory"_s, directory);
}

QString AppSettings::language() const
{
    return m_settings->value(u"ui/language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(u"ui/language"_s, language);
}

QString AppSettings::jurisdictionCode() const
{
    return m_settings->value(u"user/jurisdiction"_s).toString();
}

void AppSettings::setJurisdictionCode(const QString &code)
{
    m_settings->setValue(u"user/jurisdiction"_s, code);
}

QUrl AppSettings::noticeVerificationBase() const
{
    // The provincial server's public address; printed notices must point somewhere that answers for years.
    return QUrl(m_settings->value(u"notices/verificationBase"_s, u"https://sitesafe.zjt.hainan.gov.cn"_s).toString());
}

void AppSettings::setNoticeVerificationBase(const QUrl &base)
{
    m_settings->setValue(u"notices/verificationBase"_s, base.toString());
}

bool AppSettings::areRemindersOn() const
{
    return m_settings->value(u"reminders/enabled"_s, true).toBool();
}

void AppSettings::setRemindersOn(bool isOn)
{
    m_settings->setValue(u"reminders/enabled"_s, isOn);
}

namespace {
/// One settings key per data folder; a hash because a path's slashes would nest QSettings groups.
QString shownKey(const QString &dataDirectory)
{
    const QByteArray path = QDir::cleanPath(QDir(dataDirectory).absolutePath()).toUtf8();
    return u"reminders/shown/"_s + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}
} // namespace

void AppSettings::removeLegacyShownReminders(const QString &dataDirectory)
{
    m_settings->remove(shownKey(dataDirectory));
}

QByteArray AppSettings::layout(const QString &name) const
{
    return m_settings->value(u"layout/"_s + name).toByteArray();
}

void AppSettings::setLayout(const QString &name, const QByteArray &state)
{
    m_settings->setValue(u"layout/"_s + name, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace sitesafe
