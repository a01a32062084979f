#pragma once

#include "hazardeventcommand.h"

namespace sitesafe {

/// Records a re-inspection (复查): `reinspected_pass` when the hazard is found rectified, `reinspected_fail`
/// (back to rectifying) when not, with the re-inspector's note and the new photos.
class ReinspectHazardCommand final : public HazardEventCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReinspectHazardCommand)

public:
    ReinspectHazardCommand(DataFolderSession &session, const Account &account, const QString &hazardId, bool isPassed, const QString &note, QStringList photoFiles,
        Changed changed = {});

private:
    static HazardEvent event(const QString &hazardId, bool isPassed, const QString &note);
};

} // namespace sitesafe
