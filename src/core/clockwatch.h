#pragma once

#include <optional>

#include <QDateTime>

#include "timetrust.h"

namespace sitesafe {

class Clock;

/// Watches one Clock's wall clock against its monotonic clock from an anchor (the session's start, then each time
/// the server's clock was seen) and judges how far the time stamped on a record made now can be trusted: doubtful
/// when the wall clock jumped since the anchor, when the offset to the server clock seen at the last sync is large,
/// or when the wall clock now reads earlier than the moment that offset was seen (set back between two runs of the
/// program, where no monotonic reading survives). The clock must outlive the watch.
class ClockWatch
{
public:
    /// An offset to the server clock beyond this is not a drifting quartz but a wrongly set clock (or zone).
    static constexpr qint64 kLargeOffsetMs = 5 * 60 * 1000;
    /// A wall clock that moved this much more or less than the monotonic clock was set, not slewed by NTP …
    static constexpr qint64 kJumpToleranceMs = 60 * 1000;
    /// … plus what NTP may slew on its own over a long session (at most 500 ppm).
    static constexpr qint64 kSlewPartsPerMillion = 500;

    explicit ClockWatch(const Clock &clock);

    /// Takes the current readings as the new anchor.
    void rebase();
    /// How much further the wall clock moved than the monotonic clock since the anchor (negative: it was set back).
    qint64 jumpMs() const;
    bool hasJumped() const;

    /// The trust of a record made now, given the offset stored at the last sync (none: never synced) and the device
    /// time it was seen at (invalid: unknown).
    TimeTrust judge(std::optional<qint64> serverOffsetMs, const QDateTime &offsetSeenAt = {}) const;

private:
    const Clock &m_clock;
    QDateTime m_anchorWall;
    qint64 m_anchorMonotonicMs = 0;
};

} // namespace sitesafe
