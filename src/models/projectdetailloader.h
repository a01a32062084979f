#pragma once

#include <QDate>

#include "projectdetail.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// Reads a project with its participants, key people and their certificates, equipment, 危大工程, inspection
/// history and hazards. Meant for the worker thread (SqlWorker).
class ProjectDetailLoader
{
public:
    /// Certificates and licences valid until a day before `today` count as expired.
    ProjectDetailLoader(ReadConnection db, QDate today) : m_db(std::move(db)), m_today(today) {}

    ProjectDetail load(const QString &projectId);

private:
    void loadParticipants(ProjectDetail &d);
    void loadKeyPeople(ProjectDetail &d);
    void loadEquipment(ProjectDetail &d);
    void loadDangerousWorks(ProjectDetail &d);
    void loadInspections(ProjectDetail &d);
    void loadHazards(ProjectDetail &d);
    bool isExpired(const QString &validUntil) const;

    ReadConnection m_db;
    QDate m_today;
};

} // namespace sitesafe
