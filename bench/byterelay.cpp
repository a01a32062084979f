#include "byterelay.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

ByteRelay::ByteRelay(quint16 targetPort) : m_target(targetPort) {}

ByteRelay::~ByteRelay()
{
    quit();
    wait();
}

bool ByteRelay::listen()
{
    start();
    m_listening.acquire();
    return m_port != 0;
}

void ByteRelay::run()
{
    QTcpServer server;
    if (server.listen(QHostAddress::LocalHost, 0))
        m_port = server.serverPort();
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *client = server.nextPendingConnection())
            relay(client);
    });
    m_listening.release();
    if (m_port != 0)
        exec();
}

void ByteRelay::relay(QTcpSocket *client)
{
    // The upstream socket is the client's child: both go when the client side is done.
    auto *upstream = new QTcpSocket(client);
    upstream->connectToHost(QHostAddress::LocalHost, m_target);
    if (!upstream->waitForConnected(5000)) {
        client->deleteLater();
        return;
    }
    const auto pump = [](QTcpSocket *from, QTcpSocket *to, std::atomic<qint64> &counter) {
        const QByteArray data = from->readAll();
        counter += data.size();
        to->write(data);
    };
    QObject::connect(client, &QTcpSocket::readyRead, upstream, [=, this] { pump(client, upstream, m_toServer); });
    QObject::connect(upstream, &QTcpSocket::readyRead, client, [=, this] { pump(upstream, client, m_fromServer); });
    QObject::connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    pump(client, upstream, m_toServer); // what arrived before the connections above were made
}
