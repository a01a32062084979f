#include "servercommands.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTextStream>

#include "accountstore.h"
#include "backend.h"
#include "core/clock.h"
#include "csvimporter.h"
#include "demoblobseeder.h"
#include "demostoreimporter.h"
#include "devca.h"
#include "offsetfileclock.h"
#include "referenceloader.h"
#include "referenceserver.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

const QCommandLineOption kDataDir(u"data-dir"_s, u"The server's data folder."_s, u"DIR"_s);

/// Parses one subcommand's options; false (and a message) on a usage error.
bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

int fail(QTextStream &err, const Error &error)
{
    err << "sitesafe-server: " << error.message << " [" << error.code << "]" << Qt::endl;
    return 1;
}

Result<ServerConfig> loadConfig(const QCommandLineParser &parser)
{
    if (!parser.isSet(kDataDir))
        return Error{u"usage"_s, u"--data-dir DIR is required."_s};
    return ServerConfig::load(parser.value(kDataDir));
}

Result<QSslConfiguration> loadTls(const QString &certFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile);
    if (chain.isEmpty())
        return Error{u"tls.bad_cert"_s, u"No certificate could be read from %1."_s.arg(certFile)};
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"tls.bad_key"_s, u"Cannot read the key file %1."_s.arg(keyFile)};
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (key.isNull())
        return Error{u"tls.bad_key"_s, u"%1 holds no unencrypted EC or RSA private key."_s.arg(keyFile)};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens, not certificates
    return tls;
}

} // namespace

int ServerCommands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (command == u"dev-ca")
        return devCa(rest, out, err);
    if (command == u"init")
        return init(rest, out, err);
    if (command == u"user" && arguments.value(2) == u"add") {
        rest.removeAt(1);
        return userAdd(rest, out, err);
    }
    if (command == u"seed-demo")
        return seedDemo(rest, out, err);
    if (command == u"import")
        return import(rest, out, err);
    if (command == u"serve")
        return serve(rest, out, err);
    err << "usage: sitesafe-server dev-ca --out DIR\n"
           "       sitesafe-server init --data-dir DIR [--db postgres://USER@HOST:PORT/DB]\n"
           "       sitesafe-server user add --data-dir DIR --name NAME --role inspector|supervisor|province|admin "
           "[--jurisdiction CODE] --password-stdin\n"
           "       sitesafe-server seed-demo --data-dir DIR [--seed N] [--today YYYY-MM-DD] [--field-data-from DIR]\n"
           "       sitesafe-server import --data-dir DIR --kind projects|enterprises|people|certificates|equipment FILE.csv\n"
           "       sitesafe-server serve --data-dir DIR --listen ADDR:PORT [--tls-cert F --tls-key F | --behind-proxy]\n"
           "             [--access-token-ttl SECONDS] [--workers N]\n"
           "             [--test-clock-offset-file FILE   (tests only: the server clock runs FILE's seconds ahead)]"
        << Qt::endl;
    return 2;
}

int ServerCommands::devCa(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption outDir(u"out"_s, u"Folder for ca.pem, server.pem and server.key."_s, u"DIR"_s);
    parser.addOption(outDir);
    if (!parse(parser, arguments, err))
        return 2;
    if (!parser.isSet(outDir))
        return fail(err, Error{u"usage"_s, u"--out DIR is required."_s});
    if (Status s = DevCa::create(parser.value(outDir)); !s)
        return fail(err, s.error());
    out << "Development CA and server certificate for localhost and 127.0.0.1 written to " << parser.value(outDir)
        << Qt::endl;
    return 0;
}

int ServerCommands::init(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption db(u"db"_s, u"PostgreSQL URL; SQLite in the data folder when absent."_s, u"URL"_s);
    parser.addOptions({kDataDir, db});
    if (!parse(parser, arguments, err))
        return 2;
    if (!parser.isSet(kDataDir))
        return fail(err, Error{u"usage"_s, u"--data-dir DIR is required."_s});
    ServerConfig config;
    config.dataDir = parser.value(kDataDir);
    config.databaseUrl = parser.value(db);
    if (Status s = ReferenceServer::initialize(config, Clock::system()); !s)
        return fail(err, s.error());
    out << "Initialized " << config.dataDir << (config.isPostgres() ? " (PostgreSQL)" : " (SQLite)") << Qt::endl;
    return 0;
}

