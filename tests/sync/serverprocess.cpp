#include "serverprocess.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

quint16 waitForListening(QProcess &process, quint16 expectedPort)
{
    // Ready when it prints the address it listens on: "sitesafe-server listening on https://127.0.0.1:N (…)",
    // written after the socket is bound, so a connection made afterwards is accepted.
    static const QRegularExpression listening(uR"(^sitesafe-server listening on https?://127\.0\.0\.1:(\d+) )"_s);
    QByteArray output;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            output += line;
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                const quint16 bound = quint16(match.captured(1).toUInt());
                REQUIRE(bound != 0);
                if (expectedPort != 0)
                    REQUIRE(bound == expectedPort); // a restart keeps the address the clients were given
                return bound;
            }
        }
        if (process.state() != QProcess::Running)
            break;
        process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    output += process.readAll();
    FAIL("sitesafe-server did not say it was listening: " << output.toStdString());
    return 0;
}

int ServerProcess::run(const QStringList &arguments, const QByteArray &input, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(SITESAFE_SERVER), arguments);
    REQUIRE(p.waitForStarted(10000));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    // Generous: seed-demo writes thousands of rows, on PostgreSQL one statement at a time, on a shared machine.
    const bool isFinished = p.waitForFinished(300000);
    INFO("sitesafe-server " << arguments.join(u' ').toStdString() << ": " << p.readAll().toStdString());
    REQUIRE(isFinished);
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitCode();
}

namespace {
/// A new empty database in the cluster of SITESAFE_TEST_PG_URL; returns its URL.
QString createPostgresDatabase(const QString &clusterUrl)
{
    static int s_created = 0;
    const QUrl url(clusterUrl);
    const QString name = u"sitesafe_sync_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++s_created);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"server-process-admin"_s);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        const bool isOpen = admin.open();
        INFO("PostgreSQL at " << clusterUrl.toStdString() << ": " << admin.lastError().text().toStdString());
        REQUIRE(isOpen);
        QSqlQuery q(admin);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(u"CREATE DATABASE "_s + name));
    }
    QSqlDatabase::removeDatabase(u"server-process-admin"_s);
    QUrl database = url;
    database.setPath(u"/"_s + name);
    return database.toString();
}
} // namespace

ServerProcess::ServerProcess()
{
    QString out;
    INFO(out.toStdString());
    REQUIRE(run({u"dev-ca"_s, u"--out"_s, m_dir.file(u"tls"_s)}, {}, &out) == 0);
    QStringList init{u"init"_s, u"--data-dir"_s, dataDir()};
    if (const QString cluster = qEnvironmentVariable("SITESAFE_TEST_PG_URL"); !cluster.isEmpty()) {
        m_databaseUrl = createPostgresDatabase(cluster);
        init << u"--db"_s << m_databaseUrl;
    }
    REQUIRE(run(init, {}, &out) == 0);
    REQUIRE(run({u"user"_s, u"add"_s, u"--data-dir"_s, dataDir(), u"--name"_s, u"zhangwei"_s, u"--role"_s,
                 u"inspector"_s, u"--jurisdiction"_s, u"460100"_s, u"--password-stdin"_s},
                "correct horse battery staple\n", &out)
            == 0);
}

void ServerProcess::addUser(const QString &name, const QString &role, const QString &jurisdiction)
{
    QStringList arguments{u"user"_s, u"add"_s, u"--data-dir"_s, dataDir(), u"--name"_s, name, u"--role"_s, role};
    if (!jurisdiction.isEmpty())
        arguments << u"--jurisdiction"_s << jurisdiction;
    QString out;
    const int code = run(arguments << u"--password-stdin"_s, "correct horse battery staple\n", &out);
    INFO(out.toStdString());
    REQUIRE(code == 0);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::databasePath() const
{
    INFO("this test reads the server's SQLite file; it cannot run with SITESAFE_TEST_PG_URL set");
    REQUIRE_FALSE(isPostgres());
    return m_dir.file(u"data/server.db"_s);
}

QString ServerProcess::baseUrl() const
{
    return u"https://127.0.0.1:%1"_s.arg(m_port);
}

void ServerProcess::start(const QString &certFile, const QString &keyFile, const QStringList &extraArguments)
{
    stop();
    m_port = 0; // the server picks a free port and says which (no bind-and-release race with other tests)
    m_certFile = certFile.isEmpty() ? tlsFile(u"server.pem"_s) : certFile;
    m_keyFile = keyFile.isEmpty() ? tlsFile(u"server.key"_s) : keyFile;
    launch(m_certFile, m_keyFile, extraArguments);
}

void ServerProcess::restart(const QStringList &extraArguments)
{
    stop();
    launch(m_certFile, m_keyFile, extraArguments);
}

void ServerProcess::launch(const QString &certFile, const QString &keyFile, const QStringList &extraArguments)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments {u"serve"_s, u"--data-dir"_s, dataDir(), u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port),
        u"--tls-cert"_s, certFile, u"--tls-key"_s, keyFile};
    arguments += extraArguments;
    if (m_smallDiskBytes > 0) {
        // util-linux's unshare execs sh in the same process, and sh execs the server: processId() is the server's.
        const QString folder = QDir(dataDir()).filePath(m_smallDiskFolder);
        REQUIRE(QDir().mkpath(folder));
        arguments = QStringList {u"-Urm"_s, u"--"_s, u"sh"_s, u"-c"_s,
                        u"mount -t tmpfs -o size=\"$1\" sitesafe-test \"$2\" && shift 2 && exec \"$@\""_s, u"sh"_s,
                        QString::number(m_smallDiskBytes), folder, QStringLiteral(SITESAFE_SERVER)}
            + arguments;
        m_process.start(u"unshare"_s, arguments);
    } else {
        m_process.start(QStringLiteral(SITESAFE_SERVER), arguments);
    }
    INFO("cannot start the server" << (m_smallDiskBytes > 0 ? " under unshare (util-linux)" : ""));
    REQUIRE(m_process.waitForStarted(10000));
    m_port = waitForListening(m_process, m_port);
}

