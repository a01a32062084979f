#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

/// What every benchmark's JSON carries besides its figures: the machine, statistics over runs, and the rows of the
/// budget table of docs/performance.md (rendered by bench/budget_table.py, `make bench`).
namespace BenchReport {
/// CPU model, logical CPUs, memory, OS, Qt and SQLite versions.
QString machine();
/// The 1-, 5- and 15-minute load averages of /proc/loadavg.
QString loadAverage();
double median(QList<double> values);
/// The value at fraction `p` of the sorted values (nearest rank); with few runs the p95 is the slowest run.
double percentile(QList<double> values, double p);
/// One row of the budget table. `pass` is null for a figure that is reported, not judged.
QJsonObject budgetRow(const QString &budget, const QString &measured, const QString &reference, double ratio,
                      std::optional<bool> pass);
/// Prints "<program>: <what>" on stderr and ends the benchmark with exit code 1.
[[noreturn]] void fail(const QString &what);
/// Writes `json` indented to `file`; false (with a message on stderr) if it cannot.
bool writeJson(const QString &file, const QJsonObject &json);
} // namespace BenchReport
