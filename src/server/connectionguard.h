#pragma once

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
///     idleTimeoutMs.
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
    };

    explicit ConnectionGuard(Limits limits, QObject *parent = nullptr);

    void watch(QTcpSocket *socket);
    const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
};

} // namespace sitesafe
