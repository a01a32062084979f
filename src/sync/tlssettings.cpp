#include "tlssettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace sitesafe::Tls {

QSslConfiguration configuration(const TlsSettings &settings, QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!settings.caFile.isEmpty()) {
        QFile file(settings.caFile);
        const QList<QSslCertificate> cas = file.open(QIODevice::ReadOnly)
            ? QSslCertificate::fromData(file.readAll(), QSsl::Pem)
            : QList<QSslCertificate>();
        if (cas.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Tls", "The provincial CA file %1 cannot be read or holds no "
                                                            "certificate. Check the file in the settings.")
                             .arg(settings.caFile);
        } else {
            config.addCaCertificates(cas);
        }
    }
    return config;
}

QString spkiSha256(const QSslCertificate &certificate)
{
    // Qt exposes the public key, not the SPKI DER directly; QSslKey::toDer() of a public key is the SPKI.
    const QByteArray spki = certificate.publicKey().toDer();
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

bool matchesPins(const QSslCertificate &certificate, const QStringList &pins)
{
    return pins.isEmpty() || pins.contains(spkiSha256(certificate));
}

} // namespace sitesafe::Tls
