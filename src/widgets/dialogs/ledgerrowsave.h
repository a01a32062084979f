#pragma once

#include <QString>

#include "core/error.h"

namespace sitesafe {

/// Saves a ledger form's row through its repository (EnforcementRepository, IncidentRepository,
/// DangerEventRepository): create when the row has no id yet, update otherwise. `savedId` gets the row's id when
/// it was saved; the error is the repository's sentence.
template <typename Repository, typename Row>
Status saveLedgerRow(Repository &repository, const Row &row, const QString &actor, QString *savedId)
{
    if (row.id.isEmpty()) {
        auto created = repository.create(row, actor);
        if (!created)
            return created.error();
        *savedId = created.value();
        return {};
    }
    Status status = repository.update(row, actor);
    if (status)
        *savedId = row.id;
    return status;
}

} // namespace sitesafe
