#pragma once

#include "hazardeventcommand.h"

namespace sitesafe {

/// Lifts a supervision listing (解除督办): a `supervision_lifted` event with the note.
class LiftSupervisionCommand final : public HazardEventCommand
{
    Q_DECLARE_TR_FUNCTIONS(LiftSupervisionCommand)

public:
    LiftSupervisionCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &note,
        Changed changed = {});

private:
    static HazardEvent event(const QString &hazardId, const QString &note);
};

} // namespace sitesafe
