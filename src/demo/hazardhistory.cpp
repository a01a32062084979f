#include "hazardhistory.h"

#include <array>

#include "democontext.h"
#include "demorandom.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

const QStringList &reportNotes()
{
    static const QStringList notes {u"已按要求完成整改，附整改回复单及照片"_s, u"已更换失效部件，经监理单位复核"_s,
        u"已补设防护设施，监理单位已签认"_s, u"已按专项方案整改完毕，申请复查"_s};
    return notes;
}

const QStringList &commentNotes()
{
    static const QStringList notes {
        u"已电话督促施工单位加快整改"_s, u"施工单位已提交整改方案"_s, u"项目负责人已到场落实整改"_s};
    return notes;
}

const QStringList &voidNotes()
{
    static const QStringList notes {u"重复录入，与同次检查另一条隐患为同一问题"_s, u"误判：经核实相关证书在有效期内"_s,
        u"录入项目错误，已在正确项目重新登记"_s};
    return notes;
}

/// The role each actor of a story holds (hazard_events.actor_role): 销号 and local listings are the 市县 leaders'
/// (supervisors), province listings the province's; everyone else records as an inspector. Draws nothing, so the
/// random stream (and every id) is the same as without roles.
QString roleOf(const HazardStory &story, const QString &actor)
{
    if (story.provinceLeaders && story.provinceLeaders->contains(actor))
        return u"province"_s;
    if (story.leaders && story.leaders->contains(actor))
        return u"supervisor"_s;
    return u"inspector"_s;
}

} // namespace

HazardHistory::HazardHistory(qint64 nowMs, QDate today)
    : m_nowMs(nowMs)
    , m_today(today)
{ }

HazardState HazardHistory::drawState(DemoRandom &random, const HazardStory &story) const
{
    if (story.noticeMs < 0)
        return random.chance(0.95) ? HazardState::Open : HazardState::Voided;
    if (m_nowMs - story.noticeMs < 3 * DemoTime::kHourMs) // found this morning: nothing can have happened yet
        return story.needsNotice || random.chance(0.8) ? HazardState::Rectifying : HazardState::Open;
    const qint64 age = DemoTime::dateOf(story.foundMs).daysTo(m_today);
    // open, rectifying, reported, verified, closed, voided
    std::array<double, 6> weights = age >= 60 ? std::array<double, 6> {2, 7, 3, 3, 82, 3}
        : age >= 15                           ? std::array<double, 6> {4, 28, 10, 10, 45, 3}
                                              : std::array<double, 6> {12, 45, 15, 10, 15, 3};
    if (story.needsNotice)
        weights[0] = 0;
    static constexpr std::array<HazardState, 6> states {HazardState::Open, HazardState::Rectifying,
        HazardState::RectificationReported, HazardState::Verified, HazardState::Closed, HazardState::Voided};
    return states[static_cast<size_t>(random.weighted(weights))];
}

