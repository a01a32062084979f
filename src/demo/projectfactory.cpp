#include "projectfactory.h"

#include <array>
#include <cmath>
#include <tuple>

#include <QtGlobal>

#include "demorandom.h"
#include "hainangeography.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

struct KindProfile {
    ProjectKind kind;
    double weight;
    double weightInPark;
    int minFloors;
    int maxFloors;
    double minSize; ///< building: m²; municipal: contract value in 万元
    double maxSize;
    const char16_t *permitClass;
};

// Building kinds are about 78 % of the projects; parks lean towards offices, plants and talent apartments.
constexpr std::array<KindProfile, 14> kKinds {{
    {ProjectKind::Residential, 22, 4, 11, 33, 30000, 250000, u"01"},
    {ProjectKind::Resettlement, 8, 1, 11, 26, 20000, 150000, u"01"},
    {ProjectKind::Affordable, 7, 2, 11, 28, 20000, 120000, u"01"},
    {ProjectKind::TalentApartment, 3, 8, 10, 22, 15000, 80000, u"01"},
    {ProjectKind::School, 9, 4, 4, 6, 8000, 45000, u"01"},
    {ProjectKind::Hospital, 5, 5, 6, 18, 20000, 120000, u"01"},
    {ProjectKind::Commercial, 8, 14, 5, 38, 20000, 200000, u"01"},
    {ProjectKind::Industrial, 6, 14, 1, 4, 8000, 60000, u"01"},
    {ProjectKind::Public, 3, 2, 2, 6, 10000, 60000, u"01"},
    {ProjectKind::Road, 9, 6, 0, 0, 3000, 80000, u"19"},
    {ProjectKind::UtilityTunnel, 3, 4, 0, 0, 20000, 150000, u"19"},
    {ProjectKind::Bridge, 4, 1, 0, 0, 5000, 120000, u"18"},
    {ProjectKind::Drainage, 4, 2, 0, 0, 1500, 30000, u"17"},
    {ProjectKind::WaterPlant, 2, 1, 0, 0, 5000, 60000, u"17"},
}};

const KindProfile &profileOf(ProjectKind kind)
{
    return kKinds[static_cast<size_t>(kind)];
}

QString chineseNumber(int n)
{
    static const QString digits = u"〇一二三四五六七八九"_s;
    if (n < 10)
        return QString(digits.at(n));
    if (n < 20)
        return u"十"_s + (n % 10 ? QString(digits.at(n % 10)) : QString());
    return QString(digits.at(n / 10)) + u"十"_s + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

} // namespace

ProjectFactory::ProjectFactory(DemoRandom &random, QDate today)
    : m_random(random)
    , m_today(today)
{
    m_estateStems = {u"椰风"_s, u"海韵"_s, u"阳光"_s, u"滨海"_s, u"御景"_s, u"观澜"_s, u"金岸"_s, u"天海"_s, u"绿洲"_s,
        u"锦绣"_s, u"龙湾"_s, u"南山"_s, u"碧水"_s, u"翡翠"_s, u"星河"_s, u"江畔"_s, u"椰林"_s, u"海悦"_s, u"云湾"_s,
        u"丽景"_s, u"鹿城"_s, u"琼台"_s, u"万绿"_s, u"东湖"_s, u"西海岸"_s, u"白沙门"_s, u"美舍"_s, u"凤凰"_s};
    m_estateSuffixes = {u"花园"_s, u"华庭"_s, u"雅苑"_s, u"府"_s, u"新城"_s, u"公馆"_s, u"湾"_s, u"家园"_s};
    m_rivers = {u"南渡江"_s, u"万泉河"_s, u"昌化江"_s, u"宁远河"_s, u"陵水河"_s, u"文教河"_s, u"珠碧江"_s, u"藤桥河"_s,
        u"三亚河"_s, u"太阳河"_s, u"北门江"_s, u"龙滚河"_s};
    m_ordinals = {u"第一"_s, u"第二"_s, u"第三"_s, u"第四"_s, u"第五"_s, u"第六"_s, u"第七"_s, u"第八"_s, u"第九"_s};
}

ProjectKind ProjectFactory::drawKind(bool isInPark)
{
    std::array<double, kKinds.size()> weights {};
    for (size_t i = 0; i < kKinds.size(); ++i)
        weights[i] = isInPark ? kKinds[i].weightInPark : kKinds[i].weight;
    return kKinds[static_cast<size_t>(m_random.weighted(weights))].kind;
}

