#include "guardedserver.h"

#include "connectionguard.h"

namespace sitesafe {

GuardedTcpServer::GuardedTcpServer(ConnectionGuard *guard, QObject *parent) : QTcpServer(parent), m_guard(guard) {}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // see GuardedSslServer
        m_guard->watch(socket);
    }
    return socket;
}

GuardedSslServer::GuardedSslServer(ConnectionGuard *guard, QObject *parent)
    : QSslServer(parent)
    , m_guard(guard)
{
    // A connection that never finishes its TLS handshake never reaches the guard: close it after 5 s (stated here
    // rather than left to Qt's default).
    setHandshakeTimeout(5000);
}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket) {
        // QHttpServer writes an answer's headers and body separately: with Nagle on, the body waits for the ACK
        // the client's delayed ACK holds back (up to 40 ms a request on Linux).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_guard->watch(socket);
    }
    return socket;
}

} // namespace sitesafe
