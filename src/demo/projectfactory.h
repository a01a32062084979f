#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/referencedata.h"

namespace sitesafe::demo {

class DemoRandom;

/// Kinds of projects the generator builds; each has its own names, sizes and site features.
enum class ProjectKind {
    Residential,
    Resettlement,
    Affordable,
    TalentApartment,
    School,
    Hospital,
    Commercial,
    Industrial,
    Public,
    Road,
    UtilityTunnel,
    Bridge,
    Drainage,
    WaterPlant,
};

/// A project as made by ProjectFactory, with what the rest of the reference phase needs to know about it.
struct ProjectDraft {
    Project project;
    ProjectKind kind = ProjectKind::Residential;
    int countyIndex = 0;
    int floors = 0; ///< building storeys; 0 for municipal works
    QDate lastWorkDay;
};

/// Makes realistic Hainan projects: names (住宅、安置房、学校、医院、道路、综合管廊、桥梁 …), addresses in real
/// districts, coordinates inside the 市县, permit and platform numbers, dates and progress relative to today.
/// Keeps the counters that make permit and platform numbers unique, so use one factory per dataset.
class ProjectFactory
{
public:
    ProjectFactory(DemoRandom &random, QDate today);

    ProjectDraft make(int index, int countyIndex, int parkIndex /* -1: none */);
    static bool isMunicipal(ProjectKind kind) { return kind >= ProjectKind::Road; }

private:
    ProjectKind drawKind(bool isInPark);
    QString makeName(ProjectKind kind, const QString &place, const QString &countyName);
    QString makeAddress(int countyIndex, int parkIndex, QString *district);
    void placeOnMap(Project &project, int countyIndex, int parkIndex, const QString &district);
    void setSizeAndMoney(ProjectDraft &draft);
    void setDatesAndStatus(ProjectDraft &draft);
    void setNumbers(ProjectDraft &draft, int index);

    DemoRandom &m_random;
    QDate m_today;
    QHash<QString, int> m_permitSequence; ///< code + date → next sequence
    QStringList m_estateStems;
    QStringList m_estateSuffixes;
    QStringList m_rivers;
    QStringList m_ordinals;
};

} // namespace sitesafe::demo
