#include "loadbudget.h"

#include <optional>

#include <QJsonObject>

#include "benchreport.h"

using namespace Qt::StringLiterals;

namespace {
QJsonObject find(const QJsonArray &configurations, const QString &name)
{
    for (const QJsonValue &c : configurations) {
        if (c.toObject().value(u"name"_s).toString() == name)
            return c.toObject();
    }
    return {};
}

QJsonObject notMeasured(const QString &budget, const QString &why, const QString &reference)
{
    QJsonObject row = BenchReport::budgetRow(budget, u"not measured: "_s + why, reference, 0, std::nullopt);
    row.insert(u"ratio"_s, QJsonValue());
    return row;
}

bool isClean(const QJsonObject &c)
{
    return c.value(u"errors"_s).toInt() == 0 && c.value(u"problems"_s).toArray().isEmpty()
        && c.value(u"rounds"_s).toInt() > 0;
}

QString percentile(const QJsonObject &c, const QString &kind, const QString &p)
{
    return QString::number(c.value(u"latency_ms"_s).toObject().value(kind).toObject().value(p).toDouble(), 'f', 1);
}

QJsonObject latencyRow(
    const QJsonArray &configurations, const QString &name, const QString &where, int devices, bool isJudged)
{
    const QString budget
        = u"server: %1 devices pushing and pulling at once, p99 ≤ 200 ms (%2)"_s.arg(devices).arg(where);
    const QJsonObject c = find(configurations, name);
    if (c.isEmpty())
        return notMeasured(budget, name + u" not in this run"_s, u"200 ms"_s);
    if (!c.contains(u"latency_ms"_s)) {
        QJsonObject row = notMeasured(budget, c.value(u"problems"_s).toArray().at(0).toString(), u"200 ms"_s);
        row.insert(u"pass"_s, false);
        return row;
    }
    const double p99 = c.value(u"latency_ms"_s).toObject().value(u"all"_s).toObject().value(u"p99"_s).toDouble();
    const QString measured
        = u"p99 %1 ms (push %2, pull %3), p50 %4 ms; %5 req/s, %6 mutations/s; %7 errors; load %8 → %9"_s
              .arg(QString::number(p99, 'f', 1), percentile(c, u"push"_s, u"p99"_s), percentile(c, u"pull"_s, u"p99"_s),
                  percentile(c, u"all"_s, u"p50"_s), QString::number(c.value(u"requests_per_s"_s).toDouble(), 'f', 0),
                  QString::number(c.value(u"mutations_per_s"_s).toDouble(), 'f', 0))
              .arg(c.value(u"errors"_s).toInt())
              .arg(c.value(u"load_before"_s).toString(), c.value(u"load_after"_s).toString());
    const std::optional<bool> pass
        = isJudged ? std::optional<bool>(p99 <= LoadBudget::kP99BudgetMs && isClean(c)) : std::nullopt;
    return BenchReport::budgetRow(budget, measured, u"200 ms"_s, p99 / LoadBudget::kP99BudgetMs, pass);
}
} // namespace

QJsonArray LoadBudget::rows(const QJsonArray &configurations, int devices)
{
    QJsonArray rows {latencyRow(configurations, u"sqlite"_s, u"SQLite"_s, devices, true),
        latencyRow(configurations, u"postgres"_s, u"PostgreSQL"_s, devices, true),
        latencyRow(configurations, u"nginx2"_s, u"behind nginx, two processes, PostgreSQL"_s, devices, true),
        latencyRow(configurations, u"nginx1"_s, u"behind nginx, one process, PostgreSQL; reported"_s, devices, false)};
    const QString budget = u"server throughput: two processes behind nginx > one process behind nginx"_s;
    const QJsonObject one = find(configurations, u"nginx1"_s);
    const QJsonObject two = find(configurations, u"nginx2"_s);
    if (one.isEmpty() || two.isEmpty() || !one.contains(u"requests_per_s"_s) || !two.contains(u"requests_per_s"_s)) {
        rows.append(notMeasured(budget, u"nginx1 and nginx2 not both in this run"_s, u"–"_s));
        return rows;
    }
    const double rateOne = one.value(u"requests_per_s"_s).toDouble();
    const double rateTwo = two.value(u"requests_per_s"_s).toDouble();
    const double ratio = rateOne > 0 ? rateTwo / rateOne : 0;
    rows.append(BenchReport::budgetRow(budget,
        u"%1 req/s (%2 mutations/s)"_s.arg(rateTwo, 0, 'f', 0)
            .arg(two.value(u"mutations_per_s"_s).toDouble(), 0, 'f', 0),
        u"one process: %1 req/s (%2 mutations/s)"_s.arg(rateOne, 0, 'f', 0)
            .arg(one.value(u"mutations_per_s"_s).toDouble(), 0, 'f', 0),
        ratio, ratio > 1 && isClean(one) && isClean(two)));
    return rows;
}
