#include "referenceserver.h"

#include <QSqlError>
#include <QSqlQuery>

#include "backend.h"
#include "core/uuidv7.h"
#include "httpfrontend.h"
#include "serverapi.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

ReferenceServer::~ReferenceServer()
{
    m_frontend.reset(); // stops listening and waits for running handlers before the API goes
}

Status ReferenceServer::initialize(const ServerConfig &config, const Clock &clock)
{
    if (Status s = config.save(); !s)
        return s;
    auto backend = Backend::open(config, clock);
    if (!backend)
        return backend.error();
    if (Status s = backend.value()->migrate(); !s)
        return s;
    auto conn = backend.value()->connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    q.prepare(u"INSERT INTO server_meta (key, value) VALUES ('epoch', ?) ON CONFLICT (key) DO NOTHING"_s);
    q.addBindValue(UuidV7::generate());
    if (!q.exec())
        return Error{u"db.error"_s, q.lastError().text()};
    return {};
}

Result<QString> ReferenceServer::readEpoch(Backend &backend)
{
    auto conn = backend.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    if (!q.exec(u"SELECT value FROM server_meta WHERE key = 'epoch'"_s) || !q.next())
        return Error{u"server.not_initialized"_s,
                     u"The database has no epoch; run `sitesafe-server init` on this data folder."_s};
    return q.value(0).toString();
}

Result<std::unique_ptr<ReferenceServer>> ReferenceServer::open(const ServerConfig &config, ServerSettings settings,
                                                               const Clock &clock)
{
    auto backend = Backend::open(config, clock);
    if (!backend)
        return backend.error();
    if (Status s = backend.value()->migrate(); !s) // several processes on one PostgreSQL: idempotent
        return s.error();
    auto epoch = readEpoch(*backend.value());
    if (!epoch)
        return epoch.error();
    std::unique_ptr<ReferenceServer> server(new ReferenceServer);
    server->m_config = config;
    server->m_backend = std::move(backend).value();
    server->m_epoch = epoch.value();
    server->m_api = std::make_unique<ServerApi>(*server->m_backend, config, settings, server->m_epoch);
    ServerApi *api = server->m_api.get();
    const ConnectionGuard::Limits guardLimits {settings.limits.maxHeaderBytes, settings.limits.maxBodyBytes,
        settings.limits.requestTimeoutSeconds * 1000, settings.limits.requestTimeoutSeconds * 4000,
        settings.maxConnections};
    server->m_frontend = std::make_unique<HttpFrontend>(
        [api](RouteId route, const ServerRequest &request) { return api->handle(route, request); }, guardLimits,
        settings.workerThreads);
    return server;
}

Result<quint16> ReferenceServer::listen(const QHostAddress &address, quint16 port,
                                        const std::optional<QSslConfiguration> &tls)
{
    const quint16 bound = m_frontend->listen(address, port, tls);
    if (bound == 0)
        return Error{u"server.listen"_s, u"Cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(
                                             m_frontend->errorString())};
    return bound;
}

int ReferenceServer::heldPushes() const
{
    return m_api->heldPushes();
}

} // namespace sitesafe
