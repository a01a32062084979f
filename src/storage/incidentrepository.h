#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/error.h"
#include "core/fielddata.h"

namespace sitesafe {

struct LedgerTable;

/// The incident ledger (事故台账, kept for 非亡人事故): create, edit, read. Every save is one transaction with its
/// outbox mutation (by trigger) and audit entry. An incident with deaths is accepted (it happened and must be on
/// record) but is not part of the 非亡人事故 ledger; fatalNote() says so for the form.
class IncidentRepository
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRepository)

public:
    explicit IncidentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The first problem of an incident as entered, or ok. `now`: the reports cannot be in the future.
    static Status validate(const Incident &incident, const QDateTime &now);
    /// deaths = 0: the 非亡人事故 ledger's own kind.
    static bool isNonFatal(const Incident &incident) { return incident.deaths == 0; }
    /// A sentence for an incident with deaths (kept, but outside the 非亡人事故 ledger); empty otherwise.
    static QString fatalNote(const Incident &incident);

    Result<QString> create(Incident incident, const QString &actor);
    Status update(const Incident &incident, const QString &actor);
    std::optional<Incident> find(const QString &id);
    /// The incidents of a project (all when projectId is empty), newest first.
    QList<Incident> list(const QString &projectId = {});

private:
    static LedgerTable ledgerTable();
    QSqlDatabase m_db;
};

} // namespace sitesafe
