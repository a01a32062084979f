#include "sync/tcpnodelay.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "support/tcpsockets.h"
#include "sync/httpsclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
QList<OpenTcpSocket> socketsTo(quint16 peerPort)
{
    QList<OpenTcpSocket> found;
    for (const OpenTcpSocket &s : openTcpSockets()) {
        if (s.peerPort == peerPort)
            found.append(s);
    }
    return found;
}

QTcpSocket *connectTo(const QTcpServer &server, QObject *parent)
{
    auto *socket = new QTcpSocket(parent);
    socket->connectToHost(QHostAddress::LocalHost, server.serverPort());
    REQUIRE(socket->waitForConnected(5000));
    return socket;
}
} // namespace

TEST_CASE("Nagle is turned off on the connections to the given port and only on those", "[sync][tcp]")
{
    QObject owner;
    QTcpServer target;
    QTcpServer other;
    REQUIRE(target.listen(QHostAddress::LocalHost));
    REQUIRE(other.listen(QHostAddress::LocalHost));
    QTcpSocket *toTarget = connectTo(target, &owner);
    QTcpSocket *toOther = connectTo(other, &owner);
    REQUIRE(toTarget->socketOption(QAbstractSocket::LowDelayOption).toInt() == 0);

    CHECK(disableNagleForPeerPort(target.serverPort()) == 1);
    CHECK(toTarget->socketOption(QAbstractSocket::LowDelayOption).toInt() == 1);
    CHECK(toOther->socketOption(QAbstractSocket::LowDelayOption).toInt() == 0);
    CHECK(disableNagleForPeerPort(target.serverPort()) == 0); // already off: nothing to change
    CHECK(disableNagleForPeerPort(1) == 0); // no connection to that port
}

TEST_CASE("HTTPS requests to the real server go out on connections without Nagle's delay", "[sync][tcp]")
{
    ServerProcess server;
    server.start();
    TlsSettings settings;
    settings.caFile = server.caFile();
    HttpsClient client(QUrl(server.baseUrl()), settings);
    REQUIRE(socketsTo(server.port()).isEmpty());

    HttpRequest push;
    push.method = "POST";
    push.path = u"/api/v1/sync/push"_s; // unauthenticated: answered 401, after the whole body was sent
    push.body = QByteArray(300 * 1024, 'x');
    HttpResult result;
    QEventLoop loop;
    client.send(push, [&](const HttpResult &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    INFO((result.error ? result.error->message.toStdString() : std::string()));
    REQUIRE(result.isOk());
    CHECK(result.status == 401);

    const QList<OpenTcpSocket> sockets = socketsTo(server.port());
    REQUIRE_FALSE(sockets.isEmpty()); // the connection is kept for the next request
    for (const OpenTcpSocket &s : sockets)
        CHECK(s.isNoDelay);
}