void HazardHistory::planSteps(
    DemoRandom &random, const HazardStory &story, HazardState state, QList<Step> &steps, bool *hasNotice) const
{
    const double rectifyDays = qMax<qint64>(1, DemoTime::dateOf(story.foundMs).daysTo(story.deadline));
    auto inspector = [&] { return random.pick(*story.inspectors); };
    auto leader = [&] { return random.pick(*story.leaders); };
    auto add = [&](HazardEventKind kind, const QString &actor, const QString &note, double gapDays) {
        steps.append({kind, actor, note, gapDays, -1, {}});
    };
    auto report = [&](double gap) {
        add(HazardEventKind::RectificationReported, story.reporter, random.pick(reportNotes()), gap);
    };
    auto pass
        = [&](const QString &by) { add(HazardEventKind::ReinspectedPass, by, u"复查合格"_s, random.uniform(1, 7)); };
    auto fail = [&](const QString &by) {
        add(HazardEventKind::ReinspectedFail, by, u"复查不合格：整改不到位，责令继续整改"_s, random.uniform(1, 7));
    };
    auto close
        = [&](const QString &by) { add(HazardEventKind::Closed, by, u"经复查合格，予以销号"_s, random.uniform(1, 5)); };
    auto extend = [&](double gap) {
        steps.append({HazardEventKind::DeadlineExtended, leader(), u"施工单位申请延期，经同意延长整改期限"_s, gap,
            random.between(7, 20), {}});
    };
    auto comment = [&] {
        if (!story.supervisorName.isEmpty() && random.chance(0.4))
            add(HazardEventKind::Comment, story.supervisorName, u"监理单位已下发监理通知单，督促整改"_s,
                random.uniform(1, 5));
        else
            add(HazardEventKind::Comment, story.foundBy, random.pick(commentNotes()), random.uniform(1, 5));
    };
    QString listedBy;
    auto list = [&] {
        const bool isProvince = random.chance(0.2);
        listedBy = isProvince ? random.pick(*story.provinceLeaders) : leader();
        const QString document = u"督办通知书"_s + (isProvince ? u"琼"_s : story.documentPrefix) + u"建督〔"_s
            + QString::number(DemoTime::dateOf(story.foundMs).year()) + u"〕"_s + QString::number(random.between(1, 99))
            + u"号"_s;
        steps.append({HazardEventKind::SupervisionListed, listedBy, u"列入挂牌督办，"_s + document,
            random.uniform(0.5, 3), -1, isProvince ? u"province"_s : story.supervisionLevel});
    };
    auto lift = [&] {
        add(HazardEventKind::SupervisionLifted, listedBy, u"整改完成，经核查解除督办"_s, random.uniform(0.5, 3));
    };
    const double reportGap = rectifyDays * random.uniform(0.5, 1.1);

    *hasNotice = state != HazardState::Open;
    switch (state) {
    case HazardState::Open:
        if (random.chance(0.2))
            add(HazardEventKind::Comment, story.foundBy, u"已告知项目负责人，待下发整改通知书"_s,
                random.uniform(0.1, 2));
        break;
    case HazardState::Rectifying: {
        const double draw = random.uniform(0, 1);
        if (story.isMajor && random.chance(0.25))
            list();
        if (draw < 0.45) {
            if (random.chance(0.2))
                comment();
        } else if (draw < 0.7) {
            report(reportGap);
            fail(inspector());
            if (random.chance(0.6))
                extend(random.uniform(0, 1));
        } else if (draw < 0.85) {
            extend(random.uniform(1, rectifyDays));
        } else if (listedBy.isEmpty()) { // closed once, then found again (隐患反弹)
            report(reportGap);
            pass(inspector());
            close(leader());
            add(HazardEventKind::Reopened, inspector(), u"复查发现隐患反弹，重新整改"_s, random.uniform(10, 40));
        }
        break;
    }
    case HazardState::RectificationReported:
        if (story.isMajor && random.chance(0.15))
            list();
        if (random.chance(0.3)) {
            report(reportGap);
            fail(inspector());
            extend(random.uniform(0, 1));
            report(random.uniform(3, 10));
        } else {
            report(reportGap);
        }
        break;
    case HazardState::Verified: {
        const bool isListed = story.isMajor && random.chance(0.2);
        if (isListed)
            list();
        report(reportGap);
        const QString reinspector = inspector();
        pass(reinspector);
        if (isListed && random.chance(0.3))
            close(leader()); // superseded: the listing must be lifted first
        else if (random.chance(0.15))
            close(reinspector); // superseded: 销号 needs a second person
        break;
    }
    case HazardState::Closed: {
        if (story.isImmediate && !story.needsNotice && random.chance(0.9)) {
            // Put right on the spot (立即整改) and checked there by the inspector who found it; no notice needed.
            *hasNotice = false;
            add(HazardEventKind::ReinspectedPass, story.foundBy, u"已现场整改，复查合格"_s, 0.02);
            close(leader());
            break;
        }
        const double draw = random.uniform(0, 1);
        const QString reinspector = inspector();
        if (story.isMajor && random.chance(0.25)) {
            list();
            report(reportGap);
            pass(reinspector);
            if (random.chance(0.25))
                close(leader()); // superseded while still listed
            lift();
            close(leader());
        } else if (draw < 0.8) {
            if (random.chance(0.1))
                comment();
            report(reportGap);
            pass(reinspector);
            close(leader());
        } else if (draw < 0.9) {
            report(reportGap);
            fail(reinspector);
            extend(random.uniform(0, 1));
            report(random.uniform(3, 10));
            pass(reinspector);
            close(leader());
        } else if (draw < 0.96) {
            report(reportGap);
            pass(reinspector);
            close(reinspector); // superseded: the re-inspector cannot close alone
            close(leader());
        } else {
            // A reopen race: the duplicate close of another device arrives after the reopen and is superseded.
            const QString closer = leader();
            report(reportGap);
            pass(reinspector);
            close(closer);
            add(HazardEventKind::Reopened, inspector(), u"复查发现隐患反弹，重新整改"_s, random.uniform(10, 30));
            add(HazardEventKind::Closed, closer, u"经复查合格，予以销号"_s, 0.05);
            report(random.uniform(3, 10));
            pass(reinspector);
            close(leader());
        }
        break;
    }
    case HazardState::Voided:
        *hasNotice = story.needsNotice || random.chance(0.4);
        add(HazardEventKind::Voided, random.chance(0.5) ? story.foundBy : leader(), random.pick(voidNotes()),
            random.uniform(0.1, 5));
        if (random.chance(0.2))
            report(random.uniform(1, 5)); // superseded: arrives from a device that had not seen the void
        break;
    }
}

