#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitesafe::demo {

// Internal working values of the demo generator: what the reference phase knows about each project that the
// field phase needs, kept compact so a province-scale run holds 20,000 of them cheaply.

/// What a site has, as bit flags: decides which checklist items apply and which hazards are plausible.
enum SiteFeature : quint32 {
    TowerCrane = 1u << 0,
    ConstructionHoist = 1u << 1,
    MaterialHoist = 1u << 2,
    Excavation = 1u << 3,
    Formwork = 1u << 4,
    Lifting = 1u << 5,
    Scaffolding = 1u << 6,
    AttachedScaffold = 1u << 7,
    Demolition = 1u << 8,
    Tunnelling = 1u << 9,
    SteelStructure = 1u << 10,
    Gondola = 1u << 11,
    ConfinedSpace = 1u << 12,
    Building = 1u << 13,
};

enum class ChecklistTemplate : quint8 { V2024, V2022, Jgj59 };
enum class InspectionKind : quint8 { Round, Special, Reinspection, Random, Supervision };
enum class InspectionStatus : quint8 { Draft, Submitted, Signed };

/// An inspection decided in the reference phase so notice numbers can be allocated in date order before any
/// field data exists.
struct PlannedInspection {
    qint64 startMs = 0;
    int round = 0;
    InspectionKind kind = InspectionKind::Round;
    ChecklistTemplate checklist = ChecklistTemplate::V2024;
    InspectionStatus status = InspectionStatus::Signed;
    bool hasStopWork = false;
    int rectificationNumber = 0; ///< 0: no rectification notice
    int stopWorkNumber = 0; ///< 0: no stop-work notice
};

/// One project as the field phase sees it: ids and names of its parties, index ranges into the reference lists
/// (each project's certificates, equipment and 危大工程 are contiguous), and its planned inspections.
struct ProjectContext {
    int countyIndex = 0;
    QDate lastWorkDay; ///< completion date, or today
    quint32 features = 0;
    int floors = 0;
    QString contractorId;
    QString supervisorId;
    QString subcontractorId; ///< may be empty
    QString managerName;
    QString managerPersonId; ///< the project manager's people row (enforcement against a person)
    QString chiefSupervisorName;
    QStringList safetyOfficerNames;
    int certificateBegin = 0;
    int certificateEnd = 0;
    int equipmentBegin = 0;
    int equipmentEnd = 0;
    int dangerousWorkBegin = 0;
    int dangerousWorkEnd = 0;
    QList<PlannedInspection> inspections;

    bool has(SiteFeature feature) const { return (features & feature) != 0; }
};

/// The officials who inspect, re-inspect and close: bureau staff of each 市县 and the provincial department.
/// They are names only; officials are not people of the enterprise roster.
struct OfficialRoster {
    QList<QStringList> countyInspectors; ///< by county index
    QList<QStringList> countyLeaders; ///< by county index; never also inspectors, so 销号 has a second person
    QStringList provinceInspectors;
    QStringList provinceLeaders;
};

/// Time helpers: all field times are Unix milliseconds, local time is Beijing time (UTC+8).
namespace DemoTime {
constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kMinuteMs = 60'000;
/// The day the reference data is made as of, whatever day the dataset is for (ReferenceGenerator). Never change
/// it: the codes and numbers of every demo store and server seed depend on it.
inline QDate referenceDay()
{
    return QDate(2026, 11, 28);
}
/// Unix milliseconds of `minutes` after local midnight of `date`.
inline qint64 at(QDate date, int minutes)
{
    return (date.toJulianDay() - 2440588) * kDayMs - 8 * kHourMs + minutes * kMinuteMs;
}
/// The local date of a time.
inline QDate dateOf(qint64 ms)
{
    return QDate::fromJulianDay((ms + 8 * kHourMs) / kDayMs + 2440588);
}
} // namespace DemoTime

} // namespace sitesafe::demo
