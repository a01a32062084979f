// Server under load (DESIGN.md §5: "the server holds 100 devices pushing and pulling at once with p99 ≤ 200 ms",
// SQLite and PostgreSQL, and the nginx + several processes deployment of docs/deploy.md). For each configuration
// (LoadConfiguration: sqlite, postgres, nginx1, nginx2) it starts real sitesafe-server processes on 127.0.0.1 (and
// a throwaway PostgreSQL cluster, and Debian's nginx as a child process), signs in --devices simulated devices
// spread over the 市县 of the seeded demo data, and lets each loop for --duration seconds: push a batch (a new
// hazard, its created event, an edit of its previous hazard), then pull from its cursor, then think --think-ms ± 50 %
// (LoadDevice). Each configuration runs twice on one server: --duration seconds with think time (the p99 budget is
// judged on it) and --saturation-duration seconds without (a closed loop: its throughput is the server's capacity on
// this machine, reported, and judges two processes against one). Every request's latency is recorded; any non-2xx
// answer, TLS or connection error, or unapplied mutation is an error, and LoadVerifier checks afterwards that the
// server holds every acknowledged mutation exactly once. Exit code 1 when anything failed. Talks only to 127.0.0.1;
// every loop is bounded in time and count.
// nginx1-capped and nginx2-capped run the saturation alone, with each server process capped at --cpu-cap CPUs by a
// cgroup (CpuCap, root): with 2 cores shared by everything, the uncapped pair cannot show what a second process
// adds; capped, each process has CPU of its own and the pair shows whether anything shared (PostgreSQL, the
// sequence, nginx) stops the second from adding throughput.
//   build/<dir>/bench/load_bench [--configs sqlite,postgres,nginx1,nginx2,nginx1-capped,nginx2-capped]
//                               [--devices 100] [--duration 60] [--think-ms 1000] [--saturation-duration 20]
//                               [--cpu-cap 0.5] [--json FILE]
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
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
constexpr int kDefaultThinkMs = 1000; // docs/performance.md, "Think time": ~100 × a field device's sync rate
const QDate kToday(2026, 11, 28);

