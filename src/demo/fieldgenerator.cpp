#include "fieldgenerator.h"

#include "demoevidence.h"
#include "demorandom.h"
#include "findingtexts.h"
#include "hainangeography.h"
#include "incidentgenerator.h"
#include "inspectionplanner.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

const QDate kV2024Effective(2024, 12, 13);

QString kindCode(InspectionKind kind)
{
    switch (kind) {
    case InspectionKind::Round:
        return u"round"_s;
    case InspectionKind::Special:
        return u"special"_s;
    case InspectionKind::Reinspection:
        return u"reinspection"_s;
    case InspectionKind::Random:
        return u"random"_s;
    case InspectionKind::Supervision:
        return u"supervision"_s;
    }
    return {};
}

QString statusCode(InspectionStatus status)
{
    switch (status) {
    case InspectionStatus::Draft:
        return u"draft"_s;
    case InspectionStatus::Submitted:
        return u"submitted"_s;
    case InspectionStatus::Signed:
        return u"signed"_s;
    }
    return {};
}

QString inspectionNote(DemoRandom &random, const PlannedInspection &plan)
{
    static const QStringList specials {u"汛期及防台风专项检查"_s, u"建筑起重机械专项检查"_s, u"危大工程专项检查"_s,
        u"预防高处坠落专项整治检查"_s, u"有限空间作业专项检查"_s};
    switch (plan.kind) {
    case InspectionKind::Round:
        return plan.round == 1 ? u"第一轮全覆盖检查"_s : u"第二轮全覆盖检查"_s;
    case InspectionKind::Special:
        return random.pick(specials);
    case InspectionKind::Reinspection:
        return u"整改复查"_s;
    case InspectionKind::Random:
        return u"“双随机、一公开”抽查"_s;
    case InspectionKind::Supervision:
        return u"省级督查检查"_s;
    }
    return {};
}

bool topicFits(SiteTopic topic, const ProjectContext &context)
{
    switch (topic) {
    case SiteTopic::Crane:
        return context.has(TowerCrane);
    case SiteTopic::Hoist:
        return context.has(ConstructionHoist) || context.has(MaterialHoist);
    case SiteTopic::Excavation:
        return context.has(Excavation);
    case SiteTopic::Formwork:
        return context.has(Formwork);
    case SiteTopic::Scaffold:
        return context.has(Scaffolding);
    case SiteTopic::ConfinedSpace:
        return context.has(ConfinedSpace);
    case SiteTopic::Tunnel:
        return context.has(Tunnelling);
    default:
        return true;
    }
}

} // namespace

/// Working values of one project while its field data is made.
struct FieldGenerator::Run {
    Run(quint64 seed, int projectIndex, const Project &p, const ProjectContext &c)
        : random(seed, static_cast<quint32>(projectIndex) + 1u)
        , project(p)
        , context(c)
    { }

    DemoRandom random;
    const Project &project;
    const ProjectContext &context;
    quint32 sheetMask = 0; ///< JGJ 59 sheets that apply to this site
    QList<int> hazardRows; ///< rows of this project's hazards in the output
    QList<int> majorRows;
    bool hadSupervision = false;
    const QStringList *inspectors = nullptr;
    const QStringList *leaders = nullptr;
    QString supervisionLevel;
    QString documentPrefix;
};

FieldGenerator::FieldGenerator(quint64 seed, QDate today, const Dataset &reference,
    const QList<ProjectContext> &contexts, const OfficialRoster &roster, const ChecklistBook &checklists)
    : m_seed(seed)
    , m_today(today)
    , m_nowMs(DemoTime::at(today, 12 * 60))
    , m_reference(reference)
    , m_contexts(contexts)
    , m_roster(roster)
    , m_checklists(checklists)
    , m_history(m_nowMs, today)
{ }

void FieldGenerator::addProject(int projectIndex, Dataset &out) const
{
    const ProjectContext &context = m_contexts.at(projectIndex);
    Run run(m_seed, projectIndex, m_reference.projects.at(projectIndex), context);
    const QList<SheetRule> &rules = m_checklists.sheetRules();
    for (int i = 0; i < rules.size() && i < 32; ++i) {
        const SheetRule &rule = rules.at(i);
        if ((rule.requiresAny == 0 || (context.features & rule.requiresAny)) && run.random.chance(rule.chance))
            run.sheetMask |= 1u << i;
    }
    run.inspectors = &m_roster.countyInspectors.at(context.countyIndex);
    run.leaders = &m_roster.countyLeaders.at(context.countyIndex);
    const QString &countyKind = HainanGeography::counties().at(context.countyIndex).kind;
    run.supervisionLevel = countyKind == u"prefecture_city" || countyKind == u"county_city" ? u"city"_s : u"county"_s;
    run.documentPrefix = HainanGeography::documentPrefix(context.countyIndex);

    for (const PlannedInspection &plan : context.inspections)
        addInspection(run, plan, out);

    const IncidentGenerator incidents(m_seed, m_today, m_nowMs);
    incidents.addIncidents(run.random, projectIndex, run.project, context, out);
    incidents.addDangerEvents(run.random, run.project, context, run.hazardRows, out);
    incidents.addEnforcement(run.random, run.project, context, run.majorRows, run.hadSupervision, out);
}

