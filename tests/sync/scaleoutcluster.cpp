#include "scaleoutcluster.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

ScaleOutCluster::ScaleOutCluster()
{
    INFO("the [scaleout] test runs on PostgreSQL: run it through tests/server/with-postgres.sh");
    REQUIRE(m_server.isPostgres());
}

void ScaleOutCluster::start(int devices)
{
    for (int i = 0; i < 2; ++i)
        serve(i);
    NginxProxy::Options options;
    options.templateFile = QStringLiteral(SITESAFE_SOURCE_DIR "/packaging/nginx/sitesafe.conf");
    options.certFile = m_server.tlsFile(u"server.pem"_s);
    options.keyFile = m_server.tlsFile(u"server.key"_s);
    options.upstreamPorts = {m_ports[0], m_ports[1]};
    options.clientsPerAddress = devices;
    const bool isStarted = m_nginx.start(options);
    INFO(m_nginx.error().toStdString());
    REQUIRE(isStarted);
}

ScaleOutCluster::~ScaleOutCluster()
{
    m_nginx.stop();
    for (QProcess &process : m_processes) {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(5000);
    }
}

QString ScaleOutCluster::nginxAccessLog() const
{
    return QFileInfo(m_nginx.configFile()).dir().filePath(u"access.log"_s);
}

void ScaleOutCluster::serve(int index)
{
    QProcess &process = m_processes[size_t(index)];
    QObject::disconnect(m_drains[size_t(index)]); // waitForListening reads the first lines itself
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(SITESAFE_SERVER),
        {u"serve"_s, u"--data-dir"_s, m_server.dataDir(), u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_ports[size_t(index)]),
            u"--behind-proxy"_s});
    REQUIRE(process.waitForStarted(10000));
    m_ports[size_t(index)] = waitForListening(process, m_ports[size_t(index)]);
    // From then on whatever it prints is read and dropped, so it never blocks on a full pipe under load.
    m_drains[size_t(index)]
        = QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&process] { process.readAll(); });
}

void ScaleOutCluster::kill(int index)
{
    QProcess &process = m_processes[size_t(index)];
    REQUIRE(process.state() == QProcess::Running);
    process.kill();
    REQUIRE(process.waitForFinished(5000));
}

void ScaleOutCluster::restart(int index)
{
    REQUIRE_FALSE(isRunning(index));
    serve(index);
}
