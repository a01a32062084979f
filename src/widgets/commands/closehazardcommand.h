#pragma once

#include "hazardeventcommand.h"

namespace sitesafe {

/// Closes a hazard (销号) after a passed re-inspection: a `closed` event. The fold keeps an inspector's closing,
/// or the re-inspector's own, as superseded; the server refuses it too.
class CloseHazardCommand final : public HazardEventCommand
{
    Q_DECLARE_TR_FUNCTIONS(CloseHazardCommand)

public:
    CloseHazardCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &note,
        Changed changed = {});

private:
    static HazardEvent event(const QString &hazardId, const QString &note);
};

} // namespace sitesafe
