#include "nginxproxy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
/// A free TCP port on 127.0.0.1 (bound and released); 0 when none could be bound. nginx takes its port from the
/// configuration file, so it cannot pick one itself and say which.
quint16 freeLocalPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

/// Waits (at most 15 s) until something accepts connections on 127.0.0.1:`port` while `process` runs.
bool waitForPort(quint16 port, const QProcess &process)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
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

/// Replaces every match of `pattern` in `text` through `replace`; false when nothing matched.
bool substitute(
    QString &text, const QString &pattern, const std::function<QString(const QRegularExpressionMatch &)> &replace)
{
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    QString out;
    qsizetype last = 0;
    bool found = false;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last) + replace(m);
        last = m.capturedEnd();
        found = true;
    }
    text = out + QStringView(text).mid(last);
    return found;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}
} // namespace

NginxProxy::NginxProxy()
    : m_dir(u"/tmp/sitesafe-nginx-XXXXXX"_s)
{ }

NginxProxy::~NginxProxy()
{
    stop();
}

QString NginxProxy::baseUrl() const
{
    return u"https://127.0.0.1:%1"_s.arg(m_port);
}

QString NginxProxy::rewrite(
    const QString &templateText, const Options &options, quint16 port, const QString &prefix, QString *error)
{
    // The proxy snippet: the comment block after "# /etc/nginx/sitesafe-proxy.conf", one "#   directive" a line.
    const qsizetype snippetAt = templateText.indexOf(u"# /etc/nginx/sitesafe-proxy.conf"_s);
    QString snippet;
    for (const QString &line : QStringView(templateText).mid(qMax<qsizetype>(0, snippetAt)).toString().split(u'\n')) {
        if (line.startsWith(u"#   "_s))
            snippet += line.mid(4) + u'\n';
    }
    QString text = templateText.left(snippetAt);
    QString servers;
    for (quint16 upstream : options.upstreamPorts)
        servers += u"    server 127.0.0.1:%1 max_fails=3 fail_timeout=10s;\n"_s.arg(upstream);
    bool servered = false;
    const int scale = qMax(1, options.clientsPerAddress);
    const QList<std::pair<QString, std::function<QString(const QRegularExpressionMatch &)>>> rules {
        {u"^    server 127\\.0\\.0\\.1:\\d+ [^\\n]*\\n"_s,
            [&](const QRegularExpressionMatch &) { return std::exchange(servered, true) ? QString() : servers; }},
        {u"^    listen 443 ssl;"_s, [&](auto &) { return u"    listen 127.0.0.1:%1 ssl;"_s.arg(port); }},
        {u"^    listen \\[::\\]:443 ssl;\\n"_s, [](auto &) { return QString(); }},
        {u"ssl_certificate +\\S+;"_s, [&](auto &) { return u"ssl_certificate %1;"_s.arg(options.certFile); }},
        {u"ssl_certificate_key +\\S+;"_s, [&](auto &) { return u"ssl_certificate_key %1;"_s.arg(options.keyFile); }},
        {u"access_log +\\S+;"_s, [&](auto &) { return u"access_log %1/access.log;"_s.arg(prefix); }},
        {u"include /etc/nginx/sitesafe-proxy\\.conf;"_s,
            [&](auto &) { return u"include %1/sitesafe-proxy.conf;"_s.arg(prefix); }},
        // The API's per-address rate limit is off: it is meant for one device an address at a sync every few
        // minutes, and here every device shares 127.0.0.1 and loops without a pause.
        {u"^ *limit_req zone=sitesafe_api [^\\n]*\\n"_s,
            [](auto &) {
                return u"        # test proxy: limit_req zone=sitesafe_api removed (all devices on 127.0.0.1)\n"_s;
            }},
        // The sign-in limit stays, scaled to the devices that share the address (each signs in once).
        {u"rate=(\\d+)r/m;"_s,
            [&](const QRegularExpressionMatch &m) { return u"rate=%1r/m;"_s.arg(m.captured(1).toInt() * scale); }},
        {u"burst=(\\d+)"_s,
            [&](const QRegularExpressionMatch &m) { return u"burst=%1"_s.arg(m.captured(1).toInt() * scale); }},
    };
    for (const auto &[pattern, replace] : rules) {
        if (!substitute(text, pattern, replace)) {
            *error = u"the nginx template has no line matching /%1/"_s.arg(pattern);
            return {};
        }
    }
    if (snippet.isEmpty() || !writeFile(prefix + u"/sitesafe-proxy.conf"_s, snippet)) {
        *error = u"cannot write the proxy snippet of the nginx template"_s;
        return {};
    }
    return text;
}

bool NginxProxy::start(const Options &options)
{
    QFile templateFile(options.templateFile);
    if (!QFileInfo(options.program).isExecutable()) {
        m_error = options.program + u" not found: run scripts/install-deps.sh (Debian's nginx)"_s;
        return false;
    }
    if (!m_dir.isValid() || !templateFile.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read %1 or make a temporary folder"_s.arg(options.templateFile);
        return false;
    }
    // Workers run as an unprivileged user when nginx starts as root: they must reach the temp folders.
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther);
    m_port = freeLocalPort();
    const QString prefix = m_dir.path();
    const QString server = rewrite(QString::fromUtf8(templateFile.readAll()), options, m_port, prefix, &m_error);
    if (server.isEmpty())
        return false;
    QString temp;
    for (const char *kind : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        temp += u"    %1_temp_path %2/%1_temp;\n"_s.arg(QString::fromLatin1(kind), prefix);
    const QString main = u"worker_processes auto;\nerror_log %1/error.log warn;\nevents { worker_connections 1024; }\n"
                         "http {\n%2\n%3}\n"_s.arg(prefix, temp, server);
    if (!writeFile(configFile(), main)) {
        m_error = u"cannot write "_s + configFile();
        return false;
    }
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(u"nginx.out"_s));
    m_process.start(options.program,
        {u"-e"_s, prefix + u"/error.log"_s, u"-c"_s, configFile(), u"-p"_s, prefix + u'/', u"-g"_s,
            u"daemon off; pid %1/nginx.pid;"_s.arg(prefix)});
    if (!m_process.waitForStarted(10000) || !waitForPort(m_port, m_process)) {
        QFile log(prefix + u"/error.log"_s);
        m_error = u"nginx did not start: "_s
            + (log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString());
        return false;
    }
    return true;
}

void NginxProxy::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
