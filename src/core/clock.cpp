#include "clock.h"

#include <chrono>
#include <ctime> // clock_gettime, CLOCK_BOOTTIME (POSIX, Linux)

#include <QTimeZone>

#include "isotext.h"

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
    // Written by hand: the server stamps every pushed mutation several times, and QDateTime::toString was 3 % of
    // its push CPU. The same text as time.toUTC().toString(Qt::ISODateWithMs) ("2026-03-01T08:00:00.000Z").
    if (!time.isValid())
        return time.toUTC().toString(Qt::ISODateWithMs);
    const IsoText::Civil utc = IsoText::civil(time.toMSecsSinceEpoch());
    const QDate &date = utc.date;
    qint64 ofDay = utc.msOfDay;
    if (date.year() < 1 || date.year() > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs);
    char16_t text[24];
    const auto put = [&text](int at, int value, int width) { IsoText::putDigits(text, at, value, width); };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, int(ofDay / 3600000), 2);
    ofDay %= 3600000;
    text[13] = u':';
    put(14, int(ofDay / 60000), 2);
    ofDay %= 60000;
    text[16] = u':';
    put(17, int(ofDay / 1000), 2);
    text[19] = u'.';
    put(20, int(ofDay % 1000), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
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
