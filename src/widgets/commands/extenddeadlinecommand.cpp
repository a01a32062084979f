#include "extenddeadlinecommand.h"

namespace sitesafe {

ExtendDeadlineCommand::ExtendDeadlineCommand(DataFolderSession &session, const Account &account, const QString &hazardId, QDate newDeadline, const QString &reason,
    Changed changed)
    : HazardEventCommand(session, account, event(hazardId, newDeadline, reason), {}, std::move(changed))
{
    setText(tr("Extend deadline to %1").arg(newDeadline.toString(Qt::ISODate)));
}

HazardEvent ExtendDeadlineCommand::event(const QString &hazardId, QDate newDeadline, const QString &reason)
{
    HazardEvent e;
    e.hazardId = hazardId;
    e.kind = HazardEventKind::DeadlineExtended;
    e.newDeadline = newDeadline;
    e.note = reason;
    return e;
}

} // namespace sitesafe