int ServerCommands::userAdd(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption name(u"name"_s, u"User name."_s, u"NAME"_s);
    const QCommandLineOption role(u"role"_s, u"inspector, supervisor, province or admin."_s, u"ROLE"_s);
    const QCommandLineOption jurisdiction(u"jurisdiction"_s, u"市县 code (inspector, supervisor)."_s, u"CODE"_s);
    const QCommandLineOption passwordStdin(u"password-stdin"_s, u"Read the password from standard input."_s);
    parser.addOptions({kDataDir, name, role, jurisdiction, passwordStdin});
    if (!parse(parser, arguments, err))
        return 2;
    auto config = loadConfig(parser);
    if (!config)
        return fail(err, config.error());
    if (!parser.isSet(passwordStdin))
        return fail(err, Error{u"usage"_s, u"Give the password on standard input with --password-stdin."_s});
    QTextStream in(stdin);
    const QString password = in.readLine();
    auto backend = Backend::open(config.value(), Clock::system());
    if (!backend)
        return fail(err, backend.error());
    AccountStore accounts(*backend.value(), {});
    if (Status s = accounts.addUser(parser.value(name), parser.value(role), parser.value(jurisdiction), password); !s)
        return fail(err, s.error());
    out << "Added " << parser.value(role) << ' ' << parser.value(name) << Qt::endl;
    return 0;
}

int ServerCommands::seedDemo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption seed(u"seed"_s, u"Demo seed (same as sitesafe-cli demo)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption todayOption(u"today"_s, u"Date the data is relative to (default: today)."_s,
                                         u"YYYY-MM-DD"_s);
    const QCommandLineOption fieldData(u"field-data-from"_s,
                                       u"Also load the field data of this demo client folder (make run only)."_s,
                                       u"DIR"_s);
    parser.addOptions({kDataDir, seed, todayOption, fieldData});
    if (!parse(parser, arguments, err))
        return 2;
    const QDate today = parser.isSet(todayOption) ? QDate::fromString(parser.value(todayOption), Qt::ISODate)
                                                  : Clock::system().todayInChina();
    if (!today.isValid())
        return fail(err, Error{u"usage"_s, u"--today must be a date written YYYY-MM-DD."_s});
    auto config = loadConfig(parser);
    if (!config)
        return fail(err, config.error());
    auto backend = Backend::open(config.value(), Clock::system());
    if (!backend)
        return fail(err, backend.error());
    auto count = ReferenceLoader::loadDemo(*backend.value(), parser.value(seed).toULongLong(), today);
    if (!count)
        return fail(err, count.error());
    out << "Loaded " << count.value() << " reference rows (seed " << parser.value(seed) << ", dated as of "
        << today.toString(Qt::ISODate) << ")" << Qt::endl;
    // The files of the demo's recent photos and signatures, for clients made with the same seed and day.
    auto files = DemoBlobSeeder::seed(*backend.value(), config.value().blobDir(), parser.value(seed).toULongLong(), today);
    if (!files)
        return fail(err, files.error());
    out << "Stored " << files.value() << " demo photo and signature files" << Qt::endl;
    if (parser.isSet(fieldData)) {
        auto rows = DemoStoreImporter::import(*backend.value(), parser.value(fieldData) + u"/sitesafe.db"_s);
        if (!rows)
            return fail(err, rows.error());
        out << "Loaded " << rows.value() << " field rows of the demo client in " << parser.value(fieldData)
            << Qt::endl;
    }
    return 0;
}

int ServerCommands::import(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(u"kind"_s, u"projects, enterprises, people, certificates or equipment."_s, u"KIND"_s);
    parser.addOptions({kDataDir, kind});
    parser.addPositionalArgument(u"file"_s, u"CSV file with a header row of column names."_s);
    if (!parse(parser, arguments, err))
        return 2;
    auto config = loadConfig(parser);
    if (!config)
        return fail(err, config.error());
    if (parser.positionalArguments().size() != 1)
        return fail(err, Error{u"usage"_s, u"Give exactly one CSV file."_s});
    auto backend = Backend::open(config.value(), Clock::system());
    if (!backend)
        return fail(err, backend.error());
    const CsvImporter::Report report = CsvImporter::import(*backend.value(), parser.value(kind),
                                                           parser.positionalArguments().first());
    for (const CsvImporter::Problem &p : report.problems)
        err << "line " << p.line << ", column " << (p.column.isEmpty() ? u"-"_s : p.column) << ": " << p.reason
            << Qt::endl;
    if (!report.problems.isEmpty()) {
        err << "Nothing imported: fix the " << report.problems.size() << " problem(s) above and import again."
            << Qt::endl;
        return 1;
    }
    out << "Imported " << report.imported << ' ' << parser.value(kind) << Qt::endl;
    return 0;
}

