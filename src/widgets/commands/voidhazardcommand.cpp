#include "voidhazardcommand.h"

namespace sitesafe {

VoidHazardCommand::VoidHazardCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &reason,
    Changed changed)
    : HazardEventCommand(session, account, event(hazardId, reason), {}, std::move(changed))
{
    setText(tr("Void hazard"));
}

HazardEvent VoidHazardCommand::event(const QString &hazardId, const QString &reason)
{
    HazardEvent e;
    e.hazardId = hazardId;
    e.kind = HazardEventKind::Voided;
    e.note = reason;
    return e;
}

} // namespace sitesafe