ProjectDraft ProjectFactory::make(int index, int countyIndex, int parkIndex)
{
    const CountyProfile &county = HainanGeography::counties().at(countyIndex);
    ProjectDraft draft;
    draft.countyIndex = countyIndex;
    draft.kind = drawKind(parkIndex >= 0);
    Project &p = draft.project;
    p.jurisdictionCode = county.code;
    p.category = isMunicipal(draft.kind) ? u"municipal"_s : u"building"_s;

    QString district;
    p.address = makeAddress(countyIndex, parkIndex, &district);
    QString place;
    if (parkIndex >= 0) {
        const ParkProfile &park = HainanGeography::parks().at(parkIndex);
        p.parkCode = park.code;
        place = park.shortName;
    } else {
        place = m_random.chance(0.6) ? county.name + district : county.name;
    }
    p.name = makeName(draft.kind, place, county.name);
    placeOnMap(p, countyIndex, parkIndex, district);
    setSizeAndMoney(draft);
    setDatesAndStatus(draft);
    setNumbers(draft, index);
    return draft;
}

QString ProjectFactory::makeName(ProjectKind kind, const QString &place, const QString &countyName)
{
    const QString estate = m_random.pick(m_estateStems);
    auto phase = [this](const QString &word) {
        return m_random.chance(0.25) ? u"（"_s + chineseNumber(m_random.between(1, 3)) + word + u"）"_s : QString();
    };
    switch (kind) {
    case ProjectKind::Residential:
        return place + estate + m_random.pick(m_estateSuffixes) + u"项目"_s + phase(u"期"_s);
    case ProjectKind::Resettlement:
        return place + estate + u"片区安置房项目"_s + phase(u"期"_s);
    case ProjectKind::Affordable:
        return place + estate + (m_random.chance(0.6) ? u"安居房项目"_s : u"保障性租赁住房项目"_s) + phase(u"期"_s);
    case ProjectKind::TalentApartment:
        return place + estate + u"人才公寓项目"_s;
    case ProjectKind::School: {
        const double draw = m_random.uniform(0, 1);
        if (draw < 0.4)
            return countyName + m_random.pick(m_ordinals) + u"中学"_s
                + (m_random.chance(0.5) ? u"教学综合楼工程"_s : u"改扩建工程"_s);
        if (draw < 0.8)
            return countyName + m_random.pick(m_ordinals) + u"小学"_s
                + (m_random.chance(0.5) ? u"新校区建设项目"_s : u"教学楼及附属工程"_s);
        return place + estate + u"幼儿园建设项目"_s;
    }
    case ProjectKind::Hospital: {
        static const QStringList hospitals {u"人民医院"_s, u"中医院"_s, u"妇幼保健院"_s, u"第二人民医院"_s};
        static const QStringList buildings {u"门诊医技综合楼"_s, u"住院综合楼"_s, u"感染性疾病科楼"_s, u"新院区"_s};
        return countyName + m_random.pick(hospitals) + m_random.pick(buildings) + u"建设项目"_s;
    }
    case ProjectKind::Commercial: {
        const double draw = m_random.uniform(0, 1);
        if (draw < 0.4)
            return place + estate + u"商业综合体项目"_s;
        if (draw < 0.75)
            return place + estate + u"总部大楼项目"_s;
        return place + estate + u"国际酒店项目"_s;
    }
    case ProjectKind::Industrial: {
        static const QStringList plants {
            u"标准厂房项目"_s, u"生产基地建设项目"_s, u"冷链物流中心项目"_s, u"研发中试基地项目"_s};
        return place + estate + m_random.pick(plants) + phase(u"期"_s);
    }
    case ProjectKind::Public: {
        static const QStringList buildings {
            u"体育中心"_s, u"图书馆新馆"_s, u"文化艺术中心"_s, u"市民游客中心"_s, u"全民健身中心"_s};
        return countyName + m_random.pick(buildings) + u"建设工程"_s;
    }
    case ProjectKind::Road:
        return place + estate + (m_random.chance(0.5) ? u"路市政道路工程"_s : u"大道改造提升工程"_s) + phase(u"标段"_s);
    case ProjectKind::UtilityTunnel:
        return place + estate + u"路综合管廊工程"_s + phase(u"标段"_s);
    case ProjectKind::Bridge:
        return countyName + m_random.pick(m_rivers) + (m_random.chance(0.6) ? u"大桥工程"_s : u"桥梁改建工程"_s);
    case ProjectKind::Drainage:
        return place + estate + (m_random.chance(0.5) ? u"片区排水防涝工程"_s : u"片区雨污分流改造工程"_s);
    case ProjectKind::WaterPlant:
        return countyName + m_random.pick(m_ordinals)
            + (m_random.chance(0.5) ? u"污水处理厂扩建工程"_s : u"水厂及配套管网工程"_s);
    }
    return {};
}

