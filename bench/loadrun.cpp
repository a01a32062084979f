#include "loadrun.h"

#include <atomic>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include "loadclient.h"
#include "loaddevice.h"
#include "loadverifier.h"
#include "protocol/pullmessages.h"
#include "protocol/synccursor.h"

using namespace Qt::StringLiterals;

namespace {
/// Runs `start` on every device's thread and waits until `doneSignal` came from each (or `timeoutMs` passed).
template<typename Signal, typename Start>
int waitForAll(const QList<LoadDevice *> &devices, Signal doneSignal, Start start, int timeoutMs)
{
    QEventLoop loop;
    int done = 0;
    for (LoadDevice *device : devices) {
        QObject::connect(device, doneSignal, &loop, [&] {
            if (++done == devices.size())
                loop.quit();
        });
    }
    for (LoadDevice *device : devices)
        QMetaObject::invokeMethod(
            device, [device, start] { start(device); }, Qt::QueuedConnection);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (done < devices.size())
        loop.exec();
    for (LoadDevice *device : devices)
        QObject::disconnect(device, doneSignal, &loop, nullptr);
    return done;
}
} // namespace

LoadSummary LoadRun::run(const LoadTarget &target, QStringList *problems)
{
    LoadSummary summary;
    summary.devices = m_options.devices;
    summary.meanThinkMs = m_options.thinkMs;
    LoadClient province(target.baseUrl, target.caFile);
    if (!province.signIn(target.province, target.password)) {
        problems->append(u"province sign-in: "_s + province.error());
        return summary;
    }
    // Devices start where a device that synced the reference data stands: the high-water mark before the run.
    int status = 0;
    const sitesafe::PullPage first
        = sitesafe::PullPage::fromJson(province.get(u"/api/v1/sync/pull?limit=1"_s, &status));
    if (status != 200) {
        problems->append(u"start cursor: "_s + province.error());
        return summary;
    }
    const QString startCursor = sitesafe::SyncCursor {first.serverEpoch, first.highWater}.encode();

    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < qMax(1, m_options.threads); ++i) {
        threads.push_back(std::make_unique<QThread>());
        threads.back()->start();
    }
    QList<LoadDevice *> devices;
    for (int i = 0; i < m_options.devices; ++i) {
        const auto &[user, projects] = target.inspectors[i % target.inspectors.size()];
        LoadDevice::Setup setup {target.baseUrl, target.caFile, user, target.password, projects, startCursor, i};
        setup.thinkMs = m_options.thinkMs;
        setup.seed = m_options.seed;
        auto *device = new LoadDevice(setup);
        device->moveToThread(threads[size_t(i) % threads.size()].get());
        devices.append(device);
    }
    std::atomic<int> signedIn = 0;
    for (LoadDevice *device : devices)
        QObject::connect(
            device, &LoadDevice::signedIn, device, [&signedIn](bool isOk) { signedIn += isOk ? 1 : 0; },
            Qt::DirectConnection);
    waitForAll(
        devices, &LoadDevice::signedIn, [](LoadDevice *d) { d->signIn(); }, 300000);
    if (signedIn.load() != devices.size())
        problems->append(u"only %1 of %2 devices signed in"_s.arg(signedIn.load()).arg(devices.size()));
    if (problems->isEmpty() && m_options.beforeLoop)
        m_options.beforeLoop(problems);
    if (problems->isEmpty()) {
        QElapsedTimer elapsed;
        elapsed.start();
        const QDeadlineTimer deadline(qint64(m_options.seconds) * 1000);
        const int maxRounds = m_options.maxRounds;
        const int finished = waitForAll(
            devices, &LoadDevice::finished, [deadline, maxRounds](LoadDevice *d) { d->run(deadline, maxRounds); },
            (m_options.seconds + 120) * 1000);
        summary.seconds = double(elapsed.nsecsElapsed()) / 1e9;
        if (m_options.afterLoop)
            m_options.afterLoop();
        if (finished != devices.size())
            problems->append(
                u"%1 of %2 devices did not finish in time"_s.arg(devices.size() - finished).arg(devices.size()));
    }
    LoadVerifier verifier;
    for (LoadDevice *device : devices) {
        summary.add(device->log());
        verifier.expect(device->workload().expectedHazards(), device->workload().expectedEvents());
        device->deleteLater();
    }
    for (auto &thread : threads) {
        thread->quit();
        thread->wait();
    }
    if (problems->isEmpty())
        *problems += verifier.check(province, startCursor);
    return summary;
}
