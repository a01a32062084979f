#pragma once

#include <QDate>
#include <QList>

#include "checklistbook.h"
#include "core/dataset.h"
#include "democontext.h"
#include "hazardhistory.h"

namespace sitesafe::demo {

/// Makes the field data of one project at a time: its planned inspections with their inspectors, checklist
/// answers, certificate checks, hazards (one per failed judging item, plus general ones), hazard histories,
/// notices and photos (recent photos and the signatures of recent signed inspections with real files from
/// DemoEvidence); then incidents, 重大险情 and enforcement through IncidentGenerator. Each project draws
/// from its own random stream, so the result does not depend on how projects are batched into chunks.
class FieldGenerator
{
public:
    FieldGenerator(quint64 seed, QDate today, const Dataset &reference, const QList<ProjectContext> &contexts,
        const OfficialRoster &roster, const ChecklistBook &checklists);

    void addProject(int projectIndex, Dataset &out) const;

    /// Mean number of general hazards written down per inspection besides those from failed items.
    static constexpr double kGeneralHazardsPerInspection = 7.5;

private:
    struct Run;

    void addInspection(Run &run, const PlannedInspection &plan, Dataset &out) const;
    QStringList addCertificateChecks(Run &run, const Inspection &inspection, qint64 finishMs, Dataset &out) const;
    QList<const ChecklistItem *> addAnswers(Run &run, const Inspection &inspection, const PlannedInspection &plan,
        const QStringList &forcedFailures, Dataset &out) const;
    Hazard makeHazard(Run &run, const Inspection &inspection, qint64 finishMs, const QString &edition,
        const QString &item, bool isMajor, const QString &description, SiteTopic topic, const QString &equipmentKind,
        const QString &dangerousWorkCategory) const;
    void assignMeasures(Run &run, const PlannedInspection &plan, QList<Hazard> &hazards) const;
    void addPhotos(Run &run, const Hazard &hazard, const HazardOutcome &outcome, Dataset &out) const;
    /// Taken within DemoEvidence::kRecentDays of the dataset's day: such photos and signatures carry real files.
    bool isRecent(qint64 ms) const;
    QString equipmentOf(Run &run, const QString &kind) const;
    QString dangerousWorkOf(Run &run, const QString &category) const;

    quint64 m_seed;
    QDate m_today;
    qint64 m_nowMs;
    const Dataset &m_reference;
    const QList<ProjectContext> &m_contexts;
    const OfficialRoster &m_roster;
    const ChecklistBook &m_checklists;
    HazardHistory m_history;
};

} // namespace sitesafe::demo