QString ProjectFactory::makeAddress(int countyIndex, int parkIndex, QString *district)
{
    const CountyProfile &county = HainanGeography::counties().at(countyIndex);
    QString area;
    if (parkIndex >= 0) {
        const ParkProfile &park = HainanGeography::parks().at(parkIndex);
        *district = park.district;
        area = (park.district == u"洋浦" ? QString() : park.district) + park.name;
    } else {
        *district = m_random.pick(county.districts);
        area = *district;
    }
    const QString road = m_random.pick(county.roads);
    if (m_random.chance(0.55))
        return county.name + area + road + QString::number(m_random.between(1, 399)) + u"号"_s;
    static const QStringList sides {u"东北侧"_s, u"东南侧"_s, u"西北侧"_s, u"西南侧"_s, u"以东"_s, u"以北"_s};
    QString other = m_random.pick(county.roads);
    if (other == road)
        return county.name + area + road + m_random.pick(sides) + u"地块"_s;
    return county.name + area + road + u"与"_s + other + u"交叉口"_s + m_random.pick(sides);
}

void ProjectFactory::placeOnMap(Project &project, int countyIndex, int parkIndex, const QString &district)
{
    const CountyProfile &county = HainanGeography::counties().at(countyIndex);
    double lat = county.latitude;
    double lon = county.longitude;
    double latSpread = county.latitudeSpread;
    double lonSpread = county.longitudeSpread;
    const qsizetype districtIndex = county.districts.indexOf(district);
    if (districtIndex >= 0 && districtIndex < county.districtCentres.size()) {
        std::tie(lat, lon) = county.districtCentres.at(districtIndex);
        latSpread = lonSpread = 0.03;
    }
    if (parkIndex >= 0) {
        const ParkProfile &park = HainanGeography::parks().at(parkIndex);
        lat = park.latitude;
        lon = park.longitude;
        latSpread = lonSpread = 0.02;
    }
    lat += m_random.uniform(-latSpread, latSpread);
    lon += m_random.uniform(-lonSpread, lonSpread);
    if (county.code != u"460300") { // 三沙's islands lie far outside the main island's box
        lat = qBound(HainanGeography::kMinLatitude, lat, HainanGeography::kMaxLatitude);
        lon = qBound(HainanGeography::kMinLongitude, lon, HainanGeography::kMaxLongitude);
    }
    // Six decimals (about 0.1 m) is what a GPS fix gives.
    project.latitude = std::round(lat * 1e6) / 1e6;
    project.longitude = std::round(lon * 1e6) / 1e6;
}

void ProjectFactory::setSizeAndMoney(ProjectDraft &draft)
{
    const KindProfile &profile = profileOf(draft.kind);
    Project &p = draft.project;
    if (isMunicipal(draft.kind)) {
        static const QHash<int, QStringList> structures {
            {static_cast<int>(ProjectKind::Road), {u"沥青混凝土路面"_s, u"水泥混凝土路面"_s}},
            {static_cast<int>(ProjectKind::UtilityTunnel), {u"现浇钢筋混凝土箱涵"_s, u"预制拼装管廊"_s}},
            {static_cast<int>(ProjectKind::Bridge), {u"预应力混凝土连续箱梁"_s, u"钢-混凝土组合梁"_s}},
            {static_cast<int>(ProjectKind::Drainage), {u"钢筋混凝土管道"_s, u"HDPE双壁波纹管"_s}},
            {static_cast<int>(ProjectKind::WaterPlant), {u"钢筋混凝土水池结构"_s}},
        };
        p.structureType = m_random.pick(structures.value(static_cast<int>(draft.kind)));
        p.floorArea = 0;
        p.contractValue = std::round(m_random.uniform(profile.minSize, profile.maxSize));
        return;
    }
    draft.floors = m_random.between(profile.minFloors, profile.maxFloors);
    // Larger floor areas for taller buildings, within the kind's range.
    const double share = profile.maxFloors > profile.minFloors
        ? double(draft.floors - profile.minFloors) / double(profile.maxFloors - profile.minFloors)
        : 0.5;
    const double size
        = profile.minSize + (profile.maxSize - profile.minSize) * (0.6 * share + 0.4 * m_random.uniform(0, 1));
    p.floorArea = std::round(size);
    p.contractValue = std::round(size * m_random.uniform(0.28, 0.55));
    switch (draft.kind) {
    case ProjectKind::School:
    case ProjectKind::Public:
        p.structureType = m_random.chance(0.7) ? u"框架结构"_s : u"钢框架结构"_s;
        break;
    case ProjectKind::Industrial:
        p.structureType = m_random.chance(0.6) ? u"门式刚架轻型钢结构"_s : u"框架结构"_s;
        break;
    case ProjectKind::Commercial:
        p.structureType = draft.floors > 20 ? u"框架-核心筒结构"_s : u"框架-剪力墙结构"_s;
        break;
    case ProjectKind::Hospital:
        p.structureType = m_random.chance(0.5) ? u"框架-剪力墙结构"_s : u"框架结构"_s;
        break;
    default:
        p.structureType = m_random.chance(0.25) ? u"装配式混凝土剪力墙结构"_s
                                                : (m_random.chance(0.6) ? u"剪力墙结构"_s : u"框架-剪力墙结构"_s);
        break;
    }
}

