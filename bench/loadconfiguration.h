#pragma once

#include <memory>

#include <QList>
#include <QString>

#include "benchserver.h"
#include "loadrun.h"

class CpuCap;
class NginxProxy;
class PgCluster;

/// One server configuration of load_bench and what it takes to stand it up on 127.0.0.1: `sqlite` (one process
/// serving HTTPS itself), `postgres` (the same on a throwaway PostgreSQL cluster), `nginx1` and `nginx2` (one or two
/// processes with --behind-proxy on one PostgreSQL, Debian's nginx terminating TLS with packaging/nginx/sitesafe.conf,
/// the deployment of docs/deploy.md). `nginx1-capped` and `nginx2-capped` are nginx1 and nginx2 with each server
/// process capped at cpuCap() CPUs (CpuCap): on a machine of few cores they show what a second process adds when
/// each has CPU of its own. stop() (or the destructor) ends every process it started.
class LoadConfiguration
{
public:
    struct Programs {
        QString server;
        QString nginx;
        QString nginxTemplate;
        QString postgresBin;
    };

    /// sqlite, postgres, nginx1, nginx2, nginx1-capped, nginx2-capped: the order of a full run.
    static QStringList names();

    LoadConfiguration(QString name, Programs programs);
    ~LoadConfiguration();
    Q_DISABLE_COPY_MOVE(LoadConfiguration)

    QString name() const { return m_name; }
    /// "SQLite", "PostgreSQL", "nginx + 1 process (PostgreSQL)", …
    QString label() const;
    int processes() const { return m_name.startsWith(u"nginx2") ? 2 : 1; }
    bool isCapped() const { return m_name.endsWith(u"-capped"); }
    /// CPUs each server process of a capped configuration may use; set before the run.
    void setCpuCap(double cpus) { m_cpuCap = cpus; }
    double cpuCap() const { return m_cpuCap; }
    /// Caps the server processes of a capped configuration (after the devices signed in); false with error().
    bool capServers();
    bool isPostgres() const { return m_name != u"sqlite"; }
    bool isBehindNginx() const { return m_name.startsWith(u"nginx"); }

    /// Starts everything with `options` (accounts, seed day) for `devices` devices; false with error() on failure.
    bool start(BenchServerOptions options, int devices);
    void stop();
    QString error() const { return m_error; }
    QString baseUrl() const;
    QString caFile() const { return m_server ? m_server->caFile() : QString(); }
    /// The generated nginx.conf and proxy snippet as they ran (empty without nginx).
    QString nginxConfig() const;
    QList<qint64> serverPids() const { return m_server ? m_server->pids() : QList<qint64>(); }

private:
    QString m_name;
    Programs m_programs;
    std::unique_ptr<PgCluster> m_postgres;
    std::unique_ptr<BenchServer> m_server;
    std::unique_ptr<NginxProxy> m_nginx;
    std::unique_ptr<CpuCap> m_cap;
    double m_cpuCap = 0.2;
    QString m_error;
};
