#pragma once

#include <QDate>
#include <QList>

#include "core/dataset.h"

namespace sitesafe::demo {

class DemoRandom;
struct ProjectContext;

/// Makes the rarer records of a project: 非亡人事故 (no deaths; a few within the last 48 hours and not yet
/// reported to the national platform, some reported late), 重大险情 and enforcement actions (提醒、警示函、约谈、
/// 罚款、扣诚信分、行业禁入、移交司法线索 …, each with the violation it answers) after major hazards. Their ids
/// depend on the seed and the project only (DemoIds), never on the date.
class IncidentGenerator
{
public:
    IncidentGenerator(quint64 seed, QDate today, qint64 nowMs);

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

    quint64 m_seed;
    QDate m_today;
    qint64 m_nowMs;
};

} // namespace sitesafe::demo
