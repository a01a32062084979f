#pragma once

#include <optional>

#include <QMetaType>
#include <QString>
#include <QStringList>

#include "core/error.h"

namespace sitesafe {

/// Where a running sync stands, for a progress bar: the phase, counts within it and photo bytes.
struct SyncProgress {
    enum class Phase { SigningIn, Photos, Push, Pull };
    Phase phase = Phase::SigningIn;
    qint64 done = 0;   ///< mutations answered (push), rows applied (pull), bytes acknowledged (photos)
    qint64 total = -1; ///< -1: not known in advance (pull)
};

/// The outcome of one sync run, in numbers people can check (and `error` when it stopped early).
struct SyncReport {
    int photosUploaded = 0;
    qint64 photoBytesSent = 0;
    qint64 photoResumedFrom = -1; ///< server offset a resumed photo upload continued from; -1: none
    int batchesSent = 0;
    int applied = 0;       ///< mutations the server confirmed applied (including duplicates of applied ones)
    int conflicts = 0;     ///< mutations with a field held with both values
    int rejected = 0;      ///< mutations refused with a reason (needs attention)
    int rowsPulled = 0;
    int rowsUnchanged = 0;       ///< of rowsPulled: rows already here as the server holds them (own pushes back)
    bool hadSnapshot = false;
    int tokenRefreshes = 0;
    qint64 stillPending = 0;     ///< outbox rows pending or in flight after the run
    qint64 needsAttention = 0;   ///< outbox rows rejected (all time, until handled)
    qint64 openConflicts = 0;    ///< conflicts not resolved yet (all time)
    qint64 heldRows = 0;         ///< pulled rows kept aside because they break a local constraint (all time)
    int rowsReleased = 0;        ///< held rows that applied in this run
    int blocksReceived = 0;      ///< notice number blocks asked for and stored in this run
    QStringList warnings;        ///< what did not stop the run but should be known (a number block not received)
    std::optional<Error> error;  ///< why the run stopped early; nothing local was lost

    bool isComplete() const { return !error && stillPending == 0; }
    /// Everything recorded on this computer has been applied by the server, with nothing left to resolve.
    bool isEverythingApplied() const
    {
        return isComplete() && needsAttention == 0 && openConflicts == 0 && heldRows == 0;
    }
};

} // namespace sitesafe

Q_DECLARE_METATYPE(sitesafe::SyncProgress)
Q_DECLARE_METATYPE(sitesafe::SyncReport)