HazardOutcome HazardHistory::write(DemoRandom &random, const HazardStory &story, QList<HazardEvent> &out) const
{
    HazardOutcome outcome;
    outcome.state = drawState(random, story);
    QList<Step> steps;
    bool hasNotice = false;
    planSteps(random, story, outcome.state, steps, &hasNotice);
    hasNotice = hasNotice && story.noticeMs >= 0;
    outcome.hasNotice = hasNotice;

    auto emitEvent = [&](HazardEventKind kind, qint64 ms, const QString &actor, const QString &note, QDate newDeadline,
                         const QString &level) {
        HazardEvent e;
        e.id = random.id(ms);
        e.hazardId = story.hazardId;
        e.kind = kind;
        e.at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        e.actor = actor;
        e.note = note;
        e.newDeadline = newDeadline;
        e.level = level;
        e.actorRole = roleOf(story, actor);
        out.append(e);
    };

    emitEvent(HazardEventKind::Created, story.foundMs, story.foundBy, {}, {}, {});
    QDate deadline = story.deadline;
    qint64 t = story.foundMs;
    if (hasNotice) {
        t = story.noticeMs;
        emitEvent(HazardEventKind::NoticeIssued, t, story.noticeIssuer, story.noticeNumber, story.deadline, {});
    }
    // Spread the steps over their nominal gaps, squeezed into what is left before "now" when needed.
    double total = 0;
    for (const Step &step : steps)
        total += step.gapDays * DemoTime::kDayMs;
    const qint64 end = m_nowMs - DemoTime::kMinuteMs;
    const qint64 available = qMax<qint64>(0, end - t);
    const qint64 minimumGap = qMin<qint64>(DemoTime::kMinuteMs, available / (steps.size() + 2));
    const double budget = double(available - minimumGap * steps.size());
    const double scale = total > budget ? budget / total : 1.0;
    for (const Step &step : steps) {
        t += minimumGap + static_cast<qint64>(step.gapDays * DemoTime::kDayMs * scale);
        QDate newDeadline;
        if (step.deadlineOffsetDays >= 0) {
            newDeadline = DemoTime::dateOf(t).addDays(step.deadlineOffsetDays);
            deadline = newDeadline;
        }
        if (step.kind == HazardEventKind::RectificationReported && outcome.state != HazardState::Voided)
            outcome.rectifiedMs = t;
        emitEvent(step.kind, t, step.actor, step.note, newDeadline, step.level);
    }

    // Hazards still with the contractor: some overdue, some given a new deadline in the coming week.
    const bool isWithContractor = outcome.state == HazardState::Open || outcome.state == HazardState::Rectifying;
    if (isWithContractor && deadline.isValid() && deadline < m_today && !random.chance(0.55)) {
        const qint64 at = t + static_cast<qint64>(double(qMax<qint64>(0, end - t)) * random.uniform(0.3, 0.9));
        const QDate newDeadline = m_today.addDays(random.chance(0.67) ? random.between(1, 7) : random.between(8, 30));
        emitEvent(
            HazardEventKind::DeadlineExtended, at, random.pick(*story.leaders), u"延长整改期限"_s, newDeadline, {});
    }
    return outcome;
}

} // namespace sitesafe::demo
