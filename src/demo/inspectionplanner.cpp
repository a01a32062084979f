#include "inspectionplanner.h"

#include <algorithm>
#include <array>
#include <tuple>

#include "democontext.h"
#include "demoids.h"
#include "hainangeography.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

/// The 2024 criteria took effect on 2024-12-13 and repealed the 2022 edition the same day.
const QDate kV2024Effective(2024, 12, 13);

int roundUp(int value, int step)
{
    return (value + step - 1) / step * step;
}

} // namespace

namespace {
/// Random streams of the plans: one per project, far from the field streams (1 + project index).
constexpr quint32 kPlanStreams = 0x40000000u;
} // namespace

InspectionPlanner::InspectionPlanner(quint64 seed, QDate today)
    : m_seed(seed)
    , m_random(seed, kPlanStreams)
    , m_today(today)
{ }

qint64 InspectionPlanner::startOn(QDate date)
{
    // Inspections start between 08:30 and 15:30; one starting today has started by 11:00 (before "now").
    const int latest = date >= m_today ? 11 * 60 : 15 * 60 + 30;
    return DemoTime::at(date, m_random.between(8 * 60 + 30, latest));
}

void InspectionPlanner::plan(int projectIndex, const Project &p, ProjectContext &context)
{
    m_random = DemoRandom(m_seed, kPlanStreams + static_cast<quint32>(projectIndex));
    if (p.status == u"not_started")
        return;
    const QDate first = p.startDate.addDays(10);
    const QDate last = qMin(context.lastWorkDay, m_today);
    if (first > last)
        return;
    QList<PlannedInspection> &plans = context.inspections;
    auto dateIn = [&](QDate from, QDate to) -> QDate {
        from = qMax(from, first);
        to = qMin(to, last);
        if (from > to)
            return {};
        return from.addDays(m_random.between(0, static_cast<int>(from.daysTo(to))));
    };
    auto add = [&](QDate date, InspectionKind kind, int round) {
        if (!date.isValid())
            return;
        PlannedInspection plan;
        plan.startMs = startOn(date);
        plan.kind = kind;
        plan.round = round;
        if (date < kV2024Effective)
            plan.checklist = m_random.chance(0.7) ? ChecklistTemplate::V2022 : ChecklistTemplate::Jgj59;
        else
            plan.checklist = m_random.chance(0.74) ? ChecklistTemplate::V2024 : ChecklistTemplate::Jgj59;
        const qint64 age = date.daysTo(m_today);
        if (age <= 1 && m_random.chance(0.7))
            plan.status = InspectionStatus::Draft;
        else if ((age <= 10 && m_random.chance(0.35)) || m_random.chance(0.01))
            plan.status = InspectionStatus::Submitted;
        plan.hasStopWork = plan.status != InspectionStatus::Draft && m_random.chance(0.09);
        plans.append(plan);
    };

    QDate round1;
    if (m_random.chance(0.95)) {
        round1 = dateIn(m_today.addDays(-300), m_today.addDays(-150));
        if (!round1.isValid()) // started late: round 1 as soon as the site is working
            round1 = dateIn(first, first.addDays(30));
        add(round1, InspectionKind::Round, 1);
    }
    if (p.status != u"completed" && m_random.chance(0.5)) {
        const QDate from = round1.isValid() ? qMax(m_today.addDays(-120), round1.addDays(30)) : m_today.addDays(-120);
        add(dateIn(from, m_today), InspectionKind::Round, 2);
    }
    if (round1.isValid() && m_random.chance(0.12))
        add(dateIn(round1.addDays(15), round1.addDays(40)), InspectionKind::Reinspection, 0);
    if (m_random.chance(0.15))
        add(dateIn(m_today.addDays(-365), m_today), InspectionKind::Special, 0);
    if (m_random.chance(0.08))
        add(dateIn(m_today.addDays(-200), m_today), InspectionKind::Random, 0);
    // Provincial supervision before the 2024 criteria took effect: the hazards found then keep their V2022 basis.
    if (p.startDate < kV2024Effective && m_random.chance(0.3))
        add(dateIn(kV2024Effective.addDays(-400), kV2024Effective.addDays(-1)), InspectionKind::Supervision, 0);
    if (m_random.chance(0.03))
        add(dateIn(m_today.addDays(-200), m_today), InspectionKind::Supervision, 0);

    std::sort(plans.begin(), plans.end(),
        [](const PlannedInspection &a, const PlannedInspection &b) { return a.startMs < b.startMs; });
}

