#pragma once

#include <memory>

#include <QObject>

class QTcpSocket;

namespace sitesafe {

/// Enforces request limits on raw connections before QHttpServer 6.4 parses them: that version has no
/// QHttpServerConfiguration (body, header and URL limits arrived in 6.11) and buffers whole bodies. The guard
/// sees every byte first (its readyRead slot is connected before QHttpServer's), and answers with a JSON error
/// and closes the connection when
///   - the header block grows past maxHeaderBytes (431),
///   - Content-Length is above maxBodyBytes (413, before the body is even sent),
///   - the body is chunked (411: we need a length up front) or Content-Length is unreadable (400),
///   - a request does not arrive completely within requestTimeoutMs (408), or a connection idles for
///     idleTimeoutMs,
///   - maxConnections are open already (503 at once: slow clients holding many connections cannot take the
///     server's memory or starve others for longer than the request deadline).
/// After refusing a request whose body is on its way, it reads and drops the body (at most 64 MiB) while bytes keep
/// coming, lingerMs at most between two reads and one minute in all, so a client on a slow link reads the answer
/// instead of a reset.
/// Must be given each socket before QHttpServer connects to it (see GuardedTcpServer / GuardedSslServer).
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    struct Limits {
        int maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 2LL * 1024 * 1024;
        int requestTimeoutMs = 30000;
        int idleTimeoutMs = 120000;
        int maxConnections = 1000;
        int lingerMs = 5000;
    };

    explicit ConnectionGuard(Limits limits, QObject *parent = nullptr);

    void watch(QTcpSocket *socket);
    const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
    std::shared_ptr<int> m_open = std::make_shared<int>(0); ///< connections being watched (each one decrements it)
};

} // namespace sitesafe
