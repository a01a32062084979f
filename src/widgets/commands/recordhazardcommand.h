#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QUndoCommand>

#include "core/error.h"
#include "core/fielddata.h"

namespace sitesafe {

class Database;

/// Records a hazard (from the hazard form) as an undoable edit. redo() creates it with HazardRepository (the
/// hazard, its `created` event and the outbox mutations in one transaction); undo() appends a `voided` event with
/// the reason "undone by the inspector" (no hard deletes: the server may already hold it); redo() after undo()
/// records it again as a new hazard with a new id. A first redo() that fails makes the command obsolete.
class RecordHazardCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordHazardCommand)

public:
    /// `database` must outlive the command. `changed` is called after every redo() and undo() with the hazard id
    /// concerned and the outcome.
    RecordHazardCommand(Database &database, Hazard hazard, QString actor,
        std::function<void(const QString &hazardId, const Status &status)> changed = {});

    void redo() override;
    void undo() override;

    /// The id of the hazard the last redo() recorded.
    QString hazardId() const { return m_hazardId; }
    std::shared_ptr<const Status> lastStatus() const { return m_status; }

private:
    void report(const Status &status);

    Database *m_database;
    Hazard m_hazard;
    QString m_actor;
    std::function<void(const QString &, const Status &)> m_changed;
    QString m_hazardId;
    std::shared_ptr<Status> m_status = std::make_shared<Status>();
    bool m_hasRun = false;
};

} // namespace sitesafe
