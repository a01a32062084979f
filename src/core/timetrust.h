#pragma once

#include <optional>

#include <QtGlobal>

namespace sitesafe {

/// How far a record's stamped time can be trusted. Recorded on every field-data row made on a device:
/// `clockOffsetMs` is the server clock minus the device clock seen at the device's last sync (absent when it never
/// synced), `isDoubtful` is set when the wall clock jumped against the monotonic clock since that sync, or when the
/// offset is large. Reviewers see the flag; the time itself is never rewritten.
struct TimeTrust {
    std::optional<qint64> clockOffsetMs;
    bool isDoubtful = false;
};

} // namespace sitesafe