void FieldGenerator::addInspection(Run &run, const PlannedInspection &plan, Dataset &out) const
{
    DemoRandom &random = run.random;
    const bool isDraft = plan.status == InspectionStatus::Draft;
    const QStringList &pool = plan.kind == InspectionKind::Supervision ? m_roster.provinceInspectors : *run.inspectors;

    Inspection inspection;
    inspection.id = random.id(plan.startMs);
    inspection.projectId = run.project.id;
    inspection.round = plan.round;
    inspection.kind = kindCode(plan.kind);
    const int team = qMin<int>(static_cast<int>(pool.size()), random.chance(0.7) ? 2 : 3);
    const int first = random.between(0, static_cast<int>(pool.size()) - 1);
    for (int i = 0; i < team; ++i) // consecutive names of the pool: distinct by construction
        inspection.inspectors.append(pool.at((first + i) % pool.size()));
    inspection.startedAt = QDateTime::fromMSecsSinceEpoch(plan.startMs, Qt::UTC);
    const int minutes = plan.checklist == ChecklistTemplate::Jgj59 ? random.between(150, 270) : random.between(90, 180);
    const qint64 finishMs = qMin(plan.startMs + minutes * DemoTime::kMinuteMs, m_nowMs - 5 * DemoTime::kMinuteMs);
    if (!isDraft)
        inspection.finishedAt = QDateTime::fromMSecsSinceEpoch(finishMs, Qt::UTC);
    inspection.status = statusCode(plan.status);
    inspection.templateCode = ChecklistBook::templateCode(plan.checklist);
    inspection.notes = inspectionNote(random, plan);
    out.inspections.append(inspection);
    if (plan.kind == InspectionKind::Supervision)
        run.hadSupervision = true;
    if (plan.status == InspectionStatus::Signed && isRecent(finishMs))
        out.photos.append(DemoEvidence::signatures(inspection, finishMs));

    const QStringList forced = isDraft ? QStringList() : addCertificateChecks(run, inspection, finishMs, out);
    const QList<const ChecklistItem *> failures = addAnswers(run, inspection, plan, forced, out);

    // Hazards: every failed judging item is a major hazard citing it; failed JGJ 59 items and what else the
    // inspectors write down are general hazards.
    const QDate day = DemoTime::dateOf(plan.startMs);
    const QString edition = day < kV2024Effective ? u"V2022"_s : u"V2024"_s;
    const bool isCriteria = plan.checklist != ChecklistTemplate::Jgj59;
    QList<Hazard> hazards;
    for (const ChecklistItem *item : failures) {
        if (!isCriteria && !random.chance(0.85))
            continue; // a deduction without a separate hazard
        hazards.append(makeHazard(run, inspection, finishMs, edition, item->code, isCriteria, item->finding,
            item->topic, item->equipmentKind, item->dangerousWorkCategory));
    }
    if (plan.hasStopWork && !isCriteria) {
        // A JGJ 59 walk that still finds a major hazard: cite the criteria edition in force.
        const QList<ChecklistItem> &criteria
            = m_checklists.items(edition == u"V2022" ? ChecklistTemplate::V2022 : ChecklistTemplate::V2024);
        QList<const ChecklistItem *> candidates;
        for (const ChecklistItem &item : criteria) {
            if (item.requiresAny != 0 && (run.context.features & item.requiresAny))
                candidates.append(&item);
        }
        if (candidates.isEmpty())
            candidates.append(&criteria.constFirst());
        const ChecklistItem *item = random.pick(candidates);
        hazards.append(makeHazard(run, inspection, finishMs, edition, item->code, true, item->finding, item->topic,
            item->equipmentKind, item->dangerousWorkCategory));
    }
    const QList<GeneralFinding> &general = FindingTexts::instance().generalFindings();
    const int extra = random.between(0, static_cast<int>(kGeneralHazardsPerInspection * 2));
    for (int i = 0; i < extra; ++i) {
        const GeneralFinding &finding = random.pick(general);
        if (!topicFits(finding.topic, run.context))
            continue;
        hazards.append(makeHazard(run, inspection, finishMs, edition, {}, false, finding.text, finding.topic, {}, {}));
    }
    if (hazards.isEmpty())
        return;
    assignMeasures(run, plan, hazards);

    // Histories, then the notices that served them.
    const qint64 noticeMs = isDraft
        ? -1
        : qMin(finishMs + random.between(10, 40) * DemoTime::kMinuteMs, m_nowMs - 2 * DemoTime::kMinuteMs);
    const int year = DemoTime::dateOf(plan.startMs).year();
    const QString rectificationNo = plan.rectificationNumber > 0
        ? InspectionPlanner::noticeNumber(run.context.countyIndex, false, year, plan.rectificationNumber)
        : QString();
    const QString stopWorkNo = plan.stopWorkNumber > 0
        ? InspectionPlanner::noticeNumber(run.context.countyIndex, true, year, plan.stopWorkNumber)
        : QString();
    const QString reporter = run.context.safetyOfficerNames.isEmpty() ? run.context.managerName
                                                                      : run.context.safetyOfficerNames.constFirst();
    QStringList rectificationHazards;
    QStringList stopWorkHazards;
    QDate rectificationDeadline;
    QDate stopWorkDeadline;
    const qsizetype firstEvent = out.hazardEvents.size();
    for (const Hazard &hazard : std::as_const(hazards)) {
        const bool isStop = hazard.measure == u"partial_stop" || hazard.measure == u"full_stop";
        HazardStory story;
        story.hazardId = hazard.id;
        story.foundMs = hazard.foundAt.toMSecsSinceEpoch();
        story.noticeMs = (isStop ? stopWorkNo : rectificationNo).isEmpty() ? -1 : noticeMs;
        story.noticeNumber = isStop ? stopWorkNo : rectificationNo;
        story.deadline = hazard.deadline;
        story.isMajor = hazard.isMajor;
        story.isImmediate = hazard.measure == u"immediate";
        story.needsNotice = isStop;
        story.foundBy = hazard.foundBy;
        story.noticeIssuer = inspection.inspectors.constFirst();
        story.reporter = reporter;
        story.supervisorName = run.context.chiefSupervisorName;
        story.supervisionLevel = run.supervisionLevel;
        story.documentPrefix = run.documentPrefix;
        story.inspectors = run.inspectors;
        story.leaders = run.leaders;
        story.provinceLeaders = &m_roster.provinceLeaders;
        const HazardOutcome outcome = m_history.write(random, story, out.hazardEvents);
        if (outcome.hasNotice) {
            (isStop ? stopWorkHazards : rectificationHazards).append(hazard.id);
            QDate &deadline = isStop ? stopWorkDeadline : rectificationDeadline;
            deadline = deadline.isValid() ? qMax(deadline, hazard.deadline) : hazard.deadline;
        }
        run.hazardRows.append(static_cast<int>(out.hazards.size()));
        if (hazard.isMajor && plan.status == InspectionStatus::Signed)
            run.majorRows.append(static_cast<int>(out.hazards.size()));
        out.hazards.append(hazard);
        addPhotos(run, hazard, outcome, out);
    }
    auto addNotice = [&](bool isStop, const QStringList &ids, const QString &number, QDate deadline) {
        if (ids.isEmpty() || number.isEmpty())
            return;
        Notice notice;
        notice.id = random.id(noticeMs);
        notice.projectId = run.project.id;
        notice.inspectionId = inspection.id;
        notice.kind = isStop ? u"stop_work"_s : u"rectification"_s;
        notice.number = number;
        notice.issuedAt = QDateTime::fromMSecsSinceEpoch(noticeMs, Qt::UTC);
        notice.issuedBy = inspection.inspectors.constFirst();
        notice.deadline = deadline;
        notice.recipientEnterpriseId = run.context.contractorId;
        notice.hazardIds = ids;
        out.notices.append(notice);
        // The notice_issued events name the notice they served (hazard_events.notice_id).
        for (qsizetype i = firstEvent; i < out.hazardEvents.size(); ++i) {
            HazardEvent &e = out.hazardEvents[i];
            if (e.kind == HazardEventKind::NoticeIssued && ids.contains(e.hazardId))
                e.noticeId = notice.id;
        }
    };
    addNotice(false, rectificationHazards, rectificationNo, rectificationDeadline);
    addNotice(true, stopWorkHazards, stopWorkNo, stopWorkDeadline);
}

