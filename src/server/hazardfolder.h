#pragma once

#include <QString>

#include "core/error.h"

namespace sitesafe {

class StatementCache;

/// Keeps the server's hazard status: folds a hazard's events in server order (server_seq) with core's
/// HazardLifecycle and writes the result to the hazard's cache columns (status, is_supervision_listed,
/// supervision_level, effective_deadline, closed_at) and each event's is_superseded / superseded_reason.
/// The cache is never synced: every client folds the same events in the same order itself.
class HazardFolder
{
public:
    /// Refolds one hazard; returns why `eventId` was superseded (empty when it took effect).
    static Result<QString> refold(StatementCache &statements, const QString &hazardId, const QString &eventId = {});
};

} // namespace sitesafe
