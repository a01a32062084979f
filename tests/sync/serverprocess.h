#pragma once

#include <QProcess>
#include <QString>

#include "support/tempdir.h"

/// A real `sitesafe-server` process serving HTTPS on 127.0.0.1 with a development CA made by
/// `sitesafe-server dev-ca`, on SQLite, or on PostgreSQL when SITESAFE_TEST_PG_URL is set. Extra certificates (expired, other host names) are issued with the same CA by the
/// openssl command-line tool, so TLS failures are produced for real.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    /// Starts serving with the given certificate (default: the dev CA's server.pem for localhost/127.0.0.1) on a
    /// port the server picks (--listen 127.0.0.1:0); port() is the one it reports once it listens.
    void start(const QString &certFile = {}, const QString &keyFile = {}, const QStringList &extraArguments = {});
    /// Starts again on the same port with the same data (after stop() or kill()).
    void restart(const QStringList &extraArguments = {});
    void stop();
    /// SIGKILL: the server gets no chance to finish anything.
    void kill();
    /// From the next start on, the server SIGKILLs itself at `point` (src/server/failpoint.h); empty: never.
    void setFailpoint(const QString &point);
    /// From the next start on, the server runs in a mount namespace of its own (unshare -Urm) with a tmpfs of
    /// `bytes` over DATA_DIR/`folder`: a disk that really fills. The tmpfs lives as long as that server process.
    void setSmallDisk(const QString &folder, qint64 bytes);
    /// `path` (relative to DATA_DIR) as the running server sees it, through /proc/PID/root: inside its small disk.
    QString serverView(const QString &path) const;
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    /// Waits (bounded) for a server killing itself at a failpoint to be gone; true when it died by a signal.
    bool waitForCrash(int ms);
    /// Loads the demo reference data of `seed` (the same values `sitesafe-cli demo --seed` writes).
    void seedDemo(int seed = 1);
    /// Adds an account (password "correct horse battery staple", like zhangwei's) with `role` in `jurisdiction`
    /// (empty for province and admin).
    void addUser(const QString &name, const QString &role, const QString &jurisdiction);
    /// The server's SQLite file (fails the test when the server runs on PostgreSQL).
    QString databasePath() const;
    /// True when SITESAFE_TEST_PG_URL names a PostgreSQL cluster (tests/server/with-postgres.sh): then every
    /// ServerProcess gets a database of its own there instead of the SQLite file.
    bool isPostgres() const { return !m_databaseUrl.isEmpty(); }
    /// postgres://USER@HOST:PORT/DB of this server's database (empty on SQLite).
    QString databaseUrl() const { return m_databaseUrl; }

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString caFile() const { return m_dir.file(QStringLiteral("tls/ca.pem")); }
    QString tlsFile(const QString &name) const { return m_dir.file(QStringLiteral("tls/") + name); }
    QString dataDir() const { return m_dir.file(QStringLiteral("data")); }

    /// Issues a certificate for `hostNames` (DNS/IP SANs) signed by the dev CA; expired when `isExpired`.
    /// Returns {certFile, keyFile}.
    std::pair<QString, QString> issueCertificate(const QString &name, const QStringList &sans, bool isExpired);

    static int run(const QStringList &arguments, const QByteArray &input = {}, QString *output = nullptr);

private:
    TestDir m_dir;
    QProcess m_process;
    void launch(const QString &certFile, const QString &keyFile, const QStringList &extraArguments);

    quint16 m_port = 0;
    QString m_smallDiskFolder;
    qint64 m_smallDiskBytes = 0;
    QString m_databaseUrl;
    QString m_certFile;
    QString m_keyFile;
};

/// Waits (at most 30 s) until a `sitesafe-server serve` process says it listens, and returns the port it names;
/// fails the test with what the process printed when it does not. A non-zero `expectedPort` must be that port.
quint16 waitForListening(QProcess &process, quint16 expectedPort);
