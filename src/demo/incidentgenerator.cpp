#include "incidentgenerator.h"

#include <array>
#include <cmath>

#include "democontext.h"
#include "demoids.h"
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
    const char16_t *part;
    const char16_t *cause;
};

constexpr std::array<IncidentProfile, 8> kIncidents {{
    {u"fall", 35, SiteTopic::Height, u"一名作业人员在临边部位作业时未系挂安全带，不慎坠落", u"主体结构临边、洞口",
     u"作业人员未系挂安全带，临边防护栏杆被拆除后未及时恢复，现场安全员未履行巡查职责"},
    {u"struck_by", 20, SiteTopic::General, u"上层散落的钢管扣件坠落，砸伤下方作业人员", u"外脚手架",
     u"上层作业面材料堆放无防坠措施，下方未设置警戒区，交叉作业未统一协调"},
    {u"lifting", 10, SiteTopic::Crane, u"塔吊吊运模板时吊物摆动，撞击信号司索工", u"起重吊装（危大工程）",
     u"吊物捆绑不牢、未设置溜绳，司索工站位不当，起重作业未按方案指挥"},
    {u"machinery", 10, SiteTopic::General, u"钢筋切断机作业时操作人员手部被夹伤", u"钢筋加工区",
     u"钢筋切断机防护罩缺失，操作人员未经岗前培训"},
    {u"collapse", 5, SiteTopic::Excavation, u"沟槽侧壁局部土方坍塌，掩埋一名作业人员，已及时救出", u"基坑工程（危大工程）",
     u"沟槽未按方案放坡或支护，坑边堆载超限，降雨后未复查边坡"},
    {u"electric", 8, SiteTopic::Electric, u"作业人员使用漏电的手持电动工具时触电", u"施工临时用电",
     u"开关箱漏电保护器失效，电动工具未定期检测"},
    {u"vehicle", 5, SiteTopic::General, u"场内运输车辆倒车时碰撞作业人员", u"场内道路",
     u"车辆倒车无专人指挥，场内人车未分流"},
    {u"other", 7, SiteTopic::General, u"作业人员在钢筋加工区被飞溅物划伤", u"钢筋加工区",
     u"作业人员未佩戴防护眼镜，加工区未设置隔离"},
}};

