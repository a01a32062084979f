#pragma once

#include <QString>

#include "core/error.h"

namespace sitesafe {

/// A position in the server's change order: the server epoch (a UUID made when the database was created or
/// restored) and a server_seq. On the wire it is opaque: base64url of "epoch:seq". Clients store it and send
/// it back; they never build or compare it.
struct SyncCursor {
    QString epoch;
    qint64 seq = 0;

    QString encode() const;
    /// Error "bad_cursor" for text that is not a cursor.
    static Result<SyncCursor> decode(const QString &text);

    friend bool operator==(const SyncCursor &, const SyncCursor &) = default;
};

} // namespace sitesafe
