// Server under load (DESIGN.md §5: "the server holds 100 devices pushing and pulling at once with p99 ≤ 200 ms",
// SQLite and PostgreSQL, and the nginx + several processes deployment of docs/deploy.md). For each configuration
// (LoadConfiguration: sqlite, postgres, nginx1, nginx2) it starts real sitesafe-server processes on 127.0.0.1 (and
// a throwaway PostgreSQL cluster, and Debian's nginx as a child process), signs in --devices simulated devices
// spread over the 市县 of the seeded demo data, and lets each loop for --duration seconds: push a batch (a new
// hazard, its created event, an edit of its previous hazard), then pull from its cursor (LoadDevice). Every request's
// latency is recorded; any non-2xx answer, TLS or connection error, or unapplied mutation is an error, and
// LoadVerifier checks afterwards that the server holds every acknowledged mutation exactly once. Exit code 1 when
// anything failed. Talks only to 127.0.0.1; every loop is bounded in time and count.
//   build/<dir>/bench/load_bench [--configs sqlite,postgres,nginx1,nginx2] [--devices 100] [--duration 60]
//                               [--json FILE]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include "benchreport.h"
#include "loadaccounts.h"
#include "loadbudget.h"
#include "loadconfiguration.h"
#include "loadrun.h"

using namespace Qt::StringLiterals;

namespace {
QTextStream err(stderr);
constexpr quint64 kSeed = 1;
const QDate kToday(2026, 11, 28);

QJsonObject runConfiguration(const QString &name, const LoadConfiguration::Programs &programs,
    const LoadRun::Options &options, const LoadAccounts &accounts, bool *isOk)
{
    LoadConfiguration configuration(name, programs);
    BenchServerOptions serverOptions;
    serverOptions.today = kToday.toString(Qt::ISODate);
    serverOptions.accounts = accounts.accounts;
    err << name << ": starting (" << configuration.label() << ")" << Qt::endl;
    if (!configuration.start(serverOptions, options.devices)) {
        *isOk = false;
        err << name << ": " << configuration.error() << Qt::endl;
        return {{u"name"_s, name}, {u"label"_s, configuration.label()},
            {u"problems"_s, QJsonArray {configuration.error()}}};
    }
    LoadTarget target {configuration.baseUrl(), configuration.caFile(), BenchServer::password(), accounts.inspectors,
        accounts.province};
    QStringList problems;
    const QString loadBefore = BenchReport::loadAverage();
    const LoadSummary summary = LoadRun(options).run(target, &problems);
    const QString loadAfter = BenchReport::loadAverage();
    const QString nginxConfig = configuration.nginxConfig();
    QJsonArray pids;
    for (qint64 pid : configuration.serverPids())
        pids.append(pid);
    configuration.stop();
    QJsonObject result = summary.toJson();
    result.insert(u"name"_s, name);
    result.insert(u"label"_s, configuration.label());
    result.insert(u"processes"_s, configuration.processes());
    result.insert(u"server_pids"_s, pids);
    result.insert(u"load_before"_s, loadBefore);
    result.insert(u"load_after"_s, loadAfter);
    result.insert(u"problems"_s, QJsonArray::fromStringList(problems));
    if (!nginxConfig.isEmpty())
        result.insert(u"nginx_config"_s, nginxConfig);
    *isOk = *isOk && problems.isEmpty() && summary.errors == 0 && summary.rounds > 0;
    const QJsonObject all = result.value(u"latency_ms"_s).toObject().value(u"all"_s).toObject();
    err << name << ": " << summary.pushMs.size() + summary.pullMs.size() << " requests in " << summary.seconds << " s, "
        << summary.requestsPerSecond() << " req/s, p50 " << all.value(u"p50"_s).toDouble() << " ms, p99 "
        << all.value(u"p99"_s).toDouble() << " ms, errors " << summary.errors << ", load " << loadBefore << " / "
        << loadAfter << Qt::endl;
    for (const QString &line : summary.errorSamples + problems)
        err << name << ":   " << line << Qt::endl;
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"load_bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"100 simulated devices pushing and pulling against sitesafe-server."_s);
    parser.addHelpOption();
    const QCommandLineOption configs(u"configs"_s, u"Comma-separated: sqlite,postgres,nginx1,nginx2."_s, u"LIST"_s,
        LoadConfiguration::names().join(u','));
    const QCommandLineOption devices(u"devices"_s, u"Simulated devices (requests in flight)."_s, u"N"_s, u"100"_s);
    const QCommandLineOption duration(u"duration"_s, u"Seconds each configuration runs."_s, u"S"_s, u"60"_s);
    const QCommandLineOption threads(u"threads"_s, u"Client event-loop threads."_s, u"N"_s, u"4"_s);
    const QCommandLineOption maxRounds(u"max-rounds"_s, u"Most rounds per device."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption json(u"json"_s, u"Also write the JSON result to FILE."_s, u"FILE"_s);
    const QCommandLineOption server(
        u"server"_s, u"sitesafe-server program."_s, u"FILE"_s, QStringLiteral(SITESAFE_SERVER));
    const QCommandLineOption nginx(u"nginx"_s, u"nginx program (Debian's)."_s, u"FILE"_s, u"/usr/sbin/nginx"_s);
    const QCommandLineOption nginxTemplate(u"nginx-template"_s, u"nginx site configuration to rewrite."_s, u"FILE"_s,
        QStringLiteral(SITESAFE_NGINX_TEMPLATE));
    const QCommandLineOption pgBin(u"pg-bin"_s, u"PostgreSQL programs."_s, u"DIR"_s, u"/usr/lib/postgresql/15/bin"_s);
    parser.addOptions({configs, devices, duration, threads, maxRounds, json, server, nginx, nginxTemplate, pgBin});
    parser.process(app);

    LoadRun::Options options;
    options.devices = qBound(1, parser.value(devices).toInt(), 1000);
    options.seconds = qBound(1, parser.value(duration).toInt(), 3600);
    options.threads = qBound(1, parser.value(threads).toInt(), 64);
    options.maxRounds = qMax(1, parser.value(maxRounds).toInt());
    const QStringList names = parser.value(configs).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : names) {
        if (!LoadConfiguration::names().contains(name))
            BenchReport::fail(
                u"unknown configuration %1 (known: %2)"_s.arg(name, LoadConfiguration::names().join(u',')));
    }
    const LoadConfiguration::Programs programs {
        parser.value(server), parser.value(nginx), parser.value(nginxTemplate), parser.value(pgBin)};
    const LoadAccounts accounts = LoadAccounts::fromDemo(kSeed, kToday, options.devices);

    QJsonObject report {{u"benchmark"_s, u"load_bench"_s}, {u"machine"_s, BenchReport::machine()},
        {u"devices"_s, options.devices}, {u"duration_s"_s, options.seconds}, {u"client_threads"_s, options.threads},
        {u"inspector_accounts"_s, accounts.inspectors.size()}, {u"load_before"_s, BenchReport::loadAverage()}};
    bool isOk = true;
    QJsonArray runs;
    for (const QString &name : names)
        runs.append(runConfiguration(name, programs, options, accounts, &isOk));
    report.insert(u"load_after"_s, BenchReport::loadAverage());
    report.insert(u"configurations"_s, runs);
    report.insert(u"budget_rows"_s, LoadBudget::rows(runs, options.devices));
    report.insert(u"ok"_s, isOk);
    if (parser.isSet(json) && !BenchReport::writeJson(parser.value(json), report))
        return 1;
    return isOk ? 0 : 1;
}
