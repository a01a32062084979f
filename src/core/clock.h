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
    /// The wall clock: what the user (or NTP) may set, so it can jump.
    virtual QDateTime now() const = 0;
    /// Milliseconds from an arbitrary origin on a clock nobody sets: it only moves forward, at the pace of real
    /// time, so the wall clock read against it shows a jump (TimeTrust). Only differences of two readings of the
    /// same Clock mean anything.
    virtual qint64 monotonicMs() const = 0;
    /// Today in China time: the province's calendar day (deadlines, "overdue", notice years, demo dates).
    QDate todayInChina() const { return chinaDate(now()); }

    /// The calendar day of `time` in China Standard Time (UTC+8 all year, no daylight saving). A fixed offset
    /// rather than the IANA zone "Asia/Shanghai": the same answer without a tz database.
    static QDate chinaDate(const QDateTime &time);

    /// The process-wide system clock.
    static const Clock &system();
};

/// A clock that stands still (tests, reproducible datasets) until a test moves it. Moving it forward with set()
/// or advance() is time passing (both readings move together); setting it back, or jumpWallClock(), moves the
/// wall clock alone, as when a user or a bad NTP source sets the computer's clock.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }
    void set(QDateTime now);
    /// Time passes: both clocks move `ms` forward.
    void advance(qint64 ms);
    /// The wall clock is set `ms` forward (negative: back); the monotonic clock does not move.
    void jumpWallClock(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};

/// Formatting and parsing of the stored time format.
namespace Timestamp {
QString toText(const QDateTime &time);
/// Accepts any ISO-8601 date-time with offset; an invalid QDateTime for anything else.
QDateTime fromText(const QString &text);
QString dateToText(QDate date);
} // namespace Timestamp

} // namespace sitesafe
