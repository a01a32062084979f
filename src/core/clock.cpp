#include "clock.h"

#include <QTimeZone>

namespace sitesafe {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

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
