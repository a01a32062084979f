#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include "core/dataset.h"
#include "democontext.h"
#include "demorandom.h"
#include "hainannames.h"
#include "projectfactory.h"
#include "sitegenerator.h"
#include "staffgenerator.h"

namespace sitesafe::demo {

/// Makes the reference data of a demo dataset (jurisdictions, enterprises, projects and everything attached to
/// them) together with the per-project context and the officials the field phase needs. Everything comes from
/// one random stream and is made as of one fixed day, DemoTime::referenceDay(), so ids, codes and numbers depend
/// only on the seed and the project count: the client's demo and the server's seed agree on any day.
/// moveDates() then moves the dates to the day the dataset is for. Inspections are planned afterwards, on
/// their own streams (InspectionPlanner), because they depend on that day.
class ReferenceGenerator
{
public:
    ReferenceGenerator(quint64 seed, int projectCount);

    void build(Dataset &out, QList<ProjectContext> &contexts, OfficialRoster &roster);
    /// Moves every date of the reference rows and contexts by `days` (numbers and codes keep their values).
    static void moveDates(Dataset &out, QList<ProjectContext> &contexts, qint64 days);

private:
    void addJurisdictions(Dataset &out);
    void addEnterprises(Dataset &out);
    void addRoster(OfficialRoster &roster);
    void addProject(int index, Dataset &out, QList<ProjectContext> &contexts);
    int drawCounty(bool isEnterprise);
    const Enterprise &pickEnterprise(const Dataset &out, EnterpriseRole role, int countyIndex);
    QString homeCode(int countyIndex);
    QString keyPersonId(const Dataset &out) const;

    quint64 m_seed;
    DemoRandom m_random;
    QDate m_today;
    int m_projectCount;
    ProjectFactory m_projects;
    StaffGenerator m_staff;
    SiteGenerator m_sites;
    QList<QList<int>> m_enterprisesByRole; ///< role → rows in out.enterprises
    QList<QList<QList<int>>> m_enterprisesByRoleAndCounty; ///< role → county → rows
    QHash<QString, QString> m_principalOf; ///< enterprise id → person id of its 主要负责人
};

} // namespace sitesafe::demo
