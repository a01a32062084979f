#pragma once

#include <QDate>

#include "hazardeventcommand.h"

namespace sitesafe {

/// Extends the rectification deadline: a `deadline_extended` event with the new date and the reason (both needed).
class ExtendDeadlineCommand final : public HazardEventCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExtendDeadlineCommand)

public:
    ExtendDeadlineCommand(DataFolderSession &session, const Account &account, const QString &hazardId, QDate newDeadline, const QString &reason,
        Changed changed = {});

private:
    static HazardEvent event(const QString &hazardId, QDate newDeadline, const QString &reason);
};

} // namespace sitesafe
