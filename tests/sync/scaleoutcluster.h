#pragma once

#include <array>

#include <QProcess>
#include <QString>

#include "serverprocess.h"
#include "support/nginxproxy.h"

/// The province's deployment of docs/deploy.md in one test ([scaleout], sync-anchors §3): one PostgreSQL database,
/// two `sitesafe-server serve --behind-proxy` processes on the same data folder, each on its own 127.0.0.1 port,
/// and Debian's nginx ending TLS in front of both with packaging/nginx/sitesafe.conf (least_conn, max_fails,
/// proxy_next_upstream as shipped). Needs SITESAFE_TEST_PG_URL (tests/server/with-postgres.sh) and nginx; fails
/// the test, saying which, when either is missing.
class ScaleOutCluster
{
public:
    /// An initialised data folder on a new database of the cluster; nothing serves yet.
    ScaleOutCluster();
    ~ScaleOutCluster();

    /// The data folder, the database, the accounts (seed and add them before start()) and the test's reads.
    ServerProcess &server() { return m_server; }
    /// Both serving processes, then nginx. `devices`: how many clients share 127.0.0.1 (nginx's per-address
    /// sign-in limit is scaled by it).
    void start(int devices);
    /// https://127.0.0.1:PORT of nginx: what every device syncs with.
    QString baseUrl() const { return m_nginx.baseUrl(); }
    QString caFile() const { return m_server.caFile(); }
    QString nginxAccessLog() const;

    /// SIGKILL of serving process `index` (0 or 1): requests it holds are cut, nginx sends new ones to the other.
    void kill(int index);
    /// Serving process `index` again, on the port nginx knows it by.
    void restart(int index);
    bool isRunning(int index) const { return m_processes[size_t(index)].state() == QProcess::Running; }

private:
    void serve(int index);

    ServerProcess m_server;
    std::array<QProcess, 2> m_processes;
    std::array<quint16, 2> m_ports {};
    std::array<QMetaObject::Connection, 2> m_drains;
    NginxProxy m_nginx;
};
