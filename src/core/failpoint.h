#pragma once

namespace sitesafe::Failpoint {

/// A crash at a named point, for the reliability tests (issue 15, sync-anchors §3 cases 5, 7 and 8): when the
/// environment variable SITESAFE_FAILPOINT names `point`, the process (server or client) SIGKILLs itself there, as
/// a power cut or the OOM killer would, with nothing flushed or rolled back. Unset (always, in production) it costs
/// one comparison. Points: push-half-written (server, PushProcessor), pull-half-applied (client, PullApplier),
/// push-answered-unrecorded (client, SyncEngine: a push answered, its receipts not stored yet).
void hit(const char *point);

} // namespace sitesafe::Failpoint
