#include "loadbudget.h"

#include <optional>

#include <QJsonObject>
#include <QThread>

#include "benchreport.h"

using namespace Qt::StringLiterals;

namespace {
struct Configuration {
    QString name;
    QString where; ///< "SQLite", …, as the budget row names it
};

const QList<Configuration> kConfigurations {{u"sqlite"_s, u"SQLite"_s}, {u"postgres"_s, u"PostgreSQL"_s},
    {u"nginx2"_s, u"behind nginx, two processes, PostgreSQL"_s},
    {u"nginx1"_s, u"behind nginx, one process, PostgreSQL"_s}};

/// The run `phase` ("think" or "saturation") of configuration `name`, or an empty object.
QJsonObject find(const QJsonArray &configurations, const QString &name, const QString &phase)
{
    for (const QJsonValue &c : configurations) {
        if (c.toObject().value(u"name"_s).toString() == name)
            return c.toObject().value(phase).toObject();
    }
    return {};
}

QJsonObject notMeasured(const QString &budget, const QString &why, const QString &reference, bool isFailure)
{
    QJsonObject row = BenchReport::budgetRow(
        budget, u"not measured: "_s + why, reference, 0, isFailure ? std::optional<bool>(false) : std::nullopt);
    row.insert(u"ratio"_s, QJsonValue());
    return row;
}

/// The row for a run that is missing: failed when its configuration did not start, "not measured" when it was not
/// asked for.
QJsonObject missing(
    const QJsonArray &configurations, const QString &name, const QString &budget, const QString &reference)
{
    for (const QJsonValue &c : configurations) {
        if (c.toObject().value(u"name"_s).toString() == name) {
            const QString problem = c.toObject().value(u"problems"_s).toArray().at(0).toString();
            return notMeasured(budget, problem.isEmpty() ? u"run skipped"_s : problem, reference, !problem.isEmpty());
        }
    }
    return notMeasured(budget, name + u" not in this run"_s, reference, false);
}

bool isClean(const QJsonObject &run)
{
    return run.value(u"errors"_s).toInt() == 0 && run.value(u"problems"_s).toArray().isEmpty()
        && run.value(u"rounds"_s).toInt() > 0;
}

double percentile(const QJsonObject &run, const QString &kind, const QString &p)
{
    return run.value(u"latency_ms"_s).toObject().value(kind).toObject().value(p).toDouble();
}

QString number(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

/// "p99 … ms (push …, pull …), p50 … ms; … req/s [of … offered], … mutations/s; … errors; load … → …"
QString figures(const QJsonObject &run)
{
    const double offered = run.value(u"offered_requests_per_s"_s).toDouble();
    return u"p99 %1 ms (push %2, pull %3), p50 %4 ms; %5 req/s%6, %7 mutations/s; %8 errors; load %9"_s.arg(
        number(percentile(run, u"all"_s, u"p99"_s), 1), number(percentile(run, u"push"_s, u"p99"_s), 1),
        number(percentile(run, u"pull"_s, u"p99"_s), 1), number(percentile(run, u"all"_s, u"p50"_s), 1),
        number(run.value(u"requests_per_s"_s).toDouble()),
        offered > 0 ? u" of %1 offered"_s.arg(number(offered)) : QString(),
        number(run.value(u"mutations_per_s"_s).toDouble()), QString::number(run.value(u"errors"_s).toInt()),
        run.value(u"load_before"_s).toString() + u" → "_s + run.value(u"load_after"_s).toString());
}

QJsonObject latencyRow(const QJsonArray &configurations, const Configuration &c, int devices, int thinkMs)
{
    const bool isJudged = c.name != u"nginx1";
    const QString budget
        = u"server: %1 devices pushing and pulling, %2 ms think time ± 50 %, p99 ≤ 200 ms (%3%4)"_s.arg(devices)
              .arg(thinkMs)
              .arg(c.where, isJudged ? QString() : u"; reported"_s);
    const QJsonObject run = find(configurations, c.name, u"think"_s);
    if (run.isEmpty())
        return missing(configurations, c.name, budget, u"200 ms"_s);
    const double p99 = percentile(run, u"all"_s, u"p99"_s);
    const std::optional<bool> pass
        = isJudged ? std::optional<bool>(p99 <= LoadBudget::kP99BudgetMs && isClean(run)) : std::nullopt;
    return BenchReport::budgetRow(budget, figures(run), u"200 ms"_s, p99 / LoadBudget::kP99BudgetMs, pass);
}

/// "… CPUs" the servers used in a saturation run (upper bound of what they needed), or empty when not measured.
QString serverCpus(const QJsonObject &run)
{
    const QJsonValue cpus = run.value(u"server_cpus"_s);
    return cpus.isUndefined() ? QString() : u"%1 CPU"_s.arg(number(cpus.toDouble(), 2));
}

/// Reported: the closed loop's throughput and latency; ratio = its throughput ÷ the think-time run's offered load.
QJsonObject saturationRow(const QJsonArray &configurations, const Configuration &c, int devices)
{
    const QString budget = u"server saturation: %1 devices, no think time (%2); reported"_s.arg(devices).arg(c.where);
    const QJsonObject run = find(configurations, c.name, u"saturation"_s);
    if (run.isEmpty())
        return missing(configurations, c.name, budget, u"–"_s);
    const double offered = find(configurations, c.name, u"think"_s).value(u"offered_requests_per_s"_s).toDouble();
    const double rate = run.value(u"requests_per_s"_s).toDouble();
    const QString cpus = serverCpus(run);
    QJsonObject row
        = BenchReport::budgetRow(budget, figures(run) + (cpus.isEmpty() ? QString() : u"; servers "_s + cpus),
            offered > 0 ? u"think-time run offered %1 req/s"_s.arg(number(offered)) : u"–"_s,
            offered > 0 ? rate / offered : 0, isClean(run) ? std::nullopt : std::optional<bool>(false));
    if (offered <= 0)
        row.insert(u"ratio"_s, QJsonValue());
    return row;
}

/// Two processes against one at saturation. Uncapped, it is judged only on a machine of 4 cores or more: on fewer,
/// the load generator, PostgreSQL, nginx and the servers share them and a second process finds no idle core (the
/// row says how much CPU the servers took). Capped (each process limited by a cgroup, CpuCap), it is judged
/// everywhere: each process has CPU of its own, so what the pair adds is what nothing shared takes away.
QJsonObject scalingRow(const QJsonArray &configurations, bool isCapped)
{
    const QString suffix = isCapped ? u"-capped"_s : QString();
    const QJsonObject one = find(configurations, u"nginx1"_s + suffix, u"saturation"_s);
    const QJsonObject two = find(configurations, u"nginx2"_s + suffix, u"saturation"_s);
    double cap = 0;
    for (const QJsonValue &c : configurations) {
        if (c.toObject().value(u"name"_s).toString() == u"nginx1-capped"_s)
            cap = c.toObject().value(u"cpu_cap"_s).toDouble();
    }
    const int cores = QThread::idealThreadCount();
    const bool isJudged = isCapped || cores >= 4;
    const QString budget = isCapped
        ? u"server throughput: two processes behind nginx > one, each process capped at %1 CPU by a cgroup"
          " (saturation)"_s.arg(cap > 0 ? number(cap, 2) : u"?"_s)
        : u"server throughput: two processes behind nginx > one process behind nginx (saturation%1)"_s.arg(
            isJudged ? QString() : u"; reported on %1 cores, judged from 4"_s.arg(cores));
    if (one.isEmpty() || two.isEmpty()) {
        return notMeasured(
            budget, u"saturation runs of nginx1%1 and nginx2%1 not both in this run"_s.arg(suffix), u"–"_s, isJudged);
    }
    const double rateOne = one.value(u"requests_per_s"_s).toDouble();
    const double rateTwo = two.value(u"requests_per_s"_s).toDouble();
    const double ratio = rateOne > 0 ? rateTwo / rateOne : 0;
    QString measured = u"%1 req/s (%2 mutations/s), %3 × one process"_s.arg(
        number(rateTwo), number(two.value(u"mutations_per_s"_s).toDouble()), number(ratio, 2));
    if (!serverCpus(two).isEmpty())
        measured += u"; the servers used %1 (one process: %2)"_s.arg(serverCpus(two), serverCpus(one));
    if (!isCapped && cores < 4) {
        measured += u"; %1 cores shared by the load generator, PostgreSQL, nginx and the servers: a second process"
                    " finds no idle core (the capped row below shows what it adds when it has one)"_s.arg(cores);
    }
    return BenchReport::budgetRow(budget, measured,
        u"one process: %1 req/s (%2 mutations/s)"_s.arg(
            number(rateOne), number(one.value(u"mutations_per_s"_s).toDouble())),
        ratio, isJudged ? std::optional<bool>(ratio > 1 && isClean(one) && isClean(two)) : std::nullopt);
}
} // namespace

QJsonArray LoadBudget::rows(const QJsonArray &configurations, int devices, int thinkMs)
{
    QJsonArray rows;
    for (const Configuration &c : kConfigurations)
        rows.append(latencyRow(configurations, c, devices, thinkMs));
    rows.append(scalingRow(configurations, false));
    rows.append(scalingRow(configurations, true));
    for (int i : {0, 1, 3, 2}) // sqlite, postgres, nginx1, nginx2
        rows.append(saturationRow(configurations, kConfigurations.at(i), devices));
    return rows;
}
