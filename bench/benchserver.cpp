#include "benchserver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

quint16 benchFreeLocalPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

BenchServer::BenchServer(QString serverProgram) : m_program(std::move(serverProgram)) {}

BenchServer::~BenchServer()
{
    stop();
}

QString BenchServer::userName()
{
    return u"zhangwei"_s;
}

QString BenchServer::password()
{
    return u"correct horse battery staple"_s;
}

QString BenchServer::baseUrl() const
{
    return u"https://127.0.0.1:%1"_s.arg(m_port);
}

bool BenchServer::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_program, arguments);
    if (!p.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(m_program, p.errorString());
        return false;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = u"sitesafe-server %1 failed: %2"_s.arg(arguments.join(u' '), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool BenchServer::addUser(const QString &name, const QString &role, const QString &jurisdiction)
{
    QStringList arguments{u"user"_s, u"add"_s, u"--data-dir"_s, dataDir(), u"--name"_s, name, u"--role"_s, role,
                          u"--password-stdin"_s};
    if (!jurisdiction.isEmpty())
        arguments << u"--jurisdiction"_s << jurisdiction;
    return run(arguments, password().toUtf8() + '\n');
}

bool BenchServer::start(int seed, const QString &fieldDataFrom)
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    if (!run({u"dev-ca"_s, u"--out"_s, m_dir.filePath(u"tls"_s)}) || !run({u"init"_s, u"--data-dir"_s, dataDir()})
        || !addUser(userName(), u"inspector"_s, u"460100"_s))
        return false;
    QStringList seedArguments{u"seed-demo"_s, u"--data-dir"_s, dataDir(), u"--seed"_s, QString::number(seed)};
    if (!fieldDataFrom.isEmpty())
        seedArguments << u"--field-data-from"_s << fieldDataFrom;
    if (!run(seedArguments))
        return false;
    m_port = benchFreeLocalPort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(m_program, {u"serve"_s, u"--data-dir"_s, dataDir(), u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port),
                                u"--tls-cert"_s, tlsFile(u"server.pem"_s), u"--tls-key"_s, tlsFile(u"server.key"_s)});
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start the server: "_s + m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        if (m_process.state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    m_error = u"sitesafe-server did not start listening: "_s + QString::fromUtf8(m_process.readAll());
    return false;
}

void BenchServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
