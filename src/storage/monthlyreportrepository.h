#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// A monthly report as recorded (`monthly_reports`): one per 市县 or park and month ('YYYY-MM').
struct MonthlyReportRecord {
    QString id;
    QString jurisdictionCode;
    QString month;
    QString status;      ///< draft | submitted
    QString figures;     ///< the figures object, JSON text
    QString submittedAt; ///< stored UTC time of the last submission; empty while a draft
};

/// Submits monthly reports (每月1日前报送上月情况): the row, its outbox mutation (by trigger) and the audit line in one
/// transaction. Submitting again replaces the figures and the time (a corrected report), keeping the row.
class MonthlyReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportRepository)

public:
    explicit MonthlyReportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<MonthlyReportRecord> find(const QString &jurisdictionCode, const QString &month);
    /// `figures` must be a JSON object's text. The submission time is the store's clock.
    Result<MonthlyReportRecord> submit(const QString &jurisdictionCode, const QString &month, const QString &figures,
                                       const QString &actor);

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
