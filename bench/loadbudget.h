#pragma once

#include <QJsonArray>

/// The rows load_bench adds to the budget table of docs/performance.md (bench/budget_table.py): p99 ≤ 200 ms on
/// SQLite, on PostgreSQL and behind nginx with two processes (judged: a run with errors fails), one process behind
/// nginx (reported), and throughput with two processes behind nginx above one.
namespace LoadBudget {
constexpr double kP99BudgetMs = 200;
/// `configurations`: the "configurations" array of load_bench's JSON.
QJsonArray rows(const QJsonArray &configurations, int devices);
} // namespace LoadBudget
