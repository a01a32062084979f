#include "sync/httpsclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <catch2/catch.hpp>

#include "serverprocess.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
HttpResult fetch(HttpsClient &client, const HttpRequest &request)
{
    HttpResult result;
    QEventLoop loop;
    client.send(request, [&](const HttpResult &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

HttpRequest meta()
{
    HttpRequest r;
    r.path = u"/api/v1/meta"_s;
    return r;
}

QString errorCode(const HttpResult &r)
{
    return r.error ? r.error->code : u"ok"_s;
}

/// The SPKI pin the way `openssl` computes it: sha256 of the DER SubjectPublicKeyInfo, base64.
QString opensslPin(const QString &certFile)
{
    QProcess p;
    p.start(u"sh"_s, {u"-c"_s, u"openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform der | "
                               "openssl dgst -sha256 -binary | base64"_s.arg(certFile)});
    REQUIRE(p.waitForFinished(10000));
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
}
} // namespace

TEST_CASE("HTTPS to the real server: trusted through the provincial CA file, refused without it", "[sync][tls]")
{
    ServerProcess server;
    server.start();
    TlsSettings settings;
    settings.caFile = server.caFile();
    HttpsClient client(QUrl(server.baseUrl()), settings);
    const HttpResult ok = fetch(client, meta());
    INFO(errorCode(ok).toStdString() << " " << (ok.error ? ok.error->message.toStdString() : std::string()));
    REQUIRE(ok.isOk());
    CHECK(ok.status == 200);
    const QJsonObject body = QJsonDocument::fromJson(ok.body).object();
    CHECK_FALSE(body.isEmpty());

    HttpsClient untrusting(QUrl(server.baseUrl()), TlsSettings{});
    const HttpResult refused = fetch(untrusting, meta());
    CHECK(errorCode(refused) == u"tls.untrusted"_s);
    CHECK(refused.error->message.contains(u"not trusted"_s));
    CHECK(refused.status == 0);
    CHECK(refused.body.isEmpty());
}

TEST_CASE("An expired certificate and a certificate for another host fail with their own message", "[sync][tls]")
{
    ServerProcess server;
    TlsSettings settings;
    settings.caFile = server.caFile();

    const auto [expiredCert, expiredKey] =
        server.issueCertificate(u"expired"_s, {u"DNS:localhost"_s, u"IP:127.0.0.1"_s}, true);
    server.start(expiredCert, expiredKey);
    HttpsClient client(QUrl(server.baseUrl()), settings);
    const HttpResult expired = fetch(client, meta());
    CHECK(errorCode(expired) == u"tls.expired"_s);
    CHECK(expired.error->message.contains(u"expired"_s));

    const auto [otherCert, otherKey] = server.issueCertificate(u"other"_s, {u"DNS:sync.other.test"_s}, false);
    server.start(otherCert, otherKey);
    HttpsClient second(QUrl(server.baseUrl()), settings);
    const HttpResult mismatch = fetch(second, meta());
    CHECK(errorCode(mismatch) == u"tls.host_mismatch"_s);
}

TEST_CASE("SPKI pins: the right pin passes, a wrong pin fails before the request is answered", "[sync][tls]")
{
    ServerProcess server;
    server.start();
    const QString pin = opensslPin(server.tlsFile(u"server.pem"_s));
    REQUIRE(pin.size() == 44);
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(server.tlsFile(u"server.pem"_s));
    REQUIRE(certs.size() == 1);
    CHECK(Tls::spkiSha256(certs.first()) == pin); // our computation agrees with openssl's

    TlsSettings settings;
    settings.caFile = server.caFile();
    settings.spkiPins = {u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s, pin}; // current + backup
    HttpsClient pinned(QUrl(server.baseUrl()), settings);
    CHECK(fetch(pinned, meta()).status == 200);

    settings.spkiPins = {u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s};
    HttpsClient wrong(QUrl(server.baseUrl()), settings);
    HttpRequest login;
    login.method = "POST";
    login.path = u"/api/v1/auth/token"_s;
    login.body = R"({"username":"zhangwei","password":"correct horse battery staple","device_id":"pin-test"})";
    const HttpResult refused = fetch(wrong, login);
    CHECK(errorCode(refused) == u"tls.pin_mismatch"_s);
    CHECK(refused.status == 0);
    CHECK(refused.body.isEmpty());
}

TEST_CASE("A server that never answers hits the deadline, a bad CA file is reported", "[sync][timeout]")
{
    QTcpServer silent; // accepts the connection, never speaks TLS
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    QObject::connect(&silent, &QTcpServer::newConnection, [&] { held.append(silent.nextPendingConnection()); });
    TlsSettings settings;
    settings.deadlineMs = 700;
    settings.inactivityTimeoutMs = 5000;
    HttpsClient client(QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort())), settings);
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = fetch(client, meta());
    CHECK(errorCode(r) == u"network.timeout"_s);
    CHECK(timer.elapsed() < 5000);

    TlsSettings badCa;
    badCa.caFile = u"/nonexistent/ca.pem"_s;
    HttpsClient misconfigured(QUrl(u"https://127.0.0.1:1"_s), badCa);
    CHECK(errorCode(fetch(misconfigured, meta())) == u"tls.ca_file"_s);

    // A port held bound but not listening: connections are refused, and no other process can take it meanwhile
    // (bound without SO_REUSEADDR), unlike a port that was bound and released.
    QTcpSocket holder;
    REQUIRE(holder.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));
    HttpsClient closed(QUrl(u"https://127.0.0.1:%1"_s.arg(holder.localPort())), TlsSettings{});
    CHECK(errorCode(fetch(closed, meta())) == u"network.offline"_s);
}
