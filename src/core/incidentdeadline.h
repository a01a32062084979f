#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace sitesafe {

/// The reporting deadlines of an incident (domain-reference §4.2): the unit reports to the housing bureau within
/// 1 hour, and the incident is entered on the national platform within 48 hours of occurring (Hainan). Pure:
/// every answer is for the instant the caller passes in (the session's injected clock), never the system clock.
/// A report made exactly at the deadline is in time; late (迟报) is reported after it, or not reported and now
/// past it.
class IncidentDeadline
{
    Q_DECLARE_TR_FUNCTIONS(IncidentDeadline)

public:
    static constexpr qint64 kPlatformHours = 48;
    static constexpr qint64 kUnitReportMinutes = 60;

    /// What the platform report column shows.
    enum class State {
        Counting,     ///< not reported, deadline ahead
        Overdue,      ///< not reported, deadline passed (迟报)
        Reported,     ///< reported in time
        ReportedLate, ///< reported after the deadline (迟报)
    };

    IncidentDeadline(QDateTime occurredAt, QDateTime platformReportedAt, QDateTime unitReportedAt = {});

    /// occurredAt + 48 hours; invalid when the occurrence time is.
    QDateTime platformDue() const;
    bool isPlatformReported() const { return m_platformReportedAt.isValid(); }
    /// Seconds left to the platform deadline at `now` (negative once past); 0 once reported.
    qint64 remainingSecs(const QDateTime &now) const;
    /// 迟报 to the national platform at `now`.
    bool isLate(const QDateTime &now) const;
    State state(const QDateTime &now) const;

    /// occurredAt + 1 hour.
    QDateTime unitReportDue() const;
    /// The unit reported to the bureau after 1 hour, or has not and `now` is past it.
    bool isUnitReportLate(const QDateTime &now) const;

    /// "hh:mm" of a positive number of seconds, rounded down to the minute (47:59 right after the incident).
    static QString hoursMinutes(qint64 secs);
    /// What the list shows for the platform report at `now`: "剩余 hh:mm", "迟报 (not reported)", "Reported" …
    QString statusText(const QDateTime &now) const;

private:
    QDateTime m_occurredAt;
    QDateTime m_platformReportedAt;
    QDateTime m_unitReportedAt;
};

} // namespace sitesafe
