#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>

#include "connectionguard.h"
#include "httpresponse.h"
#include "routetable.h"
#include "serverrequest.h"

class QHttpServer;
class QTcpServer;

namespace sitesafe {

/// The only class that touches QHttpServer (Qt 6.4 API). It registers every RouteTable route, copies each
/// request into a ServerRequest, runs the handler on its worker pool (DB work never runs on the listening
/// thread; handlers return QFuture<QHttpServerResponse> to QHttpServer) and converts the HttpResponse back.
/// Moving to a newer Qt changes this file only.
class HttpFrontend : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(RouteId, const ServerRequest &)>;

    HttpFrontend(Handler handler, ConnectionGuard::Limits limits, int workerThreads, QObject *parent = nullptr);
    ~HttpFrontend() override;

    /// Listens on address:port (0 = any free port); TLS when a configuration is given. The bound port, or 0.
    quint16 listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);
    QString errorString() const { return m_error; }
    /// Waits for handlers still running (shutdown, tests).
    void waitForWorkers();

private:
    void registerRoutes();

    Handler m_handler;
    std::unique_ptr<QHttpServer> m_server;
    ConnectionGuard *m_guard;
    QThreadPool m_pool;
    QString m_error;
};

} // namespace sitesafe
