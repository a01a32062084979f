#pragma once

#include <functional>

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

#include "core/account.h"
#include "core/error.h"
#include "core/hazardlifecycle.h"

namespace sitesafe {

class DataFolderSession;

/// What one redo() or undo() of a hazard step did: the event appended, what the fold made of it (applied, or
/// superseded with the reason), photos that could not be taken, or the error that kept it from being written.
struct HazardStepResult {
    QString hazardId;
    QString eventId;
    HazardEventKind kind = HazardEventKind::Comment;
    bool isUndo = false;
    Status status;
    HazardEventOutcome outcome;
    QStringList photoErrors; ///< one sentence per photo file that was not taken
};

/// One step of a hazard's 整改 → 复查 → 销号 loop as an undoable edit: redo() appends ONE hazard_events row
/// (HazardRepository::appendEvent: the outbox mutation and the refreshed fold in the same transaction) stamped with
/// the account's name and role and the session's time trust; the first redo() also takes the given photo files
/// as evidence of that event (attachments owned by 'hazard_events'). Events are legal evidence and never deleted,
/// so undo() appends a `withdrawn` event naming the event (HazardLifecycle::withdrawals decides it counts), and a
/// redo() after an undo() appends a copy under a new id, its photos attached again to the copy. A first redo()
/// that writes nothing makes the command obsolete. The verb-named subclasses only fill in the event.
class HazardEventCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(HazardEventCommand)

public:
    using Changed = std::function<void(const HazardStepResult &)>;

    /// `session` must outlive the command. `event` needs hazardId, kind and the kind's fields; id, time, actor,
    /// role and time trust are filled in at each redo(). `photoFiles`: image files to attach on the first redo().
    HazardEventCommand(DataFolderSession &session, Account account, HazardEvent event, QStringList photoFiles = {},
                       Changed changed = {});

    void redo() override;
    void undo() override;

    /// The event the last redo() appended (empty before, or when it failed).
    QString eventId() const { return m_eventId; }
    const HazardStepResult &lastResult() const { return m_last; }

private:
    Status attachPhotos(const QString &eventId, HazardStepResult &result);
    void report(HazardStepResult result);

    DataFolderSession *m_session;
    Account m_account;
    HazardEvent m_event;
    QStringList m_photoFiles;
    Changed m_changed;
    QString m_eventId;
    QString m_firstEventId; ///< owner of the photos taken at the first redo()
    HazardStepResult m_last;
    bool m_hasRun = false;
};

} // namespace sitesafe