QString InspectionPlanner::noticePrefix(int countyIndex, bool isStopWork, int year)
{
    return HainanGeography::documentPrefix(countyIndex) + (isStopWork ? u"建安停〔"_s : u"建安改〔"_s)
        + QString::number(year) + u"〕"_s;
}

QString InspectionPlanner::noticeNumber(int countyIndex, bool isStopWork, int year, int number)
{
    return noticePrefix(countyIndex, isStopWork, year) + QString::number(number).rightJustified(4, u'0') + u"号"_s;
}

QList<NoticeNumberBlock> InspectionPlanner::allocateNoticeNumbers(
    QList<ProjectContext> &contexts, const QString &deviceId)
{
    struct Slot {
        int county;
        int isStopWork;
        int year;
        qint64 startMs;
        int context;
        int plan;
    };
    QList<Slot> entries;
    for (int c = 0; c < contexts.size(); ++c) {
        const ProjectContext &context = contexts.at(c);
        for (int i = 0; i < context.inspections.size(); ++i) {
            const PlannedInspection &plan = context.inspections.at(i);
            if (plan.status == InspectionStatus::Draft)
                continue;
            const int year = DemoTime::dateOf(plan.startMs).year();
            entries.append({context.countyIndex, 0, year, plan.startMs, c, i});
            if (plan.hasStopWork)
                entries.append({context.countyIndex, 1, year, plan.startMs, c, i});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Slot &a, const Slot &b) {
        return std::tie(a.county, a.isStopWork, a.year, a.startMs, a.context)
            < std::tie(b.county, b.isStopWork, b.year, b.startMs, b.context);
    });

    QList<NoticeNumberBlock> blocks;
    auto closeBlock = [&](const Slot &slot, int used) {
        const CountyProfile &county = HainanGeography::counties().at(slot.county);
        NoticeNumberBlock block;
        block.deviceId = u"bureau-"_s + county.code;
        block.kind = slot.isStopWork ? u"stop_work"_s : u"rectification"_s;
        // Keyed by how many years before today the block's year is, so a block keeps its id from day to day.
        block.id = DemoIds::reference(m_seed, u"notice_number_blocks",
            block.deviceId + u'/' + block.kind + u'/' + QString::number(m_today.year() - slot.year));
        block.prefix = noticePrefix(slot.county, slot.isStopWork, slot.year);
        block.firstNumber = 1;
        block.lastNumber = roundUp(used, 100);
        block.nextNumber = used + 1;
        blocks.append(block);
    };
    int used = 0;
    int haikouUsed[2] = {0, 0};
    for (int i = 0; i < entries.size(); ++i) {
        const Slot &slot = entries.at(i);
        PlannedInspection &plan = contexts[slot.context].inspections[slot.plan];
        ++used;
        (slot.isStopWork ? plan.stopWorkNumber : plan.rectificationNumber) = used;
        const bool isLastOfGroup = i + 1 == entries.size() || entries.at(i + 1).county != slot.county
            || entries.at(i + 1).isStopWork != slot.isStopWork || entries.at(i + 1).year != slot.year;
        if (isLastOfGroup) {
            closeBlock(slot, used);
            if (slot.county == 0 && slot.year == m_today.year())
                haikouUsed[slot.isStopWork] = used;
            used = 0;
        }
    }
    // The blocks this device numbers its own new notices from, one per notice kind: after everything the bureau
    // has used this year for the two kinds the history holds, from 1 for the other four.
    static const std::array<std::pair<const char16_t *, const char16_t *>, 6> kinds{{{u"rectification", u"改"},
        {u"stop_work", u"停"}, {u"resume_work", u"复工"}, {u"reinspection", u"复查"}, {u"supervision", u"督"},
        {u"enforcement_proposal", u"建议"}}};
    for (int k = 0; k < int(kinds.size()); ++k) {
        NoticeNumberBlock block;
        block.deviceId = deviceId;
        block.kind = QString::fromUtf16(kinds[k].first);
        block.id = DemoIds::reference(m_seed, u"notice_number_blocks", block.deviceId + u'/' + block.kind);
        block.prefix = HainanGeography::documentPrefix(0) + u"建安"_s + QString::fromUtf16(kinds[k].second) + u"〔"_s
            + QString::number(m_today.year()) + u"〕"_s;
        block.firstNumber = k < 2 ? roundUp(haikouUsed[k], 100) + 1 : 1;
        block.lastNumber = block.firstNumber + 199;
        block.nextNumber = block.firstNumber;
        blocks.append(block);
    }
    return blocks;
}

} // namespace sitesafe::demo
