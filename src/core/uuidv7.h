#pragma once

#include <QDateTime>
#include <QString>

namespace sitesafe {

/// UUIDv7 (RFC 9562) identifiers: 48-bit Unix milliseconds, then random bits, so ids sort by creation time and
/// rows created on different devices never collide. Ids are made by whoever creates the row (DESIGN.md §3).
class UuidV7
{
public:
    /// A new id, lower-case canonical text. Monotonic within this process even inside one millisecond.
    static QString generate();
    /// An id for the given time with caller-supplied randomness (deterministic datasets and tests).
    static QString fromParts(qint64 unixMilliseconds, quint64 randomHigh, quint64 randomLow);
    static bool isValid(QStringView text);
    /// The creation time encoded in a valid id; an invalid QDateTime otherwise.
    static QDateTime timestamp(QStringView text);
};

} // namespace sitesafe
