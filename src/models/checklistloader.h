#pragma once

#include "checklistdata.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// Reads an inspection's checklist: its checklist codes (["V2024", "B.1", "B.14"]) expanded to the criteria items
/// of that edition (conditions under their item) and the JGJ 59 sheet items with their points and deduction
/// rules (from the built-in score-sheet catalog), the current answers (withdrawn ones count as unanswered), and
/// the project's participants and project manager for the hazard form. For the worker thread (SqlWorker).
class ChecklistLoader
{
public:
    explicit ChecklistLoader(ReadConnection db)
        : m_db(std::move(db))
    { }

    ChecklistData load(const QString &inspectionId);

private:
    bool loadInspection(ChecklistData &d, const QString &inspectionId);
    void loadCriteria(ChecklistData &d, const QString &setCode);
    void loadSheet(ChecklistData &d, const QString &sheetCode, const ScoreSheetCatalog &catalog);
    void loadAnswers(ChecklistData &d);
    void loadParties(ChecklistData &d);

    ReadConnection m_db;
};

} // namespace sitesafe