int ServerCommands::serve(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption listen(u"listen"_s, u"Address and port, e.g. 127.0.0.1:8443 (port 0 = any)."_s, u"ADDR:PORT"_s);
    const QCommandLineOption cert(u"tls-cert"_s, u"PEM certificate (chain)."_s, u"FILE"_s);
    const QCommandLineOption key(u"tls-key"_s, u"PEM private key."_s, u"FILE"_s);
    const QCommandLineOption proxy(u"behind-proxy"_s, u"Plain HTTP on loopback behind a TLS reverse proxy."_s);
    const QCommandLineOption ttl(u"access-token-ttl"_s, u"Access token lifetime in seconds."_s, u"SECONDS"_s);
    const QCommandLineOption workers(u"workers"_s, u"Database worker threads."_s, u"N"_s);
    const QCommandLineOption maxPush(u"max-push-mutations"_s,
                                     u"Most mutations per push (default 500; stated in /meta). Lower it to serve "
                                     "clients as a server before issue 13 did (100)."_s,
                                     u"N"_s);
    const QCommandLineOption pushWindow(u"push-window"_s,
        u"Push batches a device may have in flight (default 2; stated in /meta). 1 "
        "refuses a batch that arrives ahead of its predecessor at once, as a server "
        "before issue 13 did."_s,
        u"N"_s);
    const QCommandLineOption clockFile(u"test-clock-offset-file"_s,
                                       u"TEST ONLY: add the whole number of seconds written in FILE (re-read at "
                                       "every use) to the server's clock, so tests can move time without sleeping. "
                                       "Never use it in production."_s,
                                       u"FILE"_s);
    const QCommandLineOption maxConnections(u"max-connections"_s,
        u"Client connections open at once (default 1000, within the process's open-file limit); "
        "more are answered 503 at once."_s,
        u"N"_s);
    parser.addOptions(
        {kDataDir, listen, cert, key, proxy, ttl, workers, maxPush, pushWindow, maxConnections, clockFile});
    if (!parse(parser, arguments, err))
        return 2;
    auto config = loadConfig(parser);
    if (!config)
        return fail(err, config.error());
    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(u':');
    const QHostAddress address(listenText.left(colon));
    bool portOk = false;
    const uint port = listenText.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || address.isNull() || !portOk || port > 65535)
        return fail(err, Error{u"usage"_s, u"--listen must be ADDR:PORT, e.g. 127.0.0.1:8443."_s});
    const bool tlsGiven = parser.isSet(cert) || parser.isSet(key);
    if (tlsGiven == parser.isSet(proxy))
        return fail(err, Error{u"usage"_s, u"Give either --tls-cert F --tls-key F or --behind-proxy."_s});
    if (parser.isSet(proxy) && !address.isLoopback())
        return fail(err, Error{u"usage"_s,
                               u"--behind-proxy serves plain HTTP: listen on 127.0.0.1 (or ::1) only."_s});
    std::optional<QSslConfiguration> tls;
    if (tlsGiven) {
        if (!QSslSocket::supportsSsl())
            return fail(err, Error{u"tls.unavailable"_s, u"No TLS backend is available (Qt's openssl plugin)."_s});
        auto loaded = loadTls(parser.value(cert), parser.value(key));
        if (!loaded)
            return fail(err, loaded.error());
        tls = loaded.value();
    }
    ServerSettings settings;
    settings.isBehindProxy = parser.isSet(proxy);
    if (parser.isSet(ttl))
        settings.auth.accessTokenTtlSeconds = qMax(1, parser.value(ttl).toInt());
    if (parser.isSet(workers))
        settings.workerThreads = qBound(1, parser.value(workers).toInt(), 64);
    if (parser.isSet(maxConnections))
        settings.maxConnections = qBound(1, parser.value(maxConnections).toInt(), 100000);
    if (parser.isSet(maxPush))
        settings.limits.maxPushMutations = qBound(1, parser.value(maxPush).toInt(), settings.limits.maxPushMutations);
    if (parser.isSet(pushWindow))
        settings.limits.pushWindow = qBound(1, parser.value(pushWindow).toInt(), settings.limits.pushWindow);
    // The process's one clock: the system clock, or (tests only) the system clock moved by a file's offset.
    std::optional<OffsetFileClock> testClock;
    if (parser.isSet(clockFile))
        testClock.emplace(parser.value(clockFile));
    const Clock &clock = testClock ? static_cast<const Clock &>(*testClock) : Clock::system();
    auto server = ReferenceServer::open(config.value(), settings, clock);
    if (!server)
        return fail(err, server.error());
    // Catalogs loaded by an older build carry the wording of their version; give devices the corrected text.
    if (auto upgraded = ReferenceLoader::upgradeCatalogs(server.value()->backend()); !upgraded)
        return fail(err, upgraded.error());
    auto bound = server.value()->listen(address, quint16(port), tls);
    if (!bound)
        return fail(err, bound.error());
    out << "sitesafe-server listening on " << (tls ? "https" : "http") << "://"
        << (address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString())
        << ':' << bound.value() << " (" << (config.value().isPostgres() ? "PostgreSQL" : "SQLite")
        << ", TLS backend " << QSslSocket::activeBackend() << ")" << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace sitesafe
