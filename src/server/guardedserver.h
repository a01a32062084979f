#pragma once

#include <QSslServer>
#include <QTcpServer>

namespace sitesafe {

class ConnectionGuard;

/// A plain TCP listener (behind a TLS-terminating proxy) that hands each new socket to a ConnectionGuard
/// before QHttpServer sees it. QTcpServer::nextPendingConnection() is virtual and QHttpServer 6.4 takes its
/// sockets through it, so the guard's readyRead connection is always the first.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(ConnectionGuard *guard, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

private:
    ConnectionGuard *m_guard;
};

/// The TLS listener: QSslServer (new in Qt 6.4, the class QHttpServer::sslSetup() + listen() use internally)
/// with the same guard. Sockets arrive here after the TLS handshake.
class GuardedSslServer : public QSslServer
{
    Q_OBJECT

public:
    GuardedSslServer(ConnectionGuard *guard, QObject *parent = nullptr);
    QTcpSocket *nextPendingConnection() override;

private:
    ConnectionGuard *m_guard;
};

} // namespace sitesafe
