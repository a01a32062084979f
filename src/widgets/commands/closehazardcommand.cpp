#include "closehazardcommand.h"

namespace sitesafe {

CloseHazardCommand::CloseHazardCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &note,
    Changed changed)
    : HazardEventCommand(session, account, event(hazardId, note), {}, std::move(changed))
{
    setText(tr("Close (销号)"));
}

HazardEvent CloseHazardCommand::event(const QString &hazardId, const QString &note)
{
    HazardEvent e;
    e.hazardId = hazardId;
    e.kind = HazardEventKind::Closed;
    e.note = note;
    return e;
}

} // namespace sitesafe
