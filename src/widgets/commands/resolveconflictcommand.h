#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QUndoCommand>

#include "storage/conflictrepository.h"
#include "storage/database.h"

namespace sitesafe {

/// Resolves one sync conflict (keep mine / keep the server's / an edited value) as an undoable edit. redo()
/// calls ConflictRepository::resolve(); undo() calls reopen() with the value the field held before, which is
/// another ordinary local edit (queued for the server like any other). A first redo() that fails marks the
/// command obsolete, so QUndoStack::push() drops it; lastStatus() stays readable after that.
class ResolveConflictCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResolveConflictCommand)

public:
    /// Writes through `database`'s connection of the calling thread; `database` must outlive the command.
    /// `changed` is called after every redo() and undo() with its outcome (to refresh views, show errors).
    ResolveConflictCommand(Database &database, ConflictRecord conflict, ConflictRepository::Choice choice,
                           QString editedValue, QString actor, std::function<void(const Status &)> changed = {});

    void redo() override;
    void undo() override;

    /// The outcome of the last redo() or undo(); shared, so it outlives a command the stack dropped.
    std::shared_ptr<const Status> lastStatus() const { return m_status; }

private:
    void report(Status status);

    Database *m_database;
    ConflictRecord m_conflict;
    ConflictRepository::Choice m_choice;
    QString m_editedValue;
    QString m_actor;
    std::function<void(const Status &)> m_changed;
    std::shared_ptr<Status> m_status = std::make_shared<Status>();
    QVariant m_previousValue;
    bool m_hasRun = false;
};

} // namespace sitesafe
