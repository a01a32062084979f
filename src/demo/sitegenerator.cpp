#include "sitegenerator.h"

#include <cmath>

#include "democontext.h"
#include "demoids.h"
#include "demorandom.h"
#include "hainangeography.h"
#include "projectfactory.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

/// Rounded to what the description shows, so the over-scale test agrees with the text.
double tenths(double value)
{
    return std::round(value * 10) / 10;
}

QString oneDecimal(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

SiteGenerator::SiteGenerator(DemoRandom &random, QDate today, quint64 seed)
    : m_random(random)
    , m_today(today)
    , m_seed(seed)
{
    m_monitoringUnits = {u"海南建科工程检测有限公司"_s, u"海南琼测岩土工程有限公司"_s, u"海南中测工程技术有限公司"_s,
        u"海南地质综合勘察设计院"_s, u"海南华信工程检测有限公司"_s};
}

quint32 SiteGenerator::addEquipment(const ProjectDraft &draft, const QString &ownerEnterpriseId, QList<Equipment> &out)
{
    const Project &p = draft.project;
    if (p.status == u"not_started")
        return 0;
    quint32 features = 0;
    int towerCranes = 0;
    int hoists = 0;
    int materialHoists = 0;
    if (!ProjectFactory::isMunicipal(draft.kind)) {
        const bool isLowRise = draft.floors <= 4;
        if (m_random.chance(isLowRise ? 0.5 : 0.92))
            towerCranes = p.floorArea < 40000 ? 1
                : p.floorArea < 100000        ? m_random.between(1, 2)
                                              : m_random.between(2, 4);
        if (draft.floors >= 8 && m_random.chance(0.85))
            hoists = draft.floors > 20 ? 2 : 1;
        else if (draft.floors < 8 && m_random.chance(0.25))
            materialHoists = 1;
    } else if ((draft.kind == ProjectKind::Bridge && m_random.chance(0.3))
        || (draft.kind == ProjectKind::UtilityTunnel && m_random.chance(0.1))) {
        towerCranes = 1;
    }
    for (int i = 0; i < towerCranes; ++i)
        addOne(draft, u"tower_crane"_s, ownerEnterpriseId, out);
    for (int i = 0; i < hoists; ++i)
        addOne(draft, u"construction_hoist"_s, ownerEnterpriseId, out);
    for (int i = 0; i < materialHoists; ++i)
        addOne(draft, u"material_hoist"_s, ownerEnterpriseId, out);
    if (towerCranes)
        features |= TowerCrane;
    if (hoists)
        features |= ConstructionHoist;
    if (materialHoists)
        features |= MaterialHoist;
    return features;
}

void SiteGenerator::addOne(
    const ProjectDraft &draft, const QString &kind, const QString &ownerEnterpriseId, QList<Equipment> &out)
{
    static const QStringList towerModels {u"QTZ63(TC5610)"_s, u"QTZ80(TC6010-6)"_s, u"QTZ125(TC6015)"_s,
        u"QTZ160(TC7030)"_s, u"QTZ250(TC7052)"_s, u"STT153"_s};
    static const QStringList hoistModels {u"SC200/200"_s, u"SC200/200G"_s, u"SCD200/200J"_s};
    static const QStringList materialModels {u"SS100"_s, u"SSD100"_s};
    const Project &p = draft.project;
    const CountyProfile &county = HainanGeography::counties().at(draft.countyIndex);

    Equipment e;
    e.projectId = p.id;
    e.kind = kind;
    e.ownerEnterpriseId = ownerEnterpriseId;
    QString letter;
    if (kind == u"tower_crane") {
        e.model = m_random.pick(towerModels);
        letter = u"T"_s;
    } else if (kind == u"construction_hoist") {
        e.model = m_random.pick(hoistModels);
        letter = u"S"_s;
    } else {
        e.model = m_random.pick(materialModels);
        letter = u"W"_s;
    }
    const int builtYear = p.startDate.year() - m_random.between(0, 8);
    e.serialNo = e.model.section(u'(', 0, 0) + u"-"_s + QString::number(builtYear) + u"-"_s
        + QString::number(m_random.between(1, 9999)).rightJustified(4, u'0');
    // 产权备案 happens once per machine, before its first rental; the number carries the filing year.
    e.filingNo = u"琼"_s + county.plateLetter + u"-"_s + letter + u"-"_s + QString::number(builtYear) + u"-"_s
        + QString::number(++m_filingSerial).rightJustified(5, u'0');

    const QDate notified = p.startDate.addDays(m_random.between(30, 150));
    e.installationNotifiedOn = notified <= m_today ? notified : QDate();
    const QDate accepted = notified.addDays(m_random.between(5, 20));
    const QDate lastDay = draft.lastWorkDay;
    if (!e.installationNotifiedOn.isValid() || accepted > m_today) {
        e.status = u"installing"_s;
    } else {
        e.acceptedOn = accepted;
        e.status = p.status == u"completed" ? u"dismantled"_s : u"in_use"_s;
        // 使用登记 within 30 days of acceptance; some register late and a few never did (a V2024-08-01 hazard).
        const QDate registered
            = accepted.addDays(m_random.chance(0.9) ? m_random.between(3, 25) : m_random.between(31, 60));
        if (registered <= qMin(m_today, lastDay) && m_random.chance(0.93)) {
            e.registeredOn = registered;
            e.useRegistrationNo = u"琼"_s + county.plateLetter + u"DJ-"_s + QString::number(registered.year()) + u"-"_s
                + QString::number(++m_registrationSerial).rightJustified(5, u'0');
        }
    }
    e.id = DemoIds::reference(m_seed, u"equipment", out.size());
    out.append(e);
}

DangerousWork SiteGenerator::makeWork(
    const ProjectDraft &draft, const QString &category, const QString &description, bool isOverScale)
{
    DangerousWork w;
    w.projectId = draft.project.id;
    w.category = category;
    w.description = description;
    w.isOverScale = isOverScale;
    const bool isStarted = draft.project.status != u"not_started";
    if (isOverScale) {
        const double draw = m_random.uniform(0, 1);
        w.expertReview = !isStarted ? u"pending"_s
            : draw < 0.55           ? u"passed"_s
            : draw < 0.85           ? u"passed_with_changes"_s
            : draw < 0.95           ? u"pending"_s
                                    : u"failed"_s;
    } else {
        w.expertReview = u"not_required"_s;
    }
    const bool isReviewOpen = w.expertReview == u"pending" || w.expertReview == u"failed";
    const double planDraw = m_random.uniform(0, 1);
    if (!isStarted)
        w.planStatus = planDraw < 0.6 ? u"drafted"_s : u"reviewed"_s;
    else if (planDraw < 0.03)
        w.planStatus = u"missing"_s;
    else if (planDraw < 0.1)
        w.planStatus = u"drafted"_s;
    else
        w.planStatus = isReviewOpen || planDraw < 0.18 ? u"reviewed"_s : u"approved"_s;

    const bool needsAcceptance
        = category == u"excavation" || category == u"formwork" || category == u"lifting" || category == u"scaffolding";
    if (!needsAcceptance)
        w.acceptanceStatus = u"not_required"_s;
    else if (!isStarted || w.planStatus != u"approved")
        w.acceptanceStatus = u"pending"_s;
    else {
        const double draw = m_random.uniform(0, 1);
        w.acceptanceStatus = draw < 0.72 ? u"accepted"_s : draw < 0.96 ? u"pending"_s : u"failed"_s;
    }
    if (category == u"excavation" && isOverScale)
        w.monitoringUnit = m_random.pick(m_monitoringUnits);
    return w;
}

quint32 SiteGenerator::addDangerousWorks(
    const ProjectDraft &draft, quint32 equipmentFeatures, QList<DangerousWork> &out)
{
    QList<DangerousWork> works;
    QList<quint32> workFeatures;
    quint32 features = 0; // site features that do not come from a 危大工程
    auto add = [&](const QString &category, const QString &description, bool isOverScale, quint32 feature) {
        works.append(makeWork(draft, category, description, isOverScale));
        workFeatures.append(feature);
    };
    auto excavation = [&](double low, double high, const QString &what) {
        // Support systems by depth, as designers choose them.
        static const QStringList shallow {u"土钉墙"_s, u"放坡+喷锚"_s, u"拉森钢板桩"_s};
        static const QStringList medium {u"SMW工法桩"_s, u"钻孔灌注桩+预应力锚索"_s, u"拉森钢板桩+内支撑"_s};
        static const QStringList deep {u"钻孔灌注桩+内支撑"_s, u"钻孔灌注桩+预应力锚索"_s, u"地下连续墙+内支撑"_s};
        const double depth = tenths(m_random.uniform(low, high));
        const QStringList &supports = depth < 5 ? shallow : depth < 8 ? medium : deep;
        add(u"excavation"_s,
            what + u"开挖深度"_s + oneDecimal(depth) + u"米，采用"_s + m_random.pick(supports) + u"支护"_s,
            depth >= 5.0, Excavation);
    };
    auto formwork = [&](double low, double high, const QString &what) {
        const double height = tenths(m_random.uniform(low, high));
        const double span = tenths(m_random.uniform(8, 22));
        add(u"formwork"_s, what + u"，搭设高度"_s + oneDecimal(height) + u"米，最大跨度"_s + oneDecimal(span) + u"米"_s,
            height >= 8.0 || span >= 18.0, Formwork);
    };

    switch (draft.kind) {
    case ProjectKind::Road:
        if (m_random.chance(0.6))
            excavation(3, 6.5, u"雨污水管沟槽"_s);
        if (m_random.chance(0.15))
            add(u"demolition"_s, u"旧路面及构筑物拆除，毗邻通行道路"_s, false, Demolition);
        if (m_random.chance(0.15))
            add(u"lifting"_s,
                u"预制构件采用汽车起重机吊装，单件起吊重量约"_s + QString::number(m_random.between(12, 60)) + u"kN"_s,
                false, Lifting);
        features |= ConfinedSpace;
        break;
    case ProjectKind::UtilityTunnel:
        excavation(6, 12, u"管廊基坑"_s);
        if (m_random.chance(0.4))
            formwork(4, 7, u"管廊侧墙及顶板模板支撑"_s);
        if (m_random.chance(0.3))
            add(u"tunnelling"_s,
                u"过路段采用顶管法施工，顶管长度"_s + QString::number(m_random.between(60, 260)) + u"米"_s, true,
                Tunnelling);
        if (m_random.chance(0.3))
            add(u"lifting"_s, u"预制管廊节段吊装"_s, false, Lifting);
        features |= ConfinedSpace;
        break;
    case ProjectKind::Bridge: {
        formwork(8, 20, u"现浇箱梁满堂支架"_s);
        if (m_random.chance(0.7)) {
            const int kn = m_random.between(60, 1200);
            add(u"lifting"_s, u"预制T梁架设，单件起吊重量"_s + QString::number(kn) + u"kN"_s, kn >= 100, Lifting);
        }
        if (m_random.chance(0.5))
            excavation(3, 6, u"承台基坑"_s);
        if (m_random.chance(0.3))
            add(u"other"_s, u"水中墩钢围堰及水下作业"_s, true, 0);
        if (m_random.chance(0.15))
            add(u"demolition"_s, u"旧桥拆除，跨越通航河道"_s, true, Demolition);
        break;
    }
    case ProjectKind::Drainage:
        excavation(3, 7, u"排水管沟槽"_s);
        if (m_random.chance(0.4))
            add(u"tunnelling"_s, u"穿越道路段采用顶管法施工"_s, true, Tunnelling);
        features |= ConfinedSpace;
        break;
    case ProjectKind::WaterPlant:
        excavation(5, 10, u"生化池基坑"_s);
        if (m_random.chance(0.6))
            formwork(5, 9, u"池壁及顶板模板支撑"_s);
        features |= ConfinedSpace;
        break;
    default: { // buildings
        features |= Building;
        if ((equipmentFeatures & TowerCrane) && m_random.chance(0.85))
            add(u"lifting"_s, u"塔式起重机安装、顶升加节及拆卸"_s, m_random.chance(0.08), Lifting);
        if (m_random.chance(0.8))
            excavation(3, 14, draft.floors > 6 ? u"地下室基坑"_s : u"基础基坑"_s);
        if (m_random.chance(0.6))
            formwork(5, 12, u"高大模板支撑体系"_s);
        if (m_random.chance(0.85)) {
            const double draw = m_random.uniform(0, 1);
            if (draft.floors >= 18 && draw < 0.3) {
                add(u"scaffolding"_s, u"附着式升降脚手架，提升高度"_s + QString::number(draft.floors * 3) + u"米"_s,
                    draft.floors * 3 >= 150, Scaffolding | AttachedScaffold);
            } else if (draft.floors >= 8 && draw < 0.75) {
                const double height = tenths(m_random.uniform(15, 24));
                add(u"scaffolding"_s, u"型钢悬挑脚手架，分段搭设高度"_s + oneDecimal(height) + u"米"_s, height >= 20,
                    Scaffolding);
            } else {
                const double height = tenths(qMax(24.0, draft.floors * 3.1));
                add(u"scaffolding"_s, u"落地式钢管脚手架，搭设高度"_s + oneDecimal(height) + u"米"_s, height >= 50,
                    Scaffolding);
            }
        }
        if (m_random.chance(0.3)) {
            const double draw = m_random.uniform(0, 1);
            if (draw < 0.4) {
                const int height = static_cast<int>(std::lround(draft.floors * 3.3));
                add(u"other"_s, u"建筑幕墙安装，施工高度"_s + QString::number(height) + u"米"_s, height >= 50, 0);
            } else if (draw < 0.75) {
                const int span = m_random.between(18, 60);
                add(u"other"_s, u"钢结构屋盖安装，跨度"_s + QString::number(span) + u"米"_s, span >= 36,
                    SteelStructure);
            } else {
                add(u"other"_s, u"装配式建筑混凝土预制构件安装"_s, false, 0);
            }
        }
        if (m_random.chance(0.3))
            features |= Gondola;
        if (m_random.chance(0.2))
            features |= ConfinedSpace;
        if (m_random.chance(0.05))
            add(u"demolition"_s, u"场地内原有建筑物拆除，毗邻居民区"_s, false, Demolition);
        break;
    }
    }
    if (works.isEmpty())
        add(u"other"_s, u"采用新技术、新工艺的分部分项工程"_s, false, 0);
    while (works.size() > 4) {
        works.removeLast();
        workFeatures.removeLast();
    }
    for (quint32 f : workFeatures)
        features |= f;
    for (qsizetype i = 0; i < works.size(); ++i)
        works[i].id = DemoIds::reference(m_seed, u"dangerous_works", out.size() + i);
    out.append(works);
    return features;
}

} // namespace sitesafe::demo
