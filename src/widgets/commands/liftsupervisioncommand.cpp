#include "liftsupervisioncommand.h"

namespace sitesafe {

LiftSupervisionCommand::LiftSupervisionCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &note,
    Changed changed)
    : HazardEventCommand(session, account, event(hazardId, note), {}, std::move(changed))
{
    setText(tr("Lift supervision"));
}

HazardEvent LiftSupervisionCommand::event(const QString &hazardId, const QString &note)
{
    HazardEvent e;
    e.hazardId = hazardId;
    e.kind = HazardEventKind::SupervisionLifted;
    e.note = note;
    return e;
}

} // namespace sitesafe
