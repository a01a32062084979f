#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// A year-end work summary as recorded (`annual_summaries`): one per 市县 or park and period (first and last month,
/// 'YYYY-MM', inclusive).
struct AnnualSummaryRecord {
    QString id;
    QString jurisdictionCode;
    QString firstMonth;
    QString lastMonth;
    QString label;       ///< "2026年度" or the campaign's name
    QString status;      ///< draft | submitted
    QString figures;     ///< the figures object, JSON text
    QString text;        ///< what the bureau writes (工作总结正文)
    QString submittedAt; ///< stored UTC time of the last submission; empty while a draft
};

/// Saves and submits year-end summaries (工作总结, due by 31 December): the row, its outbox mutation (by trigger)
/// and the audit line in one transaction. A draft (the text being written) syncs too, so a colleague on another
/// computer continues it; once submitted, a correction is submitted again (figures, text and time replaced, the
/// row kept), never turned back into a draft.
class AnnualSummaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(AnnualSummaryRepository)

public:
    explicit AnnualSummaryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<AnnualSummaryRecord> find(const QString &jurisdictionCode, const QString &firstMonth,
                                            const QString &lastMonth);
    /// Writes `record` (its id, status and time are set here): a draft when `isSubmitted` is false. Submitting
    /// needs the text; a submitted summary refuses a draft.
    Result<AnnualSummaryRecord> save(AnnualSummaryRecord record, bool isSubmitted, const QString &actor);

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
