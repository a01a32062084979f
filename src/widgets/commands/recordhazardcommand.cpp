#include "recordhazardcommand.h"

#include "core/hazardevent.h"
#include "storage/database.h"
#include "storage/hazardrepository.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

RecordHazardCommand::RecordHazardCommand(
    Database &database, Hazard hazard, QString actor, std::function<void(const QString &, const Status &)> changed)
    : m_database(&database)
    , m_hazard(std::move(hazard))
    , m_actor(std::move(actor))
    , m_changed(std::move(changed))
{
    setText(m_hazard.criteriaItem.isEmpty() ? tr("Record hazard") : tr("Record hazard %1").arg(m_hazard.criteriaItem));
}

void RecordHazardCommand::redo()
{
    Hazard hazard = m_hazard;
    hazard.id.clear(); // a redo after undo is a new record: the voided one stays as it is
    auto created = HazardRepository(m_database->connection()).create(hazard, m_actor);
    if (!created) {
        if (!m_hasRun)
            setObsolete(true);
        report(created.error());
        return;
    }
    m_hasRun = true;
    m_hazardId = created.value();
    report({});
}

void RecordHazardCommand::undo()
{
    HazardEvent voided;
    voided.hazardId = m_hazardId;
    voided.kind = HazardEventKind::Voided;
    voided.actor = m_actor;
    voided.note = u"undone by the inspector"_s;
    voided.timeTrust = m_hazard.timeTrust;
    auto outcome = HazardRepository(m_database->connection()).appendEvent(voided);
    report(outcome ? Status {} : Status {outcome.error()});
}

void RecordHazardCommand::report(const Status &status)
{
    *m_status = status;
    if (m_changed)
        m_changed(m_hazardId, status);
}

} // namespace sitesafe
