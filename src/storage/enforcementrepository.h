#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/error.h"
#include "core/fielddata.h"

namespace sitesafe {

struct LedgerTable;

/// Enforcement actions (执法: 提醒 … 罚款 … 移交司法线索) with the violation each answers. Every save is one
/// transaction: the row, its outbox mutation (by trigger) and the audit entry. Refuses what would make a wrong
/// record, in sentences the form shows: a fine without an amount, 扣诚信分 without points, a person-targeted kind
/// without the person.
class EnforcementRepository
{
    Q_DECLARE_TR_FUNCTIONS(EnforcementRepository)

public:
    explicit EnforcementRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The first problem of an action as entered, or ok.
    static Status validate(const EnforcementAction &action);
    /// Saves a new action (id made here when empty); returns its id.
    Result<QString> create(EnforcementAction action, const QString &actor);
    /// Saves the edited fields of an existing action.
    Status update(const EnforcementAction &action, const QString &actor);

    std::optional<EnforcementAction> find(const QString &id);
    /// The actions of a project (all when projectId is empty), newest decision first.
    QList<EnforcementAction> list(const QString &projectId = {});

private:
    static LedgerTable ledgerTable();
    QSqlDatabase m_db;
};

} // namespace sitesafe