void ProjectFactory::setDatesAndStatus(ProjectDraft &draft)
{
    Project &p = draft.project;
    const double draw = m_random.uniform(0, 1);
    const int duration = isMunicipal(draft.kind) ? m_random.between(300, 1100)
                                                 : m_random.between(360, 540) + draft.floors * m_random.between(12, 25);
    if (draw < 0.05) {
        p.status = u"not_started"_s;
        p.startDate = m_today.addDays(m_random.between(7, 120));
        p.plannedCompletion = p.startDate.addDays(duration);
        draft.lastWorkDay = m_today;
        p.progress = u"施工准备"_s;
        return;
    }
    if (draw < 0.12) {
        p.status = u"completed"_s;
        p.plannedCompletion = m_today.addDays(-m_random.between(10, 300));
        p.startDate = p.plannedCompletion.addDays(-duration);
        draft.lastWorkDay = p.plannedCompletion;
        p.progress = u"已竣工验收"_s;
        return;
    }
    p.status = draw < 0.16 ? u"suspended"_s : u"under_construction"_s;
    p.startDate = m_today.addDays(-m_random.between(20, 1100));
    p.plannedCompletion = p.startDate.addDays(duration);
    draft.lastWorkDay = m_today;

    const double done = qBound(0.02, double(p.startDate.daysTo(m_today)) / double(duration), 0.97);
    QString progress;
    if (isMunicipal(draft.kind)) {
        const int percent = static_cast<int>(done * 100);
        if (done < 0.15)
            progress = u"管线迁改及场地清表"_s;
        else if (draft.kind == ProjectKind::Bridge)
            progress = done < 0.5 ? u"下部结构施工，完成"_s + QString::number(percent) + u"%"_s
                                  : u"上部结构施工，完成"_s + QString::number(percent) + u"%"_s;
        else if (draft.kind == ProjectKind::UtilityTunnel)
            progress = u"管廊主体结构施工，完成"_s + QString::number(percent) + u"%"_s;
        else
            progress = done < 0.6 ? u"路基及管网施工"_s : u"路面及附属工程施工"_s;
    } else if (done < 0.1) {
        progress = u"桩基施工"_s;
    } else if (done < 0.25) {
        progress = u"地下室结构施工"_s;
    } else if (done < 0.6) {
        const int floor = qMax(1, static_cast<int>(draft.floors * (done - 0.25) / 0.35));
        progress = u"主体结构施工至"_s + QString::number(floor) + u"层"_s;
    } else if (done < 0.7) {
        progress = u"主体结构封顶"_s;
    } else if (done < 0.9) {
        progress = u"二次结构及装饰装修施工"_s;
    } else {
        progress = u"室外工程及竣工验收准备"_s;
    }
    p.progress = p.status == u"suspended" ? progress + u"（停工）"_s : progress;
}

void ProjectFactory::setNumbers(ProjectDraft &draft, int index)
{
    Project &p = draft.project;
    // 施工许可证编号: division code + date + same-day sequence + class (domain-reference §7.3).
    QDate permitDate = p.startDate.addDays(-m_random.between(3, 40));
    QString key;
    int sequence = 0;
    for (;;) {
        key = p.jurisdictionCode + permitDate.toString(u"yyyyMMdd"_s);
        sequence = m_permitSequence.value(key, 0) + 1;
        if (sequence < 100)
            break;
        permitDate = permitDate.addDays(1);
    }
    m_permitSequence.insert(key, sequence);
    p.permitNo = key + QString::number(sequence).rightJustified(2, u'0')
        + QString::fromUtf16(profileOf(draft.kind).permitClass);
    // 全国平台项目编号: division code + year + six-digit serial, unique by construction.
    p.platformNo
        = p.jurisdictionCode + QString::number(p.startDate.year()) + QString::number(index + 1).rightJustified(6, u'0');
}

} // namespace sitesafe::demo
