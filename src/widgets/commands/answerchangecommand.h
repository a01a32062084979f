#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QUndoCommand>

#include "core/error.h"
#include "core/timetrust.h"

namespace sitesafe {

class Database;

/// An item's answer as the runner edits it; an empty result means no answer (never given, or withdrawn).
struct AnswerState {
    QString result;
    QString note;
    double deduction = 0;
};

/// Where answer commands write and whom they tell. `database` must outlive the commands.
struct AnswerTarget {
    Database *database = nullptr;
    QString inspectionId;
    QString actor;
    std::function<TimeTrust()> timeTrust;
    /// Called after every redo() and undo() with the item's answer as now stored and the outcome.
    std::function<void(const QString &itemCode, const AnswerState &state, const Status &status)> changed;
};

/// Moves one item's answer from one state to another as an undoable edit: redo() records the new state with
/// AnswerRepository (one transaction, at once on disk), undo() records the previous one, or withdraws the answer
/// when there was none (rows are never deleted). A first redo() that fails makes the command obsolete, so the
/// stack drops it. AnswerItemCommand, NoteCommand and DeductionCommand name the edit.
class AnswerChangeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnswerChangeCommand)

public:
    AnswerChangeCommand(AnswerTarget target, QString itemCode, AnswerState before, AnswerState after);

    void redo() override;
    void undo() override;

    QString itemCode() const { return m_itemCode; }
    /// The outcome of the last redo() or undo(); shared, so it outlives a command the stack dropped.
    std::shared_ptr<const Status> lastStatus() const { return m_status; }

private:
    Status write(const AnswerState &state);

    AnswerTarget m_target;
    QString m_itemCode;
    AnswerState m_before;
    AnswerState m_after;
    std::shared_ptr<Status> m_status = std::make_shared<Status>();
    bool m_hasRun = false;
};

} // namespace sitesafe