void ServerProcess::setFailpoint(const QString &point)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (point.isEmpty())
        environment.remove(u"SITESAFE_FAILPOINT"_s);
    else
        environment.insert(u"SITESAFE_FAILPOINT"_s, point);
    m_process.setProcessEnvironment(environment);
}

void ServerProcess::setSmallDisk(const QString &folder, qint64 bytes)
{
    m_smallDiskFolder = folder;
    m_smallDiskBytes = bytes;
}

QString ServerProcess::serverView(const QString &path) const
{
    REQUIRE(m_process.state() == QProcess::Running);
    return u"/proc/%1/root"_s.arg(m_process.processId()) + QDir(dataDir()).filePath(path);
}

bool ServerProcess::waitForCrash(int ms)
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.waitForFinished(ms);
    return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::CrashExit;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill(); // SIGKILL
    m_process.waitForFinished(5000);
}

void ServerProcess::seedDemo(int seed)
{
    QString out;
    const int code = run({u"seed-demo"_s, u"--data-dir"_s, dataDir(), u"--seed"_s, QString::number(seed)}, {}, &out);
    INFO(out.toStdString());
    REQUIRE(code == 0);
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

std::pair<QString, QString> ServerProcess::issueCertificate(const QString &name, const QStringList &sans, bool isExpired)
{
    const QString dir = m_dir.file(u"tls"_s);
    const auto openssl = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"openssl"_s, args);
        REQUIRE(p.waitForFinished(30000));
        INFO(p.readAll().toStdString());
        REQUIRE(p.exitCode() == 0);
    };
    const QString key = name + u".key"_s, csr = name + u".csr"_s, cert = name + u".pem"_s, ext = name + u".ext"_s;
    openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
             u"-keyout"_s, key, u"-out"_s, csr, u"-subj"_s, u"/CN="_s + sans.first().section(u':', 1)});
    QFile extFile(dir + u"/"_s + ext);
    REQUIRE(extFile.open(QIODevice::WriteOnly));
    extFile.write("subjectAltName=" + sans.join(u',').toUtf8() + "\nextendedKeyUsage=serverAuth\n");
    extFile.close();
    if (!isExpired) {
        openssl({u"x509"_s, u"-req"_s, u"-in"_s, csr, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s, u"ca.key"_s,
                 u"-CAcreateserial"_s, u"-out"_s, cert, u"-days"_s, u"30"_s, u"-extfile"_s, ext});
    } else {
        // `openssl ca` can set dates in the past; it needs a minimal CA database.
        QFile cnf(dir + u"/ca.cnf"_s);
        REQUIRE(cnf.open(QIODevice::WriteOnly));
        cnf.write("[ca]\ndefault_ca = dev\n[dev]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                  "default_md = sha256\npolicy = any\n[any]\ncommonName = supplied\n");
        cnf.close();
        QFile(dir + u"/index.txt"_s).open(QIODevice::WriteOnly);
        QFile serial(dir + u"/serial"_s);
        REQUIRE(serial.open(QIODevice::WriteOnly));
        serial.write("1000\n");
        serial.close();
        openssl({u"ca"_s, u"-batch"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s, u"ca.pem"_s, u"-keyfile"_s, u"ca.key"_s,
                 u"-in"_s, csr, u"-out"_s, cert, u"-startdate"_s, u"20200101000000Z"_s, u"-enddate"_s,
                 u"20200201000000Z"_s, u"-extfile"_s, ext, u"-notext"_s});
    }
    return {dir + u"/"_s + cert, dir + u"/"_s + key};
}
