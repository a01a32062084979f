#pragma once

#include "core/referencedata.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sitesafe::demo {

class DemoRandom;
struct ProjectDraft;

/// Makes a project's cranes and hoists (备案 → 告知 → 验收 → 使用登记) and its 危大工程 (住建部令第37号 chain),
/// consistent with the kind and size of the project. Returns the SiteFeature flags they imply.
class SiteGenerator
{
public:
    SiteGenerator(DemoRandom &random, QDate today);

    quint32 addEquipment(
        const ProjectDraft &draft, const QString &ownerEnterpriseId, qint64 createdMs, QList<Equipment> &out);
    quint32 addDangerousWorks(
        const ProjectDraft &draft, quint32 equipmentFeatures, qint64 createdMs, QList<DangerousWork> &out);

private:
    void addOne(const ProjectDraft &draft, const QString &kind, const QString &ownerEnterpriseId, qint64 createdMs,
        QList<Equipment> &out);
    DangerousWork makeWork(const ProjectDraft &draft, const QString &category, const QString &description,
        bool isOverScale, qint64 createdMs);

    DemoRandom &m_random;
    QDate m_today;
    int m_filingSerial = 0;
    int m_registrationSerial = 0;
    QStringList m_monitoringUnits;
};

} // namespace sitesafe::demo
