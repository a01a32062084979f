#pragma once

#include "democontext.h"
#include "demorandom.h"
#include "hainannames.h"
#include "inspectionplanner.h"
#include "projectfactory.h"
#include "sitegenerator.h"
#include "staffgenerator.h"

#include "core/dataset.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace sitesafe::demo {

/// Makes the reference data of a demo dataset (jurisdictions, enterprises, projects and everything attached to
/// them, notice-number blocks) together with the per-project context and the officials the field phase needs.
/// Everything comes from one random stream, so it depends only on the seed, the day and the project count.
class ReferenceGenerator
{
public:
    ReferenceGenerator(quint64 seed, QDate today, int projectCount, QString deviceId);

    void build(Dataset &out, QList<ProjectContext> &contexts, OfficialRoster &roster);

private:
    void addJurisdictions(Dataset &out);
    void addEnterprises(Dataset &out);
    void addRoster(OfficialRoster &roster);
    void addProject(int index, Dataset &out, QList<ProjectContext> &contexts);
    int drawCounty(bool isEnterprise);
    const Enterprise &pickEnterprise(const Dataset &out, EnterpriseRole role, int countyIndex);
    QString homeCode(int countyIndex);
    qint64 createdBefore(QDate day, int daysBefore);

    DemoRandom m_random;
    QDate m_today;
    int m_projectCount;
    QString m_deviceId;
    ProjectFactory m_projects;
    StaffGenerator m_staff;
    SiteGenerator m_sites;
    InspectionPlanner m_planner;
    QList<QList<int>> m_enterprisesByRole; ///< role → rows in out.enterprises
    QList<QList<QList<int>>> m_enterprisesByRoleAndCounty; ///< role → county → rows
    QHash<QString, QString> m_principalOf; ///< enterprise id → person id of its 主要负责人
};

} // namespace sitesafe::demo