QStringList FieldGenerator::addCertificateChecks(
    Run &run, const Inspection &inspection, qint64 finishMs, Dataset &out) const
{
    QStringList forced;
    const int begin = run.context.certificateBegin;
    const int end = run.context.certificateEnd;
    DemoRandom &random = run.random;
    if (end <= begin || !random.chance(0.7))
        return forced;
    const qint64 startMs = inspection.startedAt.toMSecsSinceEpoch();
    const int count = random.between(2, 4);
    for (int i = 0; i < count; ++i) {
        const Certificate &certificate = m_reference.certificates.at(random.between(begin, end - 1));
        const qint64 at = startMs + static_cast<qint64>((finishMs - startMs) * random.uniform(0.05, 0.6));
        CertificateCheck check;
        check.id = random.id(at);
        check.inspectionId = inspection.id;
        check.checkedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        check.checkedBy = random.pick(inspection.inspectors);
        const double draw = random.uniform(0, 1);
        if (draw < 0.03) { // typed from a paper certificate of another province: not in the roster
            check.number = u"粤建安C2（"_s + QString::number(random.between(2018, 2024)) + u"）"_s
                + QString::number(random.between(1000000, 9999999));
            check.result = u"unverifiable"_s;
        } else {
            check.certificateId = certificate.id;
            check.number = certificate.number;
            if (draw < 0.06)
                check.result = u"mismatch"_s; // the person on site is not the holder
            else
                check.result = certificate.isExpiredOn(DemoTime::dateOf(at)) ? u"expired"_s : u"valid"_s;
        }
        out.certificateChecks.append(check);
        if (check.result == u"expired" || check.result == u"mismatch")
            forced.append(certificate.kind == u"special_operation" ? u"04-03"_s : u"04-02"_s);
    }
    return forced;
}

