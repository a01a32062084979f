#include "reportrectificationcommand.h"

namespace sitesafe {

ReportRectificationCommand::ReportRectificationCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &note, QStringList photoFiles,
    Changed changed)
    : HazardEventCommand(session, account, event(hazardId, note), std::move(photoFiles), std::move(changed))
{
    setText(tr("Report rectification"));
}

HazardEvent ReportRectificationCommand::event(const QString &hazardId, const QString &note)
{
    HazardEvent e;
    e.hazardId = hazardId;
    e.kind = HazardEventKind::RectificationReported;
    e.note = note;
    return e;
}

} // namespace sitesafe
