#pragma once

#include <QCoreApplication>

#include "caller.h"
#include "core/error.h"
#include "protocol/pullmessages.h"

namespace sitesafe {

class Backend;

/// Builds pull and snapshot pages (sync-anchors §2.3): changes in server_seq order up to the high-water mark
/// read in the same read transaction, filtered to the caller's 市县, province-wide reference data and the
/// caller's own device rows; each change carries the row as it is now (server-only fields never included).
/// A cursor from another epoch is refused with sync.resync_required (HTTP 410).
class PullReader
{
    Q_DECLARE_TR_FUNCTIONS(PullReader)

public:
    PullReader(Backend &backend, QString serverEpoch);

    /// `echoThrough` > 0: the highest receipt seq the device keeps; its own echo rows up to it are left out
    /// (sync-protocol.md, "Echo rows").
    Result<PullPage> pull(const Caller &caller, const QString &cursor, int limit, qint64 echoThrough = 0);
    /// Pages of every visible row at one pinned seq; the last page carries the cursor to pull from.
    Result<PullPage> snapshot(const Caller &caller, const QString &pageToken, int limit);

private:
    Result<PullPage> page(const Caller &caller, qint64 after, qint64 upTo, int limit, qint64 echoThrough = 0);

    Backend &m_backend;
    QString m_epoch;
};

} // namespace sitesafe
