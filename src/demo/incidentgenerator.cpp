#include "incidentgenerator.h"

#include <array>
#include <cmath>

#include "democontext.h"
#include "demorandom.h"
#include "findingtexts.h"
#include "hainangeography.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

struct IncidentProfile {
    const char16_t *kind;
    double weight;
    SiteTopic topic;
    const char16_t *summary;
};

constexpr std::array<IncidentProfile, 8> kIncidents {{
    {u"fall", 35, SiteTopic::Height, u"一名作业人员在临边部位作业时未系挂安全带，不慎坠落"},
    {u"struck_by", 20, SiteTopic::General, u"上层散落的钢管扣件坠落，砸伤下方作业人员"},
    {u"lifting", 10, SiteTopic::Crane, u"塔吊吊运模板时吊物摆动，撞击信号司索工"},
    {u"machinery", 10, SiteTopic::General, u"钢筋切断机作业时操作人员手部被夹伤"},
    {u"collapse", 5, SiteTopic::Excavation, u"沟槽侧壁局部土方坍塌，掩埋一名作业人员，已及时救出"},
    {u"electric", 8, SiteTopic::Electric, u"作业人员使用漏电的手持电动工具时触电"},
    {u"vehicle", 5, SiteTopic::General, u"场内运输车辆倒车时碰撞作业人员"},
    {u"other", 7, SiteTopic::General, u"作业人员在钢筋加工区被飞溅物划伤"},
}};

QString injuriesText(int serious, int minor)
{
    QString text = u"，造成"_s;
    if (serious > 0)
        text += QString::number(serious) + u"人重伤"_s;
    if (serious > 0 && minor > 0)
        text += u"、"_s;
    if (minor > 0)
        text += QString::number(minor) + u"人轻伤"_s;
    return text + u"，伤者已送医救治"_s;
}

} // namespace

IncidentGenerator::IncidentGenerator(QDate today, qint64 nowMs)
    : m_today(today)
    , m_nowMs(nowMs)
{ }

qint64 IncidentGenerator::drawPastTime(DemoRandom &random, const Project &project, const ProjectContext &context) const
{
    const QDate from = qMax(project.startDate.addDays(30), m_today.addDays(-365));
    const QDate to = qMin(context.lastWorkDay, m_today.addDays(-3));
    if (from > to)
        return -1;
    const QDate day = from.addDays(random.between(0, static_cast<int>(from.daysTo(to))));
    return DemoTime::at(day, random.between(7 * 60, 18 * 60));
}

void IncidentGenerator::addIncidents(
    DemoRandom &random, int projectIndex, const Project &project, const ProjectContext &context, Dataset &out) const
{
    if (project.status == u"not_started")
        return;
    // A few fresh ones, still inside the 48-hour platform reporting window, so the reminder has work to do.
    const bool isFresh = project.status == u"under_construction" && (projectIndex % 160 == 7 || random.chance(0.0005));
    qint64 at = -1;
    if (isFresh)
        at = m_nowMs - random.between(2 * 60, 40 * 60) * DemoTime::kMinuteMs;
    else if (random.chance(0.02))
        at = drawPastTime(random, project, context);
    if (at < 0)
        return;

    std::array<double, kIncidents.size()> weights {};
    for (size_t i = 0; i < kIncidents.size(); ++i)
        weights[i] = kIncidents[i].weight;
    const IncidentProfile &profile = kIncidents[static_cast<size_t>(random.weighted(weights))];

    Incident incident;
    incident.id = random.id(at);
    incident.projectId = project.id;
    incident.occurredAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    incident.location
        = FindingTexts::instance().location(random, profile.topic, project.category == u"municipal", context.floors);
    incident.kind = QString::fromUtf16(profile.kind);
    incident.deaths = 0; // 非亡人事故
    incident.seriousInjuries = random.chance(0.6) ? random.between(1, 2) : 0;
    incident.minorInjuries = incident.seriousInjuries == 0 ? random.between(1, 3) : random.between(0, 2);
    incident.directLoss = std::round(random.uniform(0.5, 60) * 10) / 10;
    incident.summary
        = QString::fromUtf16(profile.summary) + injuriesText(incident.seriousInjuries, incident.minorInjuries);
    if (!isFresh) {
        // Most are on the platform within 48 hours; some were late.
        const int hours = random.chance(0.88) ? random.between(3, 40) : random.between(50, 120);
        incident.platformReportedAt
            = QDateTime::fromMSecsSinceEpoch(qMin(at + hours * DemoTime::kHourMs, m_nowMs), Qt::UTC);
    }
    out.incidents.append(incident);
}

