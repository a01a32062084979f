#include "reinspecthazardcommand.h"

namespace sitesafe {

ReinspectHazardCommand::ReinspectHazardCommand(DataFolderSession &session, const Account &account, const QString &hazardId, bool isPassed, const QString &note, QStringList photoFiles,
    Changed changed)
    : HazardEventCommand(session, account, event(hazardId, isPassed, note), std::move(photoFiles), std::move(changed))
{
    setText(isPassed ? tr("Re-inspection passed") : tr("Re-inspection failed"));
}

HazardEvent ReinspectHazardCommand::event(const QString &hazardId, bool isPassed, const QString &note)
{
    HazardEvent e;
    e.hazardId = hazardId;
    e.kind = isPassed ? HazardEventKind::ReinspectedPass : HazardEventKind::ReinspectedFail;
    e.note = note;
    return e;
}

} // namespace sitesafe
