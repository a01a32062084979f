#include "guardedserver.h"

#include "connectionguard.h"

namespace sitesafe {

GuardedTcpServer::GuardedTcpServer(ConnectionGuard *guard, QObject *parent) : QTcpServer(parent), m_guard(guard) {}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket)
        m_guard->watch(socket);
    return socket;
}

GuardedSslServer::GuardedSslServer(ConnectionGuard *guard, QObject *parent) : QSslServer(parent), m_guard(guard) {}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket)
        m_guard->watch(socket);
    return socket;
}

} // namespace sitesafe
