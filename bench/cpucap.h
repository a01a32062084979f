#pragma once

#include <QList>
#include <QString>

/// Caps processes at a share of one CPU with a cgroup of their own (cgroup v2 `cpu.max`, or v1's CFS quota), so
/// that load_bench can show what a second server process adds when each process has CPU of its own, on a machine
/// whose few cores the load generator, PostgreSQL and nginx share (DESIGN.md §5 "two processes above one").
/// Needs root and a writable cgroup `cpu` controller; error() says which when it is missing. The groups are
/// removed by the destructor (after the processes in them have exited).
class CpuCap
{
public:
    CpuCap() = default;
    ~CpuCap();
    Q_DISABLE_COPY_MOVE(CpuCap)

    /// Puts process `pid` (all its threads) in a new group limited to `cpus` CPUs (0.5: half of one core).
    bool place(qint64 pid, double cpus);
    QString error() const { return m_error; }
    /// "cgroup v1 cpu", "cgroup v2": what place() used.
    QString mechanism() const { return m_mechanism; }

private:
    QList<QString> m_groups;
    QString m_error;
    QString m_mechanism;
};