QList<const ChecklistItem *> FieldGenerator::addAnswers(Run &run, const Inspection &inspection,
    const PlannedInspection &plan, const QStringList &forcedFailures, Dataset &out) const
{
    static const QString pass = u"pass"_s;
    static const QString fail = u"fail"_s;
    static const QString notApplicable = u"not_applicable"_s;
    DemoRandom &random = run.random;
    const QList<ChecklistItem> &items = m_checklists.items(plan.checklist);
    const bool isCriteria = plan.checklist != ChecklistTemplate::Jgj59;
    const double failRate = isCriteria ? 0.035 : 0.06;
    const qint64 startMs = plan.startMs;
    const qsizetype firstAnswer = out.answers.size();
    QList<const ChecklistItem *> failures;
    QList<qsizetype> passedApplicable;

    for (qsizetype i = 0; i < items.size(); ++i) {
        const ChecklistItem &item = items.at(i);
        InspectionAnswer answer;
        answer.id = random.id(startMs + (i + 1) * 15'000);
        answer.inspectionId = inspection.id;
        answer.itemCode = item.code;
        const bool applies = isCriteria ? (item.requiresAny == 0 || (run.context.features & item.requiresAny))
                                        : (run.sheetMask & (1u << item.sheet)) != 0;
        bool isFail = false;
        if (!applies) {
            answer.result = notApplicable;
        } else {
            isFail = random.chance(failRate);
            if (isCriteria && !isFail && !forcedFailures.isEmpty())
                isFail = forcedFailures.contains(item.code.right(5));
            answer.result = isFail ? fail : pass;
        }
        if (isFail) {
            answer.note = item.finding;
            if (!isCriteria)
                answer.deduction = qMin<double>(item.points, random.between(2, qMax(2, static_cast<int>(item.points))));
            failures.append(&item);
        } else if (applies) {
            passedApplicable.append(out.answers.size());
        }
        out.answers.append(answer);
    }
    // A stop-work inspection walking the criteria found at least one major hazard.
    if (plan.hasStopWork && isCriteria && failures.isEmpty() && !passedApplicable.isEmpty()) {
        const qsizetype row = random.pick(passedApplicable);
        InspectionAnswer &answer = out.answers[row];
        const ChecklistItem &item = items.at(row - firstAnswer);
        answer.result = fail;
        answer.note = item.finding;
        failures.append(&item);
    }
    return failures;
}

Hazard FieldGenerator::makeHazard(Run &run, const Inspection &inspection, qint64 finishMs, const QString &edition,
    const QString &item, bool isMajor, const QString &description, SiteTopic topic, const QString &equipmentKind,
    const QString &dangerousWorkCategory) const
{
    DemoRandom &random = run.random;
    const qint64 startMs = inspection.startedAt.toMSecsSinceEpoch();
    const qint64 foundMs = startMs + static_cast<qint64>((finishMs - startMs) * random.uniform(0.05, 0.95));
    Hazard h;
    h.id = random.id(foundMs);
    h.inspectionId = inspection.id;
    h.projectId = run.project.id;
    h.criteriaSet = edition;
    h.criteriaItem = item;
    h.isMajor = isMajor;
    h.description = description;
    h.location
        = FindingTexts::instance().location(random, topic, run.project.category == u"municipal", run.context.floors);
    h.foundAt = QDateTime::fromMSecsSinceEpoch(foundMs, Qt::UTC);
    h.foundBy = random.pick(inspection.inspectors);
    h.responsibleEnterpriseId = !run.context.subcontractorId.isEmpty() && random.chance(0.2)
        ? run.context.subcontractorId
        : run.context.contractorId;
    h.responsiblePerson = run.context.managerName;
    if (!equipmentKind.isEmpty())
        h.equipmentId = equipmentOf(run, equipmentKind);
    if (!dangerousWorkCategory.isEmpty())
        h.dangerousWorkId = dangerousWorkOf(run, dangerousWorkCategory);
    return h;
}

void FieldGenerator::assignMeasures(Run &run, const PlannedInspection &plan, QList<Hazard> &hazards) const
{
    DemoRandom &random = run.random;
    bool needsStop = plan.hasStopWork;
    for (Hazard &h : hazards) {
        const QDate found = DemoTime::dateOf(h.foundAt.toMSecsSinceEpoch());
        if (h.isMajor && needsStop) {
            h.measure = random.chance(0.7) ? u"partial_stop"_s : u"full_stop"_s;
            needsStop = false;
        } else if (h.isMajor) {
            const double draw = random.uniform(0, 1);
            h.measure = plan.hasStopWork && draw < 0.3 ? u"partial_stop"_s
                : draw < 0.45                          ? u"immediate"_s
                : draw < 0.5                           ? u"evacuate"_s
                                                       : u"deadline"_s;
        } else {
            h.measure = random.chance(0.6) ? u"immediate"_s : u"deadline"_s;
        }
        if (h.measure == u"immediate")
            h.deadline = found.addDays(random.between(0, 1));
        else if (h.measure == u"evacuate")
            h.deadline = found.addDays(random.between(1, 5));
        else if (h.measure == u"deadline")
            h.deadline = found.addDays(h.isMajor ? random.between(7, 30) : random.between(3, 20));
        else
            h.deadline = found.addDays(random.between(7, 30));
    }
}

void FieldGenerator::addPhotos(Run &run, const Hazard &hazard, const HazardOutcome &outcome, Dataset &out) const
{
    DemoRandom &random = run.random;
    auto add = [&](qint64 ms, const QString &caption) {
        PhotoRecord photo;
        photo.id = random.id(ms);
        photo.ownerEntity = u"hazards"_s;
        photo.ownerId = hazard.id;
        photo.sha256 = random.hex(64);
        photo.size = random.between(200 * 1024, 4 * 1024 * 1024);
        photo.mime = u"image/jpeg"_s;
        photo.role = u"photo"_s;
        photo.caption = caption;
        photo.capturedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        if (isRecent(ms)) // a real JPEG instead of the drawn hash and size (drawn all the same: the stream stays)
            DemoEvidence::attachPhoto(photo);
        out.photos.append(photo);
    };
    const double chance = hazard.isMajor ? 0.6 : 0.065;
    if (!random.chance(chance))
        return;
    add(hazard.foundAt.toMSecsSinceEpoch(), u"整改前："_s + hazard.location);
    if (outcome.rectifiedMs >= 0 && random.chance(0.6))
        add(outcome.rectifiedMs, u"整改后："_s + hazard.location);
}

bool FieldGenerator::isRecent(qint64 ms) const
{
    return DemoTime::dateOf(ms) >= m_today.addDays(-DemoEvidence::kRecentDays) && ms <= m_nowMs;
}

QString FieldGenerator::equipmentOf(Run &run, const QString &kind) const
{
    QList<int> rows;
    for (int i = run.context.equipmentBegin; i < run.context.equipmentEnd; ++i) {
        if (m_reference.equipment.at(i).kind == kind)
            rows.append(i);
    }
    return rows.isEmpty() ? QString() : m_reference.equipment.at(run.random.pick(rows)).id;
}

QString FieldGenerator::dangerousWorkOf(Run &run, const QString &category) const
{
    QList<int> rows;
    for (int i = run.context.dangerousWorkBegin; i < run.context.dangerousWorkEnd; ++i) {
        if (category == u"*" || m_reference.dangerousWorks.at(i).category == category)
            rows.append(i);
    }
    return rows.isEmpty() ? QString() : m_reference.dangerousWorks.at(run.random.pick(rows)).id;
}

} // namespace sitesafe::demo
