#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/error.h"
#include "core/fielddata.h"
#include "core/hazardlifecycle.h"
#include "statementcache.h"

namespace sitesafe {

/// Hazards and their event histories. Every write is one transaction that also records the outbox mutation
/// (by trigger), the audit entry and the refreshed status cache (the fold of the events).
class HazardRepository
{
    Q_DECLARE_TR_FUNCTIONS(HazardRepository)

public:
    explicit HazardRepository(QSqlDatabase db) : m_db(db), m_statements(std::move(db)) {}

    /// Records a new hazard with its `created` event. Ids are made here when empty.
    Result<QString> create(Hazard hazard, const QString &actor);
    /// Appends an event; returns what the fold made of it (applied, or superseded with the reason).
    Result<HazardEventOutcome> appendEvent(HazardEvent event);
    /// Changes the editable fields of a hazard (description, location, measure, deadline, responsible party).
    Status update(const Hazard &hazard, const QString &actor);

    std::optional<Hazard> find(const QString &id);
    QList<HazardEvent> events(const QString &hazardId);
    /// Recomputes the cached state of one hazard from its events (inside the caller's transaction).
    Result<HazardFold> refreshCache(const QString &hazardId);

private:
    /// An event with its stored fold marks (is_superseded, superseded_reason).
    struct StoredEvent {
        HazardEvent event;
        QVariantList marks;
    };
    QList<StoredEvent> storedEvents(const QString &hazardId);

    QSqlDatabase m_db;
    /// Refreshing many hazards (a pulled page) compiles the hazards UPDATE and its triggers once.
    StatementCache m_statements;
};

} // namespace sitesafe
