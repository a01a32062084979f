#include "clock.h"

#include <chrono>
#include <ctime> // clock_gettime, CLOCK_BOOTTIME (POSIX, Linux)

#include <QTimeZone>

namespace sitesafe {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override
    {
#if defined(Q_OS_LINUX)
        // CLOCK_BOOTTIME, not CLOCK_MONOTONIC (steady_clock, QElapsedTimer): it goes on counting while a laptop
        // sleeps, so a lid closed over lunch does not read as a wall-clock jump of an hour.
        timespec ts{};
        if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0)
            return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
#endif
        // Windows' steady_clock (QueryPerformanceCounter) counts sleep as well.
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};
} // namespace

void FixedClock::set(QDateTime now)
{
    const qint64 passed = m_now.msecsTo(now);
    if (passed > 0)
        m_monotonicMs += passed; // forward: time passed
    m_now = std::move(now);      // back: the wall clock alone (the monotonic clock never goes back)
}

void FixedClock::advance(qint64 ms)
{
    Q_ASSERT(ms >= 0);
    m_now = m_now.addMSecs(ms);
    m_monotonicMs += ms;
}

QDate Clock::chinaDate(const QDateTime &time)
{
    constexpr int kChinaOffsetSeconds = 8 * 3600;
    return time.toOffsetFromUtc(kChinaOffsetSeconds).date();
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QString Timestamp::toText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Timestamp::fromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {}; // no offset: ambiguous, refuse
    return time.toUTC();
}

QString Timestamp::dateToText(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace sitesafe
