#include "clockwatch.h"

#include "clock.h"

namespace sitesafe {

ClockWatch::ClockWatch(const Clock &clock) : m_clock(clock)
{
    rebase();
}

void ClockWatch::rebase()
{
    m_anchorWall = m_clock.now();
    m_anchorMonotonicMs = m_clock.monotonicMs();
}

qint64 ClockWatch::jumpMs() const
{
    const qint64 passed = m_clock.monotonicMs() - m_anchorMonotonicMs;
    return m_anchorWall.msecsTo(m_clock.now()) - passed;
}

bool ClockWatch::hasJumped() const
{
    const qint64 passed = qMax<qint64>(0, m_clock.monotonicMs() - m_anchorMonotonicMs);
    const qint64 tolerance = kJumpToleranceMs + passed * kSlewPartsPerMillion / 1'000'000;
    return qAbs(jumpMs()) > tolerance;
}

TimeTrust ClockWatch::judge(std::optional<qint64> serverOffsetMs, const QDateTime &offsetSeenAt) const
{
    TimeTrust trust;
    trust.clockOffsetMs = serverOffsetMs;
    const bool isOffsetLarge = serverOffsetMs && qAbs(*serverOffsetMs) > kLargeOffsetMs;
    const bool isBeforeLastSync = offsetSeenAt.isValid() && m_clock.now().msecsTo(offsetSeenAt) > kJumpToleranceMs;
    trust.isDoubtful = isOffsetLarge || isBeforeLastSync || hasJumped();
    return trust;
}

} // namespace sitesafe
