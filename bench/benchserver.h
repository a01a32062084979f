#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

/// A real `sitesafe-server` serving HTTPS on 127.0.0.1 for the benchmarks, set up the way tests/sync/serverprocess
/// does it (dev-ca, init, user add, seed-demo, serve with the dev CA's server.pem) but without Catch2: every step
/// reports failure through ok() / error().
class BenchServer
{
public:
    /// `serverProgram`: path of the sitesafe-server executable.
    explicit BenchServer(QString serverProgram);
    ~BenchServer();

    /// dev-ca, init, user add (zhangwei, inspector of 460100), seed-demo --seed `seed` (with the field data of the
    /// demo client folder `fieldDataFrom` when given), then serve. False on failure.
    bool start(int seed = 1, const QString &fieldDataFrom = {});
    /// Adds an account with password() (`jurisdiction` empty for the province role). Before or after start().
    bool addUser(const QString &name, const QString &role, const QString &jurisdiction);
    void stop();

    QString error() const { return m_error; }
    QString baseUrl() const;
    quint16 port() const { return m_port; }
    QString caFile() const { return m_dir.filePath(QStringLiteral("tls/ca.pem")); }
    QString tlsFile(const QString &name) const { return m_dir.filePath(QStringLiteral("tls/") + name); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("data/server.db")); }
    qint64 pid() const { return m_process.processId(); }

    static QString userName();
    static QString password();

private:
    bool run(const QStringList &arguments, const QByteArray &input = {});

    QString m_program;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

/// A free TCP port on 127.0.0.1 (bound and released); 0 when none could be bound.
quint16 benchFreeLocalPort();
