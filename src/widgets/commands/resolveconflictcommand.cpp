#include "resolveconflictcommand.h"

#include "models/synclabels.h"

namespace sitesafe {

ResolveConflictCommand::ResolveConflictCommand(Database &database, ConflictRecord conflict,
                                               ConflictRepository::Choice choice, QString editedValue, QString actor,
                                               std::function<void(const Status &)> changed)
    : m_database(&database),
      m_conflict(std::move(conflict)),
      m_choice(choice),
      m_editedValue(std::move(editedValue)),
      m_actor(std::move(actor)),
      m_changed(std::move(changed))
{
    setText(tr("Resolve conflict in “%1”").arg(SyncLabels::field(m_conflict.entity, m_conflict.field)));
}

void ResolveConflictCommand::redo()
{
    auto outcome = ConflictRepository(m_database->connection()).resolve(m_conflict.id, m_choice, m_editedValue, m_actor);
    if (!outcome) {
        if (!m_hasRun)
            setObsolete(true); // never on the stack: there is nothing to undo
        report(outcome.error());
        return;
    }
    m_hasRun = true;
    m_previousValue = outcome.value().previousValue;
    report({});
}

void ResolveConflictCommand::undo()
{
    report(ConflictRepository(m_database->connection()).reopen(m_conflict.id, m_previousValue, m_actor));
}

void ResolveConflictCommand::report(Status status)
{
    *m_status = std::move(status);
    if (m_changed)
        m_changed(*m_status);
}

} // namespace sitesafe
