#include "hazardlifecycle.h"

#include <array>
#include <utility>

#include <QHash>

namespace sitesafe {

namespace {

constexpr std::array<std::pair<HazardState, const char16_t *>, 6> kStateCodes{{
    {HazardState::Open, u"open"},
    {HazardState::Rectifying, u"rectifying"},
    {HazardState::RectificationReported, u"reported"},
    {HazardState::Verified, u"verified"},
    {HazardState::Closed, u"closed"},
    {HazardState::Voided, u"voided"},
}};

/// Roles are stored on each event (hazard_events.actor_role); an empty role is an event recorded before roles
/// were kept, which the server accepted under the rules of its time.
constexpr QStringView kInspectorRole = u"inspector";

bool isAwaitingRectification(HazardState s)
{
    return s == HazardState::Open || s == HazardState::Rectifying || s == HazardState::RectificationReported;
}

} // namespace

QString hazardStateCode(HazardState state)
{
    for (const auto &[s, code] : kStateCodes) {
        if (s == state)
            return QString::fromUtf16(code);
    }
    return {};
}

std::optional<HazardState> hazardStateFromCode(QStringView code)
{
    for (const auto &[s, text] : kStateCodes) {
        if (code == QStringView(text))
            return s;
    }
    return std::nullopt;
}

bool HazardFold::isOverdueOn(QDate day) const
{
    return (state == HazardState::Open || state == HazardState::Rectifying) && deadline.isValid() && deadline < day;
}

QList<QString> HazardLifecycle::withdrawals(const QList<HazardEvent> &events)
{
    // Decided before the fold so a withdrawn event never takes effect, wherever the withdrawal stands.
    QList<QString> reasons(events.size());
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const HazardEvent &w = events[i];
        if (w.kind != HazardEventKind::Withdrawn) {
            indexOf.insert(w.id, i);
            continue;
        }
        const qsizetype target = indexOf.value(w.targetEventId, -1);
        if (target < 0)
            reasons[i] = tr("Only an earlier event of this hazard can be withdrawn.");
        else if (events[target].actor != w.actor)
            reasons[i] = tr("Only the person who recorded an event can withdraw it.");
        else if (events[target].kind == HazardEventKind::Created)
            reasons[i] = tr("The recording of a hazard cannot be withdrawn; void the hazard with a reason instead.");
        else if (!reasons[target].isEmpty())
            reasons[i] = tr("The event was already withdrawn.");
        else
            reasons[target] = tr("Withdrawn by %1.").arg(w.actor);
    }
    return reasons;
}

HazardFold HazardLifecycle::fold(const QList<HazardEvent> &events, QDate initialDeadline)
{
    HazardFold f;
    f.deadline = initialDeadline;
    f.outcomes.reserve(events.size());
    bool seenAny = false;
    const QList<QString> withdrawal = withdrawals(events);

    for (qsizetype i = 0; i < events.size(); ++i) {
        const HazardEvent &e = events[i];
        QString superseded = withdrawal[i]; // empty: applied
        const HazardState s = f.state;
        const bool isTerminal = f.isTerminal();

        switch (superseded.isEmpty() ? e.kind : HazardEventKind::Withdrawn) {
        case HazardEventKind::Created:
            if (seenAny)
                superseded = tr("The hazard was already recorded.");
            break;
        case HazardEventKind::NoticeIssued:
            if (s == HazardState::Open || s == HazardState::Rectifying) {
                f.state = HazardState::Rectifying;
                if (e.newDeadline.isValid())
                    f.deadline = e.newDeadline;
            } else {
                superseded = tr("A notice can only be issued while the hazard is open or being rectified.");
            }
            break;
        case HazardEventKind::RectificationReported:
            if (s == HazardState::Open || s == HazardState::Rectifying)
                f.state = HazardState::RectificationReported;
            else
                superseded = tr("Rectification can only be reported while the hazard is open or being rectified.");
            break;
        case HazardEventKind::ReinspectedPass:
            if (isAwaitingRectification(s)) {
                f.state = HazardState::Verified;
                f.verifiedBy = e.actor;
            } else {
                superseded = tr("Only a hazard that is not yet verified, closed or voided can pass re-inspection.");
            }
            break;
        case HazardEventKind::ReinspectedFail:
            if (isAwaitingRectification(s)) {
                f.state = HazardState::Rectifying;
                ++f.failedReinspections;
            } else {
                superseded = tr("Only a hazard that is not yet verified, closed or voided can fail re-inspection.");
            }
            break;
        case HazardEventKind::Closed:
            if (e.actorRole == kInspectorRole)
                superseded = tr("Closing (销号) needs a supervisor: an inspector's closing is kept in the history "
                                "without effect.");
            else if (s != HazardState::Verified)
                superseded = tr("A hazard can only be closed (销号) after a passed re-inspection.");
            else if (f.isSupervisionListed)
                superseded = tr("The supervision listing (挂牌督办) must be lifted before closing.");
            else if (!e.actor.isEmpty() && e.actor == f.verifiedBy)
                superseded = tr("Closing (销号) needs a second person: the re-inspector cannot close it alone.");
            else {
                f.state = HazardState::Closed;
                f.closedAt = e.at;
            }
            break;
        case HazardEventKind::Reopened:
            if (s == HazardState::Closed) {
                f.state = HazardState::Rectifying;
                f.closedAt = {};
                f.verifiedBy.clear();
            } else {
                superseded = tr("Only a closed hazard can be reopened.");
            }
            break;
        case HazardEventKind::DeadlineExtended:
            if (isTerminal)
                superseded = tr("The deadline of a closed or voided hazard cannot change.");
            else if (!e.newDeadline.isValid())
                superseded = tr("A deadline extension needs the new deadline.");
            else
                f.deadline = e.newDeadline;
            break;
        case HazardEventKind::SupervisionListed:
            if (isTerminal)
                superseded = tr("A closed or voided hazard cannot be listed for supervision.");
            else if (f.isSupervisionListed)
                superseded = tr("The hazard is already listed for supervision.");
            else {
                f.isSupervisionListed = true;
                f.supervisionLevel = e.level;
            }
            break;
        case HazardEventKind::SupervisionLifted:
            if (!f.isSupervisionListed)
                superseded = tr("The hazard is not listed for supervision.");
            else {
                f.isSupervisionListed = false;
                f.supervisionLevel.clear();
            }
            break;
        case HazardEventKind::Comment:
        case HazardEventKind::Withdrawn: // decided by withdrawals() before the fold
            break;
        case HazardEventKind::Voided:
            if (s == HazardState::Voided)
                superseded = tr("The hazard is already voided.");
            else if (e.note.trimmed().isEmpty())
                superseded = tr("Voiding needs a reason.");
            else
                f.state = HazardState::Voided;
            break;
        }

        seenAny = true;
        f.outcomes.append({superseded.isEmpty(), superseded});
    }
    return f;
}

} // namespace sitesafe
