#pragma once

#include <QString>
#include <QTemporaryDir>

/// A throwaway PostgreSQL 15 cluster for the benchmarks, made the way tests/server/with-postgres.sh makes one:
/// initdb into a temporary folder (trust authentication, user `sitesafe`), pg_ctl start on a free 127.0.0.1 port
/// with its unix socket in the same folder, one database `sitesafe`. As root (CI) the cluster runs as the
/// `postgres` user through runuser, since PostgreSQL refuses to run as root. stop() (or the destructor) stops it
/// with `-m immediate`; the folder goes with the object.
class PgCluster
{
public:
    /// `binDir`: where initdb, pg_ctl and createdb live.
    explicit PgCluster(QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin"));
    ~PgCluster();
    Q_DISABLE_COPY_MOVE(PgCluster)

    bool start();
    void stop();

    QString error() const { return m_error; }
    /// postgres://sitesafe@localhost:PORT/sitesafe?host=SOCKET_DIR (the unix socket, as docs/deploy.md suggests).
    QString url() const;
    quint16 port() const { return m_port; }

private:
    bool run(const QString &program, const QStringList &arguments);

    QString m_binDir;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_isStarted = false;
    QString m_error;
};
