#pragma once

#include <memory>
#include <vector>

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

/// An account that BenchServer::start() adds besides zhangwei (password: BenchServer::password()).
struct BenchAccount {
    QString name;
    QString role; ///< inspector, supervisor, province or admin
    QString jurisdiction; ///< 市县 code; empty for province and admin
};

/// How BenchServer::start() sets the server up. The defaults are sync_bench's: one process on SQLite serving HTTPS.
struct BenchServerOptions {
    QString databaseUrl; ///< postgres://…; empty: SQLite in the data folder
    int processes = 1; ///< serving processes on one data folder (and one database)
    bool isBehindProxy = false; ///< plain HTTP on 127.0.0.1 (--behind-proxy); TLS is the proxy's
    QString today; ///< seed-demo --today YYYY-MM-DD; empty: the server's today
    QString fieldDataFrom; ///< seed-demo --field-data-from: a demo client folder whose field data the server takes
    QList<BenchAccount> accounts;
};

/// Real `sitesafe-server` processes on 127.0.0.1 for the benchmarks, set up the way tests/sync/serverprocess
/// does it (dev-ca, init, user add, seed-demo, serve with the dev CA's server.pem) but without Catch2: every step
/// reports failure through ok() / error(). Several processes share one data folder and database, as docs/deploy.md
/// runs them behind nginx.
class BenchServer
{
public:
    /// `serverProgram`: path of the sitesafe-server executable.
    explicit BenchServer(QString serverProgram);
    ~BenchServer();

    /// dev-ca, init, user add (zhangwei, inspector of 460100, and options.accounts), seed-demo --seed `seed` (with
    /// the field data of the demo client folder options.fieldDataFrom when given), then serve. False on failure.
    bool start(int seed = 1);
    bool start(const BenchServerOptions &options, int seed = 1);
    void stop();

    QString error() const { return m_error; }
    /// The first process's URL (https, or http behind a proxy).
    QString baseUrl() const;
    quint16 port() const { return m_ports.value(0); }
    QList<quint16> ports() const { return m_ports; }
    QString caFile() const { return m_dir.filePath(QStringLiteral("tls/ca.pem")); }
    QString tlsFile(const QString &name) const { return m_dir.filePath(QStringLiteral("tls/") + name); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("data/server.db")); }
    qint64 pid() const { return m_processes.empty() ? 0 : m_processes.front()->processId(); }
    QList<qint64> pids() const;
    /// What serving process `index` wrote on stdout and stderr.
    QString logFile(int index) const { return m_dir.filePath(QStringLiteral("serve-%1.log").arg(index)); }

    static QString userName();
    static QString password();

private:
    bool run(const QStringList &arguments, const QByteArray &input = {});
    bool addAccount(const BenchAccount &account);
    bool serve(bool isBehindProxy);

    QString m_program;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    QList<quint16> m_ports;
    bool m_isBehindProxy = false;
    QString m_error;
};

/// A free TCP port on 127.0.0.1 (bound and released); 0 when none could be bound.
quint16 benchFreeLocalPort();

/// Waits until something accepts connections on 127.0.0.1:`port` while `process` runs (at most `timeoutMs`).
bool benchWaitForPort(quint16 port, const QProcess &process, int timeoutMs = 15000);
