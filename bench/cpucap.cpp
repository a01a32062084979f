#include "cpucap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPeriodUs = 100000;

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.flush();
}

/// The cgroup v2 root if its cpu controller can be given to a child group, else empty.
QString cgroup2Root()
{
    for (const QString &root : {u"/sys/fs/cgroup"_s, u"/sys/fs/cgroup/unified"_s}) {
        QFile controllers(root + u"/cgroup.controllers"_s);
        if (controllers.open(QIODevice::ReadOnly) && controllers.readAll().split(' ').contains("cpu"))
            return root;
    }
    return {};
}
} // namespace

CpuCap::~CpuCap()
{
    for (const QString &group : std::as_const(m_groups)) {
        // The kernel refuses to remove a group while a process is in it; the processes have been stopped by now,
        // but their exit may still be under way.
        for (int i = 0; i < 50 && QDir().exists(group) && !QDir().rmdir(group); ++i)
            QThread::msleep(20);
    }
}

bool CpuCap::place(qint64 pid, double cpus)
{
    const QString name = u"sitesafe-bench-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(pid);
    const QByteArray quota = QByteArray::number(qMax(1000, int(cpus * kPeriodUs)));
    QString group;
    if (const QString root = cgroup2Root(); !root.isEmpty()) {
        writeFile(root + u"/cgroup.subtree_control"_s, "+cpu"); // may already be on
        group = root + u'/' + name;
        if (!QDir().mkpath(group) || !writeFile(group + u"/cpu.max"_s, quota + ' ' + QByteArray::number(kPeriodUs))) {
            m_error = u"cannot create the cgroup %1 with cpu.max (run as root)"_s.arg(group);
            return false;
        }
        m_mechanism = u"cgroup v2"_s;
    } else if (QFileInfo(u"/sys/fs/cgroup/cpu/cpu.cfs_quota_us"_s).exists()) {
        group = u"/sys/fs/cgroup/cpu/"_s + name;
        if (!QDir().mkpath(group) || !writeFile(group + u"/cpu.cfs_period_us"_s, QByteArray::number(kPeriodUs))
            || !writeFile(group + u"/cpu.cfs_quota_us"_s, quota)) {
            m_error = u"cannot create the cgroup %1 with a CFS quota (run as root)"_s.arg(group);
            return false;
        }
        m_mechanism = u"cgroup v1 cpu"_s;
    } else {
        m_error = u"no cgroup cpu controller on this machine (neither cgroup v2 with cpu nor v1's cpu hierarchy)"_s;
        return false;
    }
    m_groups << group;
    if (!writeFile(group + u"/cgroup.procs"_s, QByteArray::number(pid))) {
        m_error = u"cannot move process %1 into %2"_s.arg(pid).arg(group);
        return false;
    }
    return true;
}
