#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/error.h"
#include "core/fielddata.h"

namespace sitesafe {

/// Answers to checklist items (inspection_answers), one row per inspection × item. Every call is its own
/// transaction (the outbox mutation is written by trigger in it), so an answer is on disk the moment it is given
/// and a killed client loses nothing already answered. Rows are never deleted: undoing the first answer to an
/// item withdraws it (is_withdrawn = 1), answering again brings it back. A signed inspection is refused in words
/// (the triggers refuse too).
class AnswerRepository
{
    Q_DECLARE_TR_FUNCTIONS(AnswerRepository)

public:
    explicit AnswerRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Inserts the answer, or updates result, note and deduction of the item's existing row and clears its
    /// withdrawal. The time trust of the row is the answer's. The id is made here for a new row.
    Status record(InspectionAnswer answer, const QString &actor);
    /// Marks the item's answer withdrawn (what undoing a first answer does). No row: nothing to do.
    Status withdraw(const QString &inspectionId, const QString &itemCode, const QString &actor);
    /// Every answer of the inspection, withdrawn ones included (isWithdrawn says so), by item code.
    QList<InspectionAnswer> answers(const QString &inspectionId);

private:
    Status refuseIfSigned(const QString &inspectionId);

    QSqlDatabase m_db;
};

} // namespace sitesafe
