#pragma once

#include <functional>

#include <QString>

class QObject;

namespace sitesafe {

/// Background threads (list queries, exports, backups, sync) give way to the UI thread when they compete for a
/// core. On a 2-core machine three busy query threads used to share a core with the UI thread in equal 4 ms
/// turns, and a paint waited 60–110 ms for its turns (bench/ui_stall_bench, docs/performance.md). A background
/// thread still gets every core nothing else wants: this is a weight, not a limit.
///
/// Linux: QThread::setPriority() leaves SCHED_OTHER threads unchanged, so the thread's own nice value is raised
/// (nice is per thread on Linux; weight 110 against the UI thread's 1024). Elsewhere: QThread::LowPriority.
namespace BackgroundPriority {

/// The nice value background threads run at on Linux.
inline constexpr int kNice = 10;

/// Lowers the calling thread's priority for the rest of its life (an unprivileged thread cannot raise it again).
/// Call it only on threads that do nothing but background work.
void lowerCurrentThread();

/// The calling thread's nice value (Linux; 0 elsewhere). For tests.
int currentNice();

/// Runs `job` on a pool of background threads (lowered), never on the UI thread: exports and backups.
void start(std::function<void()> job);

/// Runs `job` like start(), then `done(error)` on `context`'s thread if `context` still exists: `error` is what the
/// job returned (empty: it worked), or `stopped` when the job ended without an answer.
void run(QObject *context, std::function<QString()> job, std::function<void(const QString &error)> done,
    const QString &stopped);

} // namespace BackgroundPriority

} // namespace sitesafe