/// CPU seconds (user + system) the processes have used so far, from /proc/PID/stat; -1 if one cannot be read.
double cpuSeconds(const QList<qint64> &pids)
{
    static const double ticks = double(sysconf(_SC_CLK_TCK));
    double total = 0;
    for (qint64 pid : pids) {
        QFile file(u"/proc/%1/stat"_s.arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray stat = file.readAll();
        // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and
        // 13th of them (fields 14 and 15 of proc(5)).
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        total += (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
    }
    return total;
}

/// One timed run (LoadRun) on a configuration that is up: its summary, load averages and problems.
QJsonObject runPhase(
    const QString &name, const QString &phase, const LoadRun::Options &options, const LoadTarget &target, bool *isOk)
{
    QStringList problems;
    const QString loadBefore = BenchReport::loadAverage();
    const LoadSummary summary = LoadRun(options).run(target, &problems);
    const QString loadAfter = BenchReport::loadAverage();
    QJsonObject result = summary.toJson();
    result.insert(u"duration_s"_s, options.seconds);
    result.insert(u"load_before"_s, loadBefore);
    result.insert(u"load_after"_s, loadAfter);
    result.insert(u"problems"_s, QJsonArray::fromStringList(problems));
    *isOk = *isOk && problems.isEmpty() && summary.errors == 0 && summary.rounds > 0;
    const QJsonObject all = result.value(u"latency_ms"_s).toObject().value(u"all"_s).toObject();
    err << name << " " << phase << ": " << summary.pushMs.size() + summary.pullMs.size() << " requests in "
        << summary.seconds << " s, " << summary.requestsPerSecond() << " req/s (offered "
        << summary.offeredRequestsPerSecond() << "), p50 " << all.value(u"p50"_s).toDouble() << " ms, p99 "
        << all.value(u"p99"_s).toDouble() << " ms, errors " << summary.errors << ", load " << loadBefore << " / "
        << loadAfter << Qt::endl;
    for (const QString &line : summary.errorSamples + problems)
        err << name << ":   " << line << Qt::endl;
    return result;
}

/// Starts the configuration, runs the think-time run (judged) and then the saturation run (think 0, reported) on it,
/// each with fresh devices from the high-water mark, and stops it.
QJsonObject runConfiguration(const QString &name, const LoadConfiguration::Programs &programs,
    const LoadRun::Options &thinkOptions, int saturationSeconds, double cpuCap, const LoadAccounts &accounts,
    bool *isOk)
{
    LoadConfiguration configuration(name, programs);
    configuration.setCpuCap(cpuCap);
    BenchServerOptions serverOptions;
    serverOptions.today = kToday.toString(Qt::ISODate);
    serverOptions.accounts = accounts.accounts;
    err << name << ": starting (" << configuration.label() << ")" << Qt::endl;
    // Each device signs in once a run; nginx's sign-in burst (5 × devices) covers both runs.
    if (!configuration.start(serverOptions, thinkOptions.devices)) {
        *isOk = false;
        err << name << ": " << configuration.error() << Qt::endl;
        return {{u"name"_s, name}, {u"label"_s, configuration.label()},
            {u"problems"_s, QJsonArray {configuration.error()}}};
    }
    const LoadTarget target {configuration.baseUrl(), configuration.caFile(), BenchServer::password(),
        accounts.inspectors, accounts.province};
    QJsonObject result {
        {u"name"_s, name}, {u"label"_s, configuration.label()}, {u"processes"_s, configuration.processes()}};
    if (configuration.isCapped())
        result.insert(u"cpu_cap"_s, cpuCap);
    // A capped configuration measures capacity only: its think-time latency says nothing about the deployment.
    if (thinkOptions.seconds > 0 && !configuration.isCapped())
        result.insert(u"think"_s, runPhase(name, u"think"_s, thinkOptions, target, isOk));
    if (saturationSeconds > 0) {
        LoadRun::Options saturation = thinkOptions;
        saturation.thinkMs = 0;
        saturation.seconds = saturationSeconds;
        // The servers' CPU over the timed loop alone (not the sign-ins, not the verification): how much of the
        // machine the servers themselves take at saturation.
        double cpuBefore = -1, cpuAfter = -1;
        saturation.beforeLoop = [&configuration, &cpuBefore](QStringList *problems) {
            if (!configuration.capServers())
                problems->append(configuration.error());
            cpuBefore = cpuSeconds(configuration.serverPids());
            return problems->isEmpty();
        };
        saturation.afterLoop = [&configuration, &cpuAfter] { cpuAfter = cpuSeconds(configuration.serverPids()); };
        QJsonObject run = runPhase(name, u"saturation"_s, saturation, target, isOk);
        const double seconds = run.value(u"seconds"_s).toDouble();
        if (cpuBefore >= 0 && cpuAfter >= cpuBefore && seconds > 0)
            run.insert(u"server_cpus"_s, (cpuAfter - cpuBefore) / seconds);
        result.insert(u"saturation"_s, run);
    }
    QJsonArray pids;
    for (qint64 pid : configuration.serverPids())
        pids.append(pid);
    result.insert(u"server_pids"_s, pids);
    if (!configuration.nginxConfig().isEmpty())
        result.insert(u"nginx_config"_s, configuration.nginxConfig());
    configuration.stop();
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
    const QCommandLineOption configs(u"configs"_s, u"Comma-separated configurations (default all)."_s, u"LIST"_s,
        LoadConfiguration::names().join(u','));
    const QCommandLineOption devices(u"devices"_s, u"Simulated devices (requests in flight)."_s, u"N"_s, u"100"_s);
    const QCommandLineOption duration(
        u"duration"_s, u"Seconds of the think-time run of each configuration (0: none)."_s, u"S"_s, u"60"_s);
    const QCommandLineOption thinkMs(u"think-ms"_s,
        u"Mean pause of a device between sync rounds, jittered uniformly by ±50 %."_s, u"MS"_s,
        QString::number(kDefaultThinkMs));
    const QCommandLineOption saturationDuration(u"saturation-duration"_s,
        u"Seconds of the saturation run (no think time) of each configuration (0: none)."_s, u"S"_s, u"20"_s);
    const QCommandLineOption cpuCap(u"cpu-cap"_s,
        u"CPUs each server process may use in the -capped configurations (cgroup; needs root)."_s, u"CPUS"_s, u"0.2"_s);
    const QCommandLineOption threads(u"threads"_s, u"Client event-loop threads."_s, u"N"_s, u"4"_s);
    const QCommandLineOption maxRounds(u"max-rounds"_s, u"Most rounds per device."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption json(u"json"_s, u"Also write the JSON result to FILE."_s, u"FILE"_s);
    const QCommandLineOption server(
        u"server"_s, u"sitesafe-server program."_s, u"FILE"_s, QStringLiteral(SITESAFE_SERVER));
    const QCommandLineOption nginx(u"nginx"_s, u"nginx program (Debian's)."_s, u"FILE"_s, u"/usr/sbin/nginx"_s);
    const QCommandLineOption nginxTemplate(u"nginx-template"_s, u"nginx site configuration to rewrite."_s, u"FILE"_s,
        QStringLiteral(SITESAFE_NGINX_TEMPLATE));
    const QCommandLineOption pgBin(u"pg-bin"_s, u"PostgreSQL programs."_s, u"DIR"_s, u"/usr/lib/postgresql/15/bin"_s);
    parser.addOptions({configs, devices, duration, thinkMs, saturationDuration, cpuCap, threads, maxRounds, json,
        server, nginx, nginxTemplate, pgBin});
    parser.process(app);

    LoadRun::Options options;
    options.devices = qBound(1, parser.value(devices).toInt(), 1000);
    options.seconds = qBound(0, parser.value(duration).toInt(), 3600);
    options.thinkMs = qBound(0, parser.value(thinkMs).toInt(), 3600000);
    options.seed = kSeed;
    const int saturationSeconds = qBound(0, parser.value(saturationDuration).toInt(), 3600);
    if (options.seconds == 0 && saturationSeconds == 0)
        BenchReport::fail(u"--duration and --saturation-duration are both 0: nothing to run"_s);
    options.threads = qBound(1, parser.value(threads).toInt(), 64);
    const double cap = qBound(0.05, parser.value(cpuCap).toDouble(), 64.0);
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
        {u"devices"_s, options.devices}, {u"duration_s"_s, options.seconds}, {u"think_ms"_s, options.thinkMs},
        {u"saturation_duration_s"_s, saturationSeconds}, {u"cpu_cap"_s, cap}, {u"client_threads"_s, options.threads},
        {u"inspector_accounts"_s, accounts.inspectors.size()}, {u"load_before"_s, BenchReport::loadAverage()}};
    bool isOk = true;
    QJsonArray runs;
    for (const QString &name : names)
        runs.append(runConfiguration(name, programs, options, saturationSeconds, cap, accounts, &isOk));
    report.insert(u"load_after"_s, BenchReport::loadAverage());
    report.insert(u"configurations"_s, runs);
    report.insert(u"budget_rows"_s, LoadBudget::rows(runs, options.devices, options.thinkMs));
    report.insert(u"ok"_s, isOk);
    if (parser.isSet(json) && !BenchReport::writeJson(parser.value(json), report))
        return 1;
    return isOk ? 0 : 1;
}
