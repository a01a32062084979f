#include "syncscheduler.h"

#include <algorithm>
#include <cmath>

#include <QNetworkInformation>
#include <QRandomGenerator>

using namespace std::chrono_literals;

namespace sitesafe {

namespace {
constexpr auto kFirstBackoff = 1000ms;
constexpr auto kBackoffCap = std::chrono::milliseconds(15min);
constexpr auto kAfterReconnect = 2000ms; // let the network settle (DHCP, captive portal) before trying
} // namespace

SyncScheduler::SyncScheduler(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::syncRequested);
}

std::chrono::milliseconds SyncScheduler::backoff(int failures, double random01)
{
    const int exponent = std::clamp(failures - 1, 0, 30);
    const double ceiling = std::min(double(kBackoffCap.count()), double(kFirstBackoff.count()) * std::pow(2.0, exponent));
    return std::chrono::milliseconds(qint64(ceiling * std::clamp(random01, 0.0, 1.0)));
}

void SyncScheduler::start()
{
    watchConnectivity();
    schedule(0ms);
}

void SyncScheduler::stop()
{
    m_timer.stop();
}

void SyncScheduler::schedule(std::chrono::milliseconds delay)
{
    m_timer.start(delay);
    Q_EMIT nextAttemptScheduled(qint64(delay.count()));
}

void SyncScheduler::onFinished(const SyncReport &report)
{
    if (!report.error) {
        m_failures = 0;
        m_isWaitingForSignIn = false;
        schedule(m_periodic);
        return;
    }
    if (report.error->code.startsWith(QLatin1String("auth."))) {
        // Retrying cannot help until the user signs in again; the outbox waits.
        m_isWaitingForSignIn = true;
        m_timer.stop();
        return;
    }
    if (report.error->code == QLatin1String("sync.busy"))
        return;
    ++m_failures;
    schedule(backoff(m_failures, QRandomGenerator::global()->generateDouble()));
}

void SyncScheduler::onSignedIn()
{
    m_isWaitingForSignIn = false;
    m_failures = 0;
    schedule(0ms);
}

void SyncScheduler::watchConnectivity()
{
    // A hint only: many Linux systems have no backend, and "online" may still be a captive portal.
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
        if (r == QNetworkInformation::Reachability::Online && !m_isWaitingForSignIn)
            schedule(kAfterReconnect);
    });
}

} // namespace sitesafe
