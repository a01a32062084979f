#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

#include "core/error.h"

namespace sitesafe {

/// A full check of a store: SQLite integrity, foreign keys, the audit chain, outbox consistency and the hazard
/// status cache against the fold of the events; plus the counts people want to see.
class StoreCheck
{
    Q_DECLARE_TR_FUNCTIONS(StoreCheck)

public:
    struct Report {
        QStringList problems;               ///< translated sentences; empty when everything is fine
        QList<QPair<QString, qint64>> counts; ///< table → rows, in a stable order
        QList<QPair<QString, qint64>> hazardStates; ///< state code → hazards
        qint64 pendingOutbox = 0;
        qint64 auditEntries = 0;
        int schemaVersion = 0;

        bool isHealthy() const { return problems.isEmpty(); }
    };

    explicit StoreCheck(QSqlDatabase db) : m_db(std::move(db)) {}
    Report run();

private:
    void checkIntegrity(Report &report);
    void checkHazardCache(Report &report);
    void collectCounts(Report &report);

    QSqlDatabase m_db;
};

} // namespace sitesafe
