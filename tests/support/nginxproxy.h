#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

/// Debian's nginx as a child process (never the system service) terminating TLS on 127.0.0.1 in front of
/// sitesafe-server processes serving plain HTTP (--behind-proxy), with the configuration of
/// packaging/nginx/sitesafe.conf: its upstream, listen, certificate and log lines are rewritten for the temporary
/// prefix, and its proxy snippet (the comment block at its end) becomes a real include. Used by load_bench and by
/// the [scaleout] test. Every simulated device comes from 127.0.0.1, so the per-address limits change: the sign-in
/// limit is multiplied by `clientsPerAddress` (each device signs in once) and the API's limit_req (20 r/s an address)
/// is removed, since devices loop without a pause. Everything else (TLS settings, body and header limits, timeouts,
/// keepalive, the sign-in zone) is used as shipped.
class NginxProxy
{
public:
    struct Options {
        QString program = QStringLiteral("/usr/sbin/nginx");
        QString templateFile; ///< packaging/nginx/sitesafe.conf
        QString certFile;
        QString keyFile;
        QList<quint16> upstreamPorts;
        int clientsPerAddress = 1;
    };

    NginxProxy();
    ~NginxProxy();
    Q_DISABLE_COPY_MOVE(NginxProxy)

    bool start(const Options &options);
    void stop();

    QString error() const { return m_error; }
    QString baseUrl() const;
    qint64 pid() const { return m_process.processId(); }
    /// The generated configuration (sitesafe.conf as rewritten, inside an http block of a main file).
    QString configFile() const { return m_dir.filePath(QStringLiteral("nginx.conf")); }

    /// The http-block text of `templateText` for `options` and a listening `port`; empty with `error` set when a
    /// line the rewrite needs is missing from the template (so a changed template is noticed, not half-applied).
    static QString rewrite(
        const QString &templateText, const Options &options, quint16 port, const QString &prefix, QString *error);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
