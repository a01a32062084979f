#include "rawtls.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

QSslConfiguration devServerTls(const QString &dir)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate::fromPath(dir + u"/server.pem"_s).value(0));
    QFile key(dir + u"/server.key"_s);
    REQUIRE(key.open(QIODevice::ReadOnly));
    tls.setPrivateKey(QSslKey(&key, QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

QByteArray rawTlsExchange(quint16 port, const QString &caFile, const QByteArray &request, int ms)
{
    QSslSocket raw;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    raw.setSslConfiguration(tls);
    raw.connectToHostEncrypted(u"127.0.0.1"_s, port, QIODevice::ReadWrite);
    raw.setPeerVerifyName(u"127.0.0.1"_s);
    QElapsedTimer t;
    t.start();
    while (!raw.isEncrypted() && t.elapsed() < 5000) {
        raw.waitForEncrypted(100);
        QCoreApplication::processEvents();
    }
    REQUIRE(raw.isEncrypted());
    raw.write(request);
    QByteArray answer;
    while (raw.state() == QAbstractSocket::ConnectedState && t.elapsed() < ms) {
        QCoreApplication::processEvents();
        raw.waitForReadyRead(50);
        answer += raw.readAll();
    }
    return answer + raw.readAll();
}
