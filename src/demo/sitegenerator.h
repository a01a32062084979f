#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "core/referencedata.h"

namespace sitesafe::demo {

class DemoRandom;
struct ProjectDraft;

/// Makes a project's cranes and hoists (备案 → 告知 → 验收 → 使用登记) and its 危大工程 (住建部令第37号 chain),
/// consistent with the kind and size of the project. Returns the SiteFeature flags they imply.
class SiteGenerator
{
public:
    SiteGenerator(DemoRandom &random, QDate today, quint64 seed);

    quint32 addEquipment(const ProjectDraft &draft, const QString &ownerEnterpriseId, QList<Equipment> &out);
    quint32 addDangerousWorks(const ProjectDraft &draft, quint32 equipmentFeatures, QList<DangerousWork> &out);

private:
    void addOne(const ProjectDraft &draft, const QString &kind, const QString &ownerEnterpriseId, QList<Equipment> &out);
    DangerousWork makeWork(
        const ProjectDraft &draft, const QString &category, const QString &description, bool isOverScale);

    DemoRandom &m_random;
    QDate m_today;
    quint64 m_seed;
    int m_filingSerial = 0;
    int m_registrationSerial = 0;
    QStringList m_monitoringUnits;
};

} // namespace sitesafe::demo