void IncidentGenerator::addDangerEvents(DemoRandom &random, const Project &project, const ProjectContext &context,
    const QList<int> &hazardRows, Dataset &out) const
{
    if (project.status == u"not_started" || !random.chance(0.03))
        return;
    const qint64 at = drawPastTime(random, project, context);
    if (at < 0)
        return;
    struct Option {
        QString kind;
        QString part;
        QString description;
    };
    QList<Option> options {
        {u"typhoon"_s, u"塔吊及外脚手架"_s, u"台风过境期间塔吊附着处异响、外架局部变形，现场紧急停工加固"_s},
        {u"fire"_s, u"生活区临建"_s, u"生活区板房电线短路起火，现场扑灭，未造成人员伤亡"_s},
    };
    if (context.has(Excavation))
        options.append({u"excavation_collapse"_s, u"基坑"_s, u"连续降雨后基坑侧壁局部坍塌，支护桩位移超过报警值"_s});
    if (context.has(Formwork))
        options.append({u"formwork_collapse"_s, u"高支模区域"_s, u"浇筑混凝土时模板支架局部下沉变形，立即停止浇筑"_s});
    if (context.has(Scaffolding))
        options.append({u"scaffold_collapse"_s, u"外脚手架"_s, u"悬挑脚手架局部连墙件失效，架体外倾"_s});
    if (context.has(TowerCrane))
        options.append({u"crane_overturn"_s, u"塔吊"_s, u"塔吊顶升作业中套架倾斜，存在倾覆危险"_s});
    if (context.has(Tunnelling))
        options.append({u"tunnel_inrush"_s, u"顶管工作井"_s, u"顶管掘进面突发涌水涌沙，地面出现沉陷"_s});
    if (context.has(ConfinedSpace))
        options.append({u"confined_space"_s, u"污水检查井"_s, u"检查井内有害气体浓度超标，作业人员出现不适，已撤离"_s});
    const Option &option = random.pick(options);

    DangerEvent event;
    event.id = random.id(at);
    event.projectId = project.id;
    event.occurredAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    event.part = option.part;
    event.kind = option.kind;
    event.description = option.description;
    event.evacuated = random.chance(0.7);
    if (!hazardRows.isEmpty() && random.chance(0.4))
        event.hazardId = out.hazards.at(random.pick(hazardRows)).id;
    out.dangerEvents.append(event);
}

void IncidentGenerator::addEnforcement(DemoRandom &random, const Project &project, const ProjectContext &context,
    const QList<int> &majorRows, bool hadSupervision, Dataset &out) const
{
    if (majorRows.isEmpty() || !random.chance(0.12))
        return;
    const QString prefix = HainanGeography::documentPrefix(context.countyIndex);
    const int count = random.chance(0.7) ? 1 : 2;
    for (int i = 0; i < count; ++i) {
        const Hazard &hazard = out.hazards.at(random.pick(majorRows));
        const QDate found = DemoTime::dateOf(hazard.foundAt.toMSecsSinceEpoch());
        const QDate decided = qMin(found.addDays(random.between(3, 40)), m_today);
        const QString year = QString::number(decided.year());
        const QString serial = QString::number(random.between(1, 180)) + u"号"_s;

        static constexpr std::array<double, 8> weights {25, 20, 10, 20, 5, 10, 10, 2};
        int pick = random.weighted(weights);
        if (pick == 6 && !hadSupervision)
            pick = 0;
        EnforcementAction action;
        action.id = random.id(DemoTime::at(decided, random.between(9 * 60, 17 * 60)));
        action.projectId = project.id;
        action.hazardId = hazard.id;
        action.enterpriseId = random.chance(0.85) ? context.contractorId : context.supervisorId;
        action.decidedOn = decided;
        switch (pick) {
        case 0:
            action.kind = u"warning_letter"_s;
            action.documentNo = prefix + u"建警〔"_s + year + u"〕"_s + serial;
            action.note = u"对重大事故隐患整改不力发出警示函"_s;
            break;
        case 1:
            action.kind = u"interview"_s;
            action.documentNo = prefix + u"建约〔"_s + year + u"〕"_s + serial;
            action.note = u"约谈施工单位主要负责人及项目负责人"_s;
            break;
        case 2:
            action.kind = u"circular"_s;
            action.documentNo = prefix + u"建通〔"_s + year + u"〕"_s + serial;
            action.note = u"全市（县）通报批评"_s;
            break;
        case 3:
            action.kind = u"fine"_s;
            action.documentNo = prefix + u"建罚决字〔"_s + year + u"〕"_s + serial;
            action.amount = random.between(2, 100) / 2.0;
            action.note = u"依据《建设工程安全生产管理条例》作出行政处罚"_s;
            break;
        case 4:
            action.kind = u"stop_work"_s;
            action.documentNo = prefix + u"建停〔"_s + year + u"〕"_s + serial;
            action.note = u"责令停工整改"_s;
            break;
        case 5:
            action.kind = u"credit_record"_s;
            action.documentNo = u"琼建信记〔"_s + year + u"〕"_s + serial;
            action.note = u"记入建筑市场主体不良行为记录"_s;
            break;
        case 6:
            action.kind = u"enforcement_proposal"_s;
            action.documentNo = u"琼建执建〔"_s + year + u"〕"_s + serial;
            action.note = u"省级督查发现重大事故隐患，建议属地依法处理"_s;
            break;
        default:
            action.kind = random.chance(0.5) ? u"qualification_downgrade"_s : u"licence_suspended"_s;
            action.documentNo = u"琼建罚决字〔"_s + year + u"〕"_s + serial;
            action.note = u"因重大事故隐患拒不整改依法处理"_s;
            break;
        }
        out.enforcementActions.append(action);
    }
}

} // namespace sitesafe::demo
