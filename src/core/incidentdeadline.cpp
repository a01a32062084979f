#include "incidentdeadline.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

IncidentDeadline::IncidentDeadline(QDateTime occurredAt, QDateTime platformReportedAt, QDateTime unitReportedAt)
    : m_occurredAt(std::move(occurredAt)),
      m_platformReportedAt(std::move(platformReportedAt)),
      m_unitReportedAt(std::move(unitReportedAt))
{
}

QDateTime IncidentDeadline::platformDue() const
{
    return m_occurredAt.isValid() ? m_occurredAt.addSecs(kPlatformHours * 3600) : QDateTime();
}

qint64 IncidentDeadline::remainingSecs(const QDateTime &now) const
{
    if (isPlatformReported() || !m_occurredAt.isValid())
        return 0;
    return now.secsTo(platformDue());
}

bool IncidentDeadline::isLate(const QDateTime &now) const
{
    if (!m_occurredAt.isValid())
        return false;
    if (isPlatformReported())
        return m_platformReportedAt > platformDue();
    return now > platformDue();
}

IncidentDeadline::State IncidentDeadline::state(const QDateTime &now) const
{
    if (isPlatformReported())
        return isLate(now) ? State::ReportedLate : State::Reported;
    return isLate(now) ? State::Overdue : State::Counting;
}

QDateTime IncidentDeadline::unitReportDue() const
{
    return m_occurredAt.isValid() ? m_occurredAt.addSecs(kUnitReportMinutes * 60) : QDateTime();
}

bool IncidentDeadline::isUnitReportLate(const QDateTime &now) const
{
    if (!m_occurredAt.isValid())
        return false;
    if (m_unitReportedAt.isValid())
        return m_unitReportedAt > unitReportDue();
    return now > unitReportDue();
}

QString IncidentDeadline::hoursMinutes(qint64 secs)
{
    const qint64 minutes = qMax<qint64>(0, secs) / 60;
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString IncidentDeadline::statusText(const QDateTime &now) const
{
    switch (state(now)) {
    case State::Counting: return tr("%1 left").arg(hoursMinutes(remainingSecs(now)));
    case State::Overdue: return tr("Late (迟报), not reported");
    case State::Reported: return tr("Reported");
    case State::ReportedLate: return tr("Reported late (迟报)");
    }
    return {};
}

} // namespace sitesafe
