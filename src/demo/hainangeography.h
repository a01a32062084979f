#pragma once

#include <utility>

#include <QList>
#include <QString>
#include <QStringList>

namespace sitesafe::demo {

/// One of Hainan's 19 市县 (domain-reference §5.1) with what the generator needs to place projects in it.
struct CountyProfile {
    QString code; ///< GB/T 2260, "460100"
    QString name; ///< "海口市"
    QString shortName; ///< "海口", used in enterprise names and notice prefixes
    QString kind; ///< prefecture_city | county_city | county | autonomous_county
    double weight = 1; ///< share of the province's projects
    double latitude = 0;
    double longitude = 0;
    double latitudeSpread = 0;
    double longitudeSpread = 0;
    QStringList districts; ///< 区 of the prefecture cities, 镇 elsewhere
    QStringList districtCodes; ///< GB/T 2260 codes usable in credit codes (the 市县 code, plus 区 codes)
    QStringList roads;
    QChar plateLetter; ///< letter in locally issued certificate numbers
    QList<std::pair<double, double>> districtCentres; ///< latitude/longitude per district; empty: use the centre
};

/// One of the 11 key parks of the free trade port (domain-reference §5.2), a jurisdiction of kind "park".
struct ParkProfile {
    QString code; ///< "P01" … "P11"
    QString name;
    QString parentCode; ///< the 市县 it lies in
    QString shortName; ///< used in project names
    QString district;
    double latitude = 0;
    double longitude = 0;
};

/// Hainan's administrative geography as the demo generator sees it: codes and names are the official ones;
/// centres, roads and weights are approximations good enough for plausible demo data.
class HainanGeography
{
public:
    static const QList<CountyProfile> &counties();
    static const QList<ParkProfile> &parks();
    /// How the 市县's documents are numbered: "琼海口", "琼三亚", but "琼海" and "琼中" (no doubled 琼).
    static QString documentPrefix(int countyIndex);
    /// Latitude/longitude box of Hainan island (三沙 lies outside it, in the South China Sea).
    static constexpr double kMinLatitude = 18.12;
    static constexpr double kMaxLatitude = 20.08;
    static constexpr double kMinLongitude = 108.62;
    static constexpr double kMaxLongitude = 111.08;
};

} // namespace sitesafe::demo
