#include "commentonhazardcommand.h"

namespace sitesafe {

CommentOnHazardCommand::CommentOnHazardCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &text,
    Changed changed)
    : HazardEventCommand(session, account, event(hazardId, text), {}, std::move(changed))
{
    setText(tr("Comment"));
}

HazardEvent CommentOnHazardCommand::event(const QString &hazardId, const QString &text)
{
    HazardEvent e;
    e.hazardId = hazardId;
    e.kind = HazardEventKind::Comment;
    e.note = text;
    return e;
}

} // namespace sitesafe
