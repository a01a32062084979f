#pragma once

#include <memory>
#include <optional>

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include "core/error.h"
#include "serverconfig.h"
#include "serversettings.h"

namespace sitesafe {

class Backend;
class Clock;
class HttpFrontend;
class ServerApi;

/// One serving server: its database backend, the API handlers and the HTTP frontend, wired together. Used by
/// `sitesafe-server serve` and, in-process, by the tests. Lives on the thread that listens.
class ReferenceServer : public QObject
{
    Q_OBJECT

public:
    ~ReferenceServer() override;

    /// Creates or upgrades the database of a data folder and gives it an epoch (first time only).
    static Status initialize(const ServerConfig &config, const Clock &clock);
    /// Opens an initialized data folder. Every time the server uses comes from `clock`, which must outlive it.
    static Result<std::unique_ptr<ReferenceServer>> open(const ServerConfig &config, ServerSettings settings,
                                                         const Clock &clock);
    /// The epoch stored in the database (created by initialize()).
    static Result<QString> readEpoch(Backend &backend);

    /// Starts listening; the bound port (useful with port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls);
    Backend &backend() { return *m_backend; }
    const QString &epoch() const { return m_epoch; }
    const ServerConfig &config() const { return m_config; }
    /// Push batches waiting for their predecessor to commit now (tests).
    int heldPushes() const;

private:
    ReferenceServer() = default;

    ServerConfig m_config;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<ServerApi> m_api;
    std::unique_ptr<HttpFrontend> m_frontend;
    QString m_epoch;
};

} // namespace sitesafe
