#include "loadconfiguration.h"

#include <QFile>
#include <QFileInfo>

#include "cpucap.h"
#include "pgcluster.h"
#include "support/nginxproxy.h"

using namespace Qt::StringLiterals;

QStringList LoadConfiguration::names()
{
    return {u"sqlite"_s, u"postgres"_s, u"nginx1"_s, u"nginx2"_s, u"nginx1-capped"_s, u"nginx2-capped"_s};
}

LoadConfiguration::LoadConfiguration(QString name, Programs programs)
    : m_name(std::move(name))
    , m_programs(std::move(programs))
{ }

LoadConfiguration::~LoadConfiguration()
{
    stop();
}

QString LoadConfiguration::label() const
{
    if (m_name == u"sqlite")
        return u"SQLite, 1 process, TLS by the server"_s;
    if (m_name == u"postgres")
        return u"PostgreSQL, 1 process, TLS by the server"_s;
    QString label
        = u"nginx (TLS) + %1 process%2 on one PostgreSQL"_s.arg(processes()).arg(processes() > 1 ? u"es"_s : u""_s);
    if (isCapped())
        label += u", each process capped at %1 CPU"_s.arg(m_cpuCap);
    return label;
}

QString LoadConfiguration::baseUrl() const
{
    if (m_nginx)
        return m_nginx->baseUrl();
    return m_server ? m_server->baseUrl() : QString();
}

bool LoadConfiguration::start(BenchServerOptions options, int devices)
{
    if (isPostgres()) {
        m_postgres = std::make_unique<PgCluster>(m_programs.postgresBin);
        if (!m_postgres->start()) {
            m_error = u"PostgreSQL: "_s + m_postgres->error();
            return false;
        }
        options.databaseUrl = m_postgres->url();
    }
    options.processes = processes();
    options.isBehindProxy = isBehindNginx();
    m_server = std::make_unique<BenchServer>(m_programs.server);
    if (!m_server->start(options)) {
        m_error = m_server->error();
        return false;
    }
    if (!isBehindNginx())
        return true;
    m_nginx = std::make_unique<NginxProxy>();
    NginxProxy::Options proxy;
    proxy.program = m_programs.nginx;
    proxy.templateFile = m_programs.nginxTemplate;
    proxy.certFile = m_server->tlsFile(u"server.pem"_s);
    proxy.keyFile = m_server->tlsFile(u"server.key"_s);
    proxy.upstreamPorts = m_server->ports();
    proxy.clientsPerAddress = devices;
    if (!m_nginx->start(proxy)) {
        m_error = m_nginx->error();
        return false;
    }
    return true;
}

bool LoadConfiguration::capServers()
{
    if (!isCapped() || !m_server || m_cap)
        return true;
    m_cap = std::make_unique<CpuCap>();
    for (qint64 pid : m_server->pids()) {
        if (!m_cap->place(pid, m_cpuCap)) {
            m_error = u"capping the server's CPU: "_s + m_cap->error();
            return false;
        }
    }
    return true;
}

QString LoadConfiguration::nginxConfig() const
{
    if (!m_nginx)
        return {};
    QString text;
    const QString snippet = QFileInfo(m_nginx->configFile()).path() + u"/sitesafe-proxy.conf"_s;
    for (const QString &path : {m_nginx->configFile(), snippet}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            text += u"# "_s + QFileInfo(path).fileName() + u'\n' + QString::fromUtf8(file.readAll());
    }
    return text;
}

void LoadConfiguration::stop()
{
    if (m_nginx)
        m_nginx->stop();
    if (m_server)
        m_server->stop();
    if (m_postgres)
        m_postgres->stop();
    m_cap.reset(); // the groups go once their processes have
}
