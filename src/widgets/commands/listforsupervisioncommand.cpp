#include "listforsupervisioncommand.h"

namespace sitesafe {

ListForSupervisionCommand::ListForSupervisionCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &level, const QString &note,
    Changed changed)
    : HazardEventCommand(session, account, event(hazardId, level, note), {}, std::move(changed))
{
    setText(tr("List for supervision"));
}

HazardEvent ListForSupervisionCommand::event(const QString &hazardId, const QString &level, const QString &note)
{
    HazardEvent e;
    e.hazardId = hazardId;
    e.kind = HazardEventKind::SupervisionListed;
    e.level = level;
    e.note = note;
    return e;
}

} // namespace sitesafe
