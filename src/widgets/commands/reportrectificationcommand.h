#pragma once

#include "hazardeventcommand.h"

namespace sitesafe {

/// Reports a hazard rectified on behalf of the responsible party (整改回复): a `rectification_reported` event with
/// the party's note and the photos of the rectified site as its evidence.
class ReportRectificationCommand final : public HazardEventCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportRectificationCommand)

public:
    ReportRectificationCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &note, QStringList photoFiles,
        Changed changed = {});

private:
    static HazardEvent event(const QString &hazardId, const QString &note);
};

} // namespace sitesafe
