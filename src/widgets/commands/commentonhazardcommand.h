#pragma once

#include "hazardeventcommand.h"

namespace sitesafe {

/// Adds a comment to a hazard's timeline: a `comment` event, which never changes the state.
class CommentOnHazardCommand final : public HazardEventCommand
{
    Q_DECLARE_TR_FUNCTIONS(CommentOnHazardCommand)

public:
    CommentOnHazardCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &text,
        Changed changed = {});

private:
    static HazardEvent event(const QString &hazardId, const QString &text);
};

} // namespace sitesafe