constexpr std::array<const char16_t *, 3> kResponses {{
    u"立即启动项目应急预案，现场急救后送医，停止该部位作业并设置警戒区",
    u"项目负责人组织现场救援，拨打120送医，保护事故现场，排查同类隐患",
    u"启动应急预案，伤员送医救治，全面停工开展安全隐患排查，处置已完成",
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

IncidentGenerator::IncidentGenerator(quint64 seed, QDate today, qint64 nowMs)
    : m_seed(seed)
    , m_today(today)
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
    incident.id = DemoIds::reference(m_seed, u"incidents", project.id);
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
    incident.part = QString::fromUtf16(profile.part);
    // The unit reports to the bureau within the hour as a rule; some take longer (late).
    const int unitMinutes = random.chance(0.85) ? random.between(8, 55) : random.between(70, 200);
    if (at + unitMinutes * DemoTime::kMinuteMs <= m_nowMs)
        incident.unitReportedAt = QDateTime::fromMSecsSinceEpoch(at + unitMinutes * DemoTime::kMinuteMs, Qt::UTC);
    incident.emergencyResponse = QString::fromUtf16(kResponses[static_cast<size_t>(random.between(0, 2))]);
    if (!isFresh) {
        // Most are on the platform within 48 hours; some were late (迟报): by chance, and every third project's so
        // that even a small data set shows one (the draws stay the same, so the ids do).
        const bool isOnTime = random.chance(0.88) && projectIndex % 3 != 0;
        const int onTimeHours = random.between(3, 40);
        const int hours = isOnTime ? onTimeHours : onTimeHours + 48;
        incident.platformReportedAt
            = QDateTime::fromMSecsSinceEpoch(qMin(at + hours * DemoTime::kHourMs, m_nowMs), Qt::UTC);
        incident.cause = QString::fromUtf16(profile.cause);
        const QDate occurred = DemoTime::dateOf(at);
        const QDate closed = occurred.addDays(random.between(20, 60));
        if (closed <= m_today) {
            incident.investigation = random.chance(0.5)
                ? u"由属地住建局牵头组成调查组，调查报告已批复：对施工单位依法罚款并记入不良行为记录，约谈项目负责人"_s
                : u"调查组查明原因并形成调查报告，已批复结案：责令施工单位全面整改，对专职安全员扣除诚信分"_s;
            incident.investigationClosedOn = closed;
        } else {
            incident.investigation = u"调查组已成立，调查进行中"_s;
        }
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
        QString impact = u"未造成人员伤亡，对周边无明显影响"_s;
        QString response = u"立即停止作业、撤离人员，设置警戒区，组织专家论证后加固处理"_s;
    };
    QList<Option> options {
        {u"typhoon"_s, u"塔吊及外脚手架"_s, u"台风过境期间塔吊附着处异响、外架局部变形，现场紧急停工加固"_s,
         u"如倾覆可能危及相邻在建楼栋和场外道路"_s, u"塔吊回转制动解除、外架增设拉结，台风过后经检测恢复使用"_s},
        {u"fire"_s, u"生活区临建"_s, u"生活区板房电线短路起火，现场扑灭，未造成人员伤亡"_s,
         u"烧毁板房两间，未波及周边"_s, u"义务消防队使用灭火器扑灭，切断生活区电源，全面排查临时用电"_s},
    };
    if (context.has(Excavation))
        options.append({u"excavation_collapse"_s, u"基坑"_s, u"连续降雨后基坑侧壁局部坍塌，支护桩位移超过报警值"_s,
                        u"基坑北侧市政道路出现裂缝，邻近雨水管线有沉降"_s, u"撤离坑内人员，坑边卸载、回填反压，加密监测"_s});
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
    event.id = DemoIds::reference(m_seed, u"danger_events", project.id);
    event.projectId = project.id;
    event.occurredAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    event.part = option.part;
    event.kind = option.kind;
    event.description = option.description;
    event.evacuated = random.chance(0.7);
    event.siteSituation = u"当时正在进行%1部位作业，现场作业人员约%2人"_s.arg(option.part).arg(random.between(6, 40));
    event.impact = option.impact;
    event.response = option.response;
    event.reportedAt = QDateTime::fromMSecsSinceEpoch(at + random.between(15, 90) * DemoTime::kMinuteMs, Qt::UTC);
    event.platformReportedAt
        = QDateTime::fromMSecsSinceEpoch(qMin(at + random.between(3, 46) * DemoTime::kHourMs, m_nowMs), Qt::UTC);
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
    const QString bureau = HainanGeography::counties().at(context.countyIndex).name + u"住房和城乡建设局"_s;
    const QString department = u"海南省住房和城乡建设厅"_s;
    const int count = random.chance(0.7) ? 1 : 2;
    for (int i = 0; i < count; ++i) {
        const Hazard &hazard = out.hazards.at(random.pick(majorRows));
        const QDate found = DemoTime::dateOf(hazard.foundAt.toMSecsSinceEpoch());
        const QDate decided = qMin(found.addDays(random.between(3, 40)), m_today);
        const QString year = QString::number(decided.year());
        const QString serial = QString::number(random.between(1, 180)) + u"号"_s;
        auto number = [&](const QString &series) -> QString { return series + u"〔"_s + year + u"〕"_s + serial; };

        static constexpr std::array<double, 14> weights {8, 20, 15, 8, 18, 4, 3, 8, 5, 3, 2, 2, 2, 2};
        int pick = random.weighted(weights);
        if (pick == 6 && !hadSupervision)
            pick = 0;
        EnforcementAction action;
        action.id = DemoIds::reference(m_seed, u"enforcement_actions", project.id + u'/' + QString::number(i));
        action.projectId = project.id;
        action.hazardId = hazard.id;
        action.hazardIds = {hazard.id};
        action.enterpriseId = random.chance(0.85) ? context.contractorId : context.supervisorId;
        action.decidedOn = decided;
        action.decidedBy = bureau;
        action.violationCode = random.chance(0.8) ? u"unrectified_hazard"_s : u"safety_violation"_s;
        switch (pick) {
        case 0:
            action.kind = u"reminder"_s;
            action.documentNo = number(prefix + u"建提"_s);
            action.note = u"提醒施工单位按期完成重大事故隐患整改"_s;
            break;
        case 1:
            action.kind = u"warning_letter"_s;
            action.documentNo = number(prefix + u"建警"_s);
            action.note = u"对重大事故隐患整改不力发出警示函"_s;
            break;
        case 2:
            action.kind = u"interview"_s;
            action.documentNo = number(prefix + u"建约"_s);
            action.personId = context.managerPersonId;
            action.violationCode = random.chance(0.3) ? u"key_staff_absent"_s : action.violationCode;
            action.note = u"约谈施工单位主要负责人及项目负责人"_s;
            break;
        case 3:
            action.kind = u"circular"_s;
            action.documentNo = number(prefix + u"建通"_s);
            action.note = u"全市（县）通报批评"_s;
            break;
        case 4:
            action.kind = u"fine"_s;
            action.documentNo = number(prefix + u"建罚决字"_s);
            action.amount = random.between(2, 100) / 2.0;
            if (random.chance(0.25))
                action.violationCode = random.chance(0.5) ? u"illegal_subcontracting"_s : u"affiliation"_s;
            action.note = u"依据《建设工程安全生产管理条例》作出行政处罚"_s;
            break;
        case 5:
            action.kind = u"stop_work"_s;
            action.documentNo = number(prefix + u"建停"_s);
            action.note = u"责令停工整改"_s;
            break;
        case 6:
            action.kind = u"enforcement_proposal"_s;
            action.documentNo = number(u"琼建执建"_s);
            action.decidedBy = department;
            action.note = u"省级督查发现重大事故隐患，建议属地依法处理"_s;
            break;
        case 7:
            action.kind = u"credit_record"_s;
            action.documentNo = number(u"琼建信记"_s);
            action.decidedBy = department;
            action.note = u"记入建筑市场主体不良行为记录"_s;
            break;
        case 8:
            action.kind = u"credit_points"_s;
            action.documentNo = number(prefix + u"建信扣"_s);
            action.personId = context.managerPersonId;
            action.points = random.between(2, 10);
            action.note = u"扣除项目负责人诚信分"_s;
            break;
        case 9:
            action.kind = u"suspension"_s;
            action.documentNo = number(u"琼建罚决字"_s);
            action.decidedBy = department;
            action.violationCode = u"illegal_transfer"_s;
            action.note = u"责令停业整顿"_s;
            break;
        case 10:
            action.kind = random.chance(0.5) ? u"revoke_practice"_s : u"industry_ban"_s;
            action.documentNo = number(u"琼建罚决字"_s);
            action.decidedBy = department;
            action.personId = context.managerPersonId;
            action.violationCode = u"accident_concealed"_s;
            action.note = u"对项目负责人依法处理"_s;
            break;
        case 11:
            action.kind = u"judicial_referral"_s;
            action.documentNo = number(prefix + u"建移"_s);
            action.note = u"重大事故隐患拒不整改仍冒险作业，涉嫌危险作业罪，线索移送公安机关"_s;
            break;
        case 12:
            action.kind = u"licence_suspended"_s;
            action.documentNo = number(u"琼建罚决字"_s);
            action.decidedBy = department;
            action.note = u"因重大事故隐患拒不整改暂扣安全生产许可证"_s;
            break;
        default:
            action.kind = u"qualification_downgrade"_s;
            action.documentNo = number(u"琼建罚决字"_s);
            action.decidedBy = department;
            action.violationCode = u"beyond_qualification"_s;
            action.note = u"超越资质等级承揽工程，依法降低资质等级"_s;
            break;
        }
        out.enforcementActions.append(action);
    }
}

} // namespace sitesafe::demo
