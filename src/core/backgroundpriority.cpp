#include "backgroundpriority.h"

#include <memory>

#include <QFutureWatcher>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sitesafe::BackgroundPriority {

namespace {
#ifdef Q_OS_LINUX
id_t currentThreadId()
{
    return id_t(::syscall(SYS_gettid));
}
#endif

/// The threads of start(): each lowers itself before its first job and stays lowered.
class BackgroundThreadPool final : public QThreadPool
{
public:
    BackgroundThreadPool()
    {
        setObjectName(QStringLiteral("BackgroundPriority"));
        // Exports and backups: a couple at once is plenty, and no more than the cores.
        setMaxThreadCount(qBound(1, QThread::idealThreadCount(), 2));
    }
};

Q_GLOBAL_STATIC(BackgroundThreadPool, backgroundPool)
} // namespace

void lowerCurrentThread()
{
#ifdef Q_OS_LINUX
    const id_t tid = currentThreadId();
    errno = 0;
    const int now = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && now < kNice)
        (void)::setpriority(PRIO_PROCESS, tid, kNice); // best effort: a thread at normal priority still works
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

int currentNice()
{
#ifdef Q_OS_LINUX
    return ::getpriority(PRIO_PROCESS, currentThreadId());
#else
    return 0;
#endif
}

void start(std::function<void()> job)
{
    backgroundPool()->start([job = std::move(job)] {
        lowerCurrentThread(); // once per thread in effect: already lowered afterwards
        job();
    });
}

void run(QObject *context, std::function<QString()> job, std::function<void(const QString &error)> done,
    const QString &stopped)
{
    auto promise = std::make_shared<QPromise<QString>>();
    auto *watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, context, [watcher, done, stopped] {
        watcher->deleteLater();
        done(watcher->future().resultCount() ? watcher->result() : stopped);
    });
    watcher->setFuture(promise->future());
    promise->start();
    start([promise, job = std::move(job)] {
        promise->addResult(job());
        promise->finish();
    });
}

} // namespace sitesafe::BackgroundPriority
