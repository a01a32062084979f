#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include "core/error.h"

namespace sitesafe {

/// One ledger table as its repository writes it: the columns besides id and the times, the audit action prefix
/// ("incident" → incident.create / incident.update) and the repository's own sentences.
struct LedgerTable {
    QString table;
    QStringList columns;
    QString auditPrefix;
    QString savingWhat;     ///< "saving the incident", for StorageError::fromSql
    QString missingCode;    ///< error code of an update whose row is gone
    QString missingMessage; ///< "The incident is no longer on this computer."
};

/// The write path the ledger repositories share (EnforcementRepository, IncidentRepository,
/// DangerEventRepository): one row inserted or updated with its audit line in one transaction (the table's sync
/// trigger queues the outbox row), stamped with the store's clock; and their list query.
class LedgerRowWriter
{
public:
    /// `values` in the order of `t.columns`; `detail` goes to the audit line (the row's kind).
    static Status insert(QSqlDatabase db, const LedgerTable &t, const QString &id, const QVariantList &values,
                         const QString &actor, const QString &detail);
    static Status update(QSqlDatabase db, const LedgerTable &t, const QString &id, const QVariantList &values,
                         const QString &actor, const QString &detail);
    /// `select` (with no WHERE) for one project, or all when `projectId` is empty, in `order`; false on failure.
    static bool list(QSqlQuery &q, const QString &select, const QString &projectId, const QString &order);
};

} // namespace sitesafe
