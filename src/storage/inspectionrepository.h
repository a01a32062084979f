#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/error.h"
#include "core/fielddata.h"

namespace sitesafe {

/// Inspections (检查) as records: create a draft, read it back, change what a draft may change, submit it. Every
/// write is one transaction that also records the outbox mutation (by trigger) and the audit entry. A signed
/// inspection is frozen (the triggers refuse any change; this class says so in words first); signing and
/// amendments are InspectionSigner's, answers AnswerRepository's.
class InspectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InspectionRepository)

public:
    explicit InspectionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Checks what the law and the schema ask of a new inspection, in words the wizard can show before saving:
    /// at least two different inspectors (two law-enforcement officers), a round of 1 or 2 for full-coverage
    /// rounds and none otherwise, a project, at least one checklist.
    static Status validate(const Inspection &inspection);

    /// Records a new draft. Ids are made here when empty; startedAt defaults to the store clock's now; status is
    /// always 'draft'; templateCode defaults to the first checklist. Returns the id.
    Result<QString> create(Inspection inspection, const QString &actor);

    std::optional<Inspection> find(const QString &id);

    /// Changes what a draft or submitted inspection may change: inspectors, checklists, notes, site
    /// representative. Refused for a signed one ("make an amendment instead").
    Status update(const Inspection &inspection, const QString &actor);

    /// draft → submitted, with finished_at = now. Idempotent for an already submitted inspection.
    Status submit(const QString &id, const QString &actor);

private:
    Status refuseIfSigned(const QString &id);

    QSqlDatabase m_db;
};

} // namespace sitesafe
