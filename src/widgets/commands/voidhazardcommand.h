#pragma once

#include "hazardeventcommand.h"

namespace sitesafe {

/// Voids a hazard recorded in error: a `voided` event with the reason (needed). Terminal; nothing is deleted.
class VoidHazardCommand final : public HazardEventCommand
{
    Q_DECLARE_TR_FUNCTIONS(VoidHazardCommand)

public:
    VoidHazardCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &reason,
        Changed changed = {});

private:
    static HazardEvent event(const QString &hazardId, const QString &reason);
};

} // namespace sitesafe
