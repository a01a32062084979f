#pragma once

#include "hazardeventcommand.h"

namespace sitesafe {

/// Lists a hazard for supervision (挂牌督办) at the account's level (province, city or county): a
/// `supervision_listed` event with the level and the note (督办 document number, requirement).
class ListForSupervisionCommand final : public HazardEventCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListForSupervisionCommand)

public:
    ListForSupervisionCommand(DataFolderSession &session, const Account &account, const QString &hazardId, const QString &level, const QString &note,
        Changed changed = {});

private:
    static HazardEvent event(const QString &hazardId, const QString &level, const QString &note);
};

} // namespace sitesafe
