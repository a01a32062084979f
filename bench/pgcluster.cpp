#include "pgcluster.h"

#include <unistd.h>

#include <QFileInfo>
#include <QProcess>

#include "benchserver.h"

using namespace Qt::StringLiterals;

namespace {
bool isRoot()
{
    return ::geteuid() == 0;
}
} // namespace

PgCluster::PgCluster(QString binDir)
    : m_binDir(std::move(binDir))
    , m_dir(u"/tmp/sitesafe-loadpg-XXXXXX"_s)
{ }

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::url() const
{
    return u"postgres://sitesafe@localhost:%1/sitesafe?host=%2"_s.arg(m_port).arg(m_dir.path());
}

bool PgCluster::run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (isRoot())
        p.start(u"runuser"_s, QStringList {u"-u"_s, u"postgres"_s, u"--"_s, m_binDir + u'/' + program} + arguments);
    else
        p.start(m_binDir + u'/' + program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = u"%1 failed: %2 %3"_s.arg(program, p.errorString(), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

bool PgCluster::start()
{
    if (!QFileInfo(m_binDir + u"/initdb"_s).isExecutable()) {
        m_error = m_binDir + u"/initdb not found; install the postgresql package (scripts/install-deps.sh)"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder for PostgreSQL"_s;
        return false;
    }
    if (isRoot() && QProcess::execute(u"chown"_s, {u"postgres:"_s, m_dir.path()}) != 0) {
        m_error = u"cannot give %1 to the postgres user"_s.arg(m_dir.path());
        return false;
    }
    const QString data = m_dir.filePath(u"data"_s);
    if (!run(u"initdb"_s,
            {u"-D"_s, data, u"-U"_s, u"sitesafe"_s, u"--auth=trust"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s}))
        return false;
    // A free port can be taken between the probe and pg_ctl; try a few (bounded).
    for (int attempt = 0; attempt < 5 && !m_isStarted; ++attempt) {
        m_port = benchFreeLocalPort();
        m_isStarted = run(u"pg_ctl"_s,
            {u"-D"_s, data, u"-l"_s, m_dir.filePath(u"postgres.log"_s), u"-w"_s, u"-t"_s, u"30"_s, u"-o"_s,
                u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=200"_s.arg(m_port).arg(m_dir.path()),
                u"start"_s});
    }
    if (!m_isStarted)
        return false;
    return run(u"createdb"_s,
        {u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_port), u"-U"_s, u"sitesafe"_s, u"sitesafe"_s});
}

void PgCluster::stop()
{
    if (!m_isStarted)
        return;
    m_isStarted = false;
    run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
}
