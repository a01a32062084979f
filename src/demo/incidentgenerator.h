#pragma once

#include <QDate>
#include <QList>

#include "core/dataset.h"

namespace sitesafe::demo {

class DemoRandom;
struct ProjectContext;

/// Makes the rarer records of a project: 非亡人事故 (no deaths; a few within the last 48 hours and not yet
/// reported to the national platform), 重大险情 and enforcement actions (警示函、约谈、罚款 …) after major hazards.
class IncidentGenerator
{
public:
    IncidentGenerator(QDate today, qint64 nowMs);

    void addIncidents(DemoRandom &random, int projectIndex, const Project &project, const ProjectContext &context,
        Dataset &out) const;
    /// `hazardRows`: the project's hazards in out.hazards, one of which a danger event may follow from.
    void addDangerEvents(DemoRandom &random, const Project &project, const ProjectContext &context,
        const QList<int> &hazardRows, Dataset &out) const;
    /// `majorRows`: the project's major hazards of signed inspections in out.hazards.
    void addEnforcement(DemoRandom &random, const Project &project, const ProjectContext &context,
        const QList<int> &majorRows, bool hadSupervision, Dataset &out) const;

private:
    qint64 drawPastTime(DemoRandom &random, const Project &project, const ProjectContext &context) const;

    QDate m_today;
    qint64 m_nowMs;
};

} // namespace sitesafe::demo
