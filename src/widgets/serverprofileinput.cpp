#include "serverprofileinput.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sitesafe {

ServerProfileInput::Field ServerProfileInput::check(QString *message) const
{
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
        *message = tr("The server address must start with https:// and name a host, e.g. "
                      "https://sync.example.gov.cn:8443. Ask your administrator for it.");
        return Field::Address;
    }
    if (userName.trimmed().isEmpty() || password.isEmpty()) {
        *message = tr("Enter your user name and password.");
        return userName.trimmed().isEmpty() ? Field::UserName : Field::Password;
    }
    const QString ca = QDir::fromNativeSeparators(caFile.trimmed());
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable()) {
        *message = tr("The CA file %1 cannot be read. Choose the PEM file your administrator gave you, or leave "
                      "the field empty to trust only the system certificates.")
                       .arg(QDir::toNativeSeparators(ca));
        return Field::CaFile;
    }
    message->clear();
    return Field::None;
}

ServerProfile ServerProfileInput::applyTo(ServerProfile base) const
{
    base.serverUrl = QUrl(address.trimmed(), QUrl::StrictMode);
    base.userName = userName.trimmed();
    base.tls.caFile = QDir::fromNativeSeparators(caFile.trimmed());
    static const QRegularExpression separators(u"[\\s,]+"_s);
    base.tls.spkiPins = pins.split(separators, Qt::SkipEmptyParts);
    base.tls.isHttp2Allowed = isHttp2Allowed;
    return base;
}

} // namespace sitesafe
