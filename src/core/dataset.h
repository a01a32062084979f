#pragma once

#include <QList>

#include "fielddata.h"
#include "hazardevent.h"
#include "referencedata.h"

namespace sitesafe {

/// A whole dataset as plain values: what the demo generator produces and what storage and the server load.
/// Reference data first, then field data in dependency order.
struct Dataset {
    QList<Jurisdiction> jurisdictions;
    QList<Enterprise> enterprises;
    QList<Project> projects;
    QList<ProjectParticipant> participants;
    QList<Person> people;
    QList<ProjectKeyPerson> keyPeople;
    QList<Certificate> certificates;
    QList<Equipment> equipment;
    QList<DangerousWork> dangerousWorks;
    QList<NoticeNumberBlock> noticeNumberBlocks;
    QList<Campaign> campaigns;

    QList<Inspection> inspections;
    QList<InspectionAnswer> answers;
    QList<Hazard> hazards;
    QList<HazardEvent> hazardEvents; ///< grouped by hazard, each hazard's events in order
    QList<Notice> notices;
    QList<CertificateCheck> certificateChecks;
    QList<EnforcementAction> enforcementActions;
    QList<Incident> incidents;
    QList<DangerEvent> dangerEvents;
    QList<PhotoRecord> photos;
};

} // namespace sitesafe
