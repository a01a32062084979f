#pragma once

#include <QDateTime>
#include <QString>

namespace sitesafe {

/// Source of "now". Code that records times takes a Clock so tests and datasets can fix time. Times are
/// stored as UTC ISO-8601 text with milliseconds and an offset (`2026-11-28T13:06:48.123Z`).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    /// Today in China time: the province's calendar day (deadlines, "overdue", notice years, demo dates).
    QDate todayInChina() const { return chinaDate(now()); }

    /// The calendar day of `time` in China Standard Time (UTC+8 all year, no daylight saving). A fixed offset
    /// rather than the IANA zone "Asia/Shanghai": the same answer without a tz database.
    static QDate chinaDate(const QDateTime &time);

    /// The process-wide system clock.
    static const Clock &system();
};

/// A clock that stands still (tests, reproducible datasets).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

/// Formatting and parsing of the stored time format.
namespace Timestamp {
QString toText(const QDateTime &time);
/// Accepts any ISO-8601 date-time with offset; an invalid QDateTime for anything else.
QDateTime fromText(const QString &text);
QString dateToText(QDate date);
} // namespace Timestamp

} // namespace sitesafe
