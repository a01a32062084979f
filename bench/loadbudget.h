#pragma once

#include <QJsonArray>

/// The rows load_bench adds to the budget table of docs/performance.md (bench/budget_table.py). From the think-time
/// run of each configuration: p99 ≤ 200 ms on SQLite, on PostgreSQL and behind nginx with two processes (judged: a
/// run with errors fails) and with one process (reported). From the saturation run (no think time): each
/// configuration's throughput and p50/p99 (reported, with its margin over the load the think-time run offered), and
/// throughput with two processes behind nginx above one (judged).
namespace LoadBudget {
constexpr double kP99BudgetMs = 200;
/// `configurations`: the "configurations" array of load_bench's JSON; `thinkMs`: the think-time run's mean pause.
QJsonArray rows(const QJsonArray &configurations, int devices, int thinkMs);
} // namespace LoadBudget
