#pragma once

namespace sitesafe::Failpoint {

/// A crash at a named point, for the reliability tests (issue 15, sync-anchors §3 case 5): when the environment
/// variable SITESAFE_FAILPOINT names `point`, the server SIGKILLs itself there, as a power cut or the OOM killer
/// would, with nothing flushed or rolled back. Unset (always, in production) it costs one comparison.
void hit(const char *point);

} // namespace sitesafe::Failpoint
