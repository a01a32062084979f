#include "benchserver.h"

#include <QElapsedTimer>
#include <QFile>
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

BenchServer::BenchServer(QString serverProgram)
    : m_program(std::move(serverProgram))
{ }

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
    return (m_isBehindProxy ? u"http://127.0.0.1:%1"_s : u"https://127.0.0.1:%1"_s).arg(port());
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

bool BenchServer::start(int seed)
{
    return start(BenchServerOptions {}, seed);
}

bool BenchServer::addAccount(const BenchAccount &account)
{
    QStringList arguments {u"user"_s, u"add"_s, u"--data-dir"_s, dataDir(), u"--name"_s, account.name, u"--role"_s,
        account.role, u"--password-stdin"_s};
    if (!account.jurisdiction.isEmpty())
        arguments << u"--jurisdiction"_s << account.jurisdiction;
    return run(arguments, password().toUtf8() + '\n');
}

bool BenchServer::start(const BenchServerOptions &options, int seed)
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return false;
    }
    QStringList init {u"init"_s, u"--data-dir"_s, dataDir()};
    if (!options.databaseUrl.isEmpty())
        init << u"--db"_s << options.databaseUrl;
    QStringList seedDemo {u"seed-demo"_s, u"--data-dir"_s, dataDir(), u"--seed"_s, QString::number(seed)};
    if (!options.today.isEmpty())
        seedDemo << u"--today"_s << options.today;
    if (!options.fieldDataFrom.isEmpty())
        seedDemo << u"--field-data-from"_s << options.fieldDataFrom;
    if (!run({u"dev-ca"_s, u"--out"_s, m_dir.filePath(u"tls"_s)}) || !run(init)
        || !addAccount({userName(), u"inspector"_s, u"460100"_s}))
        return false;
    for (const BenchAccount &account : options.accounts) {
        if (!addAccount(account))
            return false;
    }
    if (!run(seedDemo))
        return false;
    m_isBehindProxy = options.isBehindProxy;
    for (int i = 0; i < qMax(1, options.processes); ++i) {
        if (!serve(options.isBehindProxy))
            return false;
    }
    return true;
}

bool BenchServer::serve(bool isBehindProxy)
{
    const quint16 port = benchFreeLocalPort();
    QStringList arguments {u"serve"_s, u"--data-dir"_s, dataDir(), u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)};
    if (isBehindProxy)
        arguments << u"--behind-proxy"_s;
    else
        arguments << u"--tls-cert"_s << tlsFile(u"server.pem"_s) << u"--tls-key"_s << tlsFile(u"server.key"_s);
    auto &process = *m_processes.emplace_back(std::make_unique<QProcess>());
    // Into a file, not a pipe nobody reads: a server that logs a lot under load must never block on its stderr.
    const QString log = logFile(int(m_processes.size()) - 1);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(log);
    process.start(m_program, arguments);
    if (!process.waitForStarted(10000)) {
        m_error = u"cannot start the server: "_s + process.errorString();
        return false;
    }
    if (!benchWaitForPort(port, process)) {
        QFile file(log);
        m_error = u"sitesafe-server did not start listening: "_s
            + (file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString());
        return false;
    }
    m_ports.append(port);
    return true;
}

QList<qint64> BenchServer::pids() const
{
    QList<qint64> pids;
    for (const auto &process : m_processes)
        pids.append(process->processId());
    return pids;
}

bool benchWaitForPort(quint16 port, const QProcess &process, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        if (process.state() != QProcess::Running)
            return false;
        QThread::msleep(50);
    }
    return false;
}

void BenchServer::stop()
{
    for (const auto &process : m_processes) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
}
