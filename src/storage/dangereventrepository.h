#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/error.h"
#include "core/fielddata.h"

namespace sitesafe {

struct LedgerTable;

/// The 重大险情 ledger (major dangerous situations without casualties): create, edit, read. Every save is one
/// transaction with its outbox mutation (by trigger) and audit entry.
class DangerEventRepository
{
    Q_DECLARE_TR_FUNCTIONS(DangerEventRepository)

public:
    explicit DangerEventRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The first problem of a danger event as entered, or ok. `now`: it cannot have happened in the future.
    static Status validate(const DangerEvent &event, const QDateTime &now);
    Result<QString> create(DangerEvent event, const QString &actor);
    Status update(const DangerEvent &event, const QString &actor);
    std::optional<DangerEvent> find(const QString &id);
    /// The events of a project (all when projectId is empty), newest first.
    QList<DangerEvent> list(const QString &projectId = {});

private:
    static LedgerTable ledgerTable();
    QSqlDatabase m_db;
};

} // namespace sitesafe
