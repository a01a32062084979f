#include <functional>
#include <random>
#include <sstream>

#include <catch2/catch.hpp>

#include "core/hazardlifecycle.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

// Seeded random event sequences against the fold's promises: every event is kept (one outcome each), a superseded
// event carries a reason and changes nothing, the same events in the same order give the same fold, a withdrawn
// event never takes effect, an inspector's 销号 never closes, and each applied step is a valid transition from
// where the hazard stood (a small transition table written independently of the fold). A failing case prints its
// seed and the sequence shrunk by dropping events one at a time while it still fails.

namespace {

using K = HazardEventKind;

constexpr std::array kKinds{K::Created,          K::NoticeIssued,      K::RectificationReported, K::ReinspectedPass,
                            K::ReinspectedFail,  K::Closed,            K::Reopened,              K::DeadlineExtended,
                            K::SupervisionListed, K::SupervisionLifted, K::Comment,               K::Voided,
                            K::Withdrawn};

QList<HazardEvent> randomEvents(quint64 seed)
{
    std::mt19937_64 rng(seed);
    auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    const QStringList actors{u"张伟"_s, u"李娜"_s, u"王强"_s};
    const QStringList roles{u"inspector"_s, u"supervisor"_s, u"province"_s, QString()};
    const QStringList levels{u"province"_s, u"city"_s, u"county"_s};
    const int size = pick(13);
    QList<HazardEvent> events;
    for (int i = 0; i < size; ++i) {
        HazardEvent e;
        e.id = u"e%1"_s.arg(i);
        e.hazardId = u"h"_s;
        // Mostly a plausible loop (created first), sometimes anything at all.
        e.kind = i == 0 && pick(8) != 0 ? K::Created : kKinds[size_t(pick(int(kKinds.size())))];
        e.at = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60);
        e.actor = actors[pick(int(actors.size()))];
        e.actorRole = roles[pick(int(roles.size()))];
        e.note = pick(4) == 0 ? QString() : u"说明 %1"_s.arg(i);
        if (pick(2) == 0)
            e.newDeadline = QDate(2026, 11, 10).addDays(pick(30));
        e.level = levels[pick(int(levels.size()))];
        if (e.kind == K::Withdrawn) {
            const int target = pick(size + 2) - 1; // -1: no such event; ≥ i: a later one
            e.targetEventId = target < 0 ? u"missing"_s : u"e%1"_s.arg(target);
            if (target >= 0 && target < i && pick(3) != 0)
                e.actor = events[target].actor; // mostly withdrawn by its author
        }
        events.append(e);
    }
    return events;
}

std::string describe(const QList<HazardEvent> &events)
{
    std::ostringstream out;
    for (const HazardEvent &e : events)
        out << "  " << e.id.toStdString() << ' ' << hazardEventKindCode(e.kind).toStdString() << " actor="
            << e.actor.toStdString() << " role=" << e.actorRole.toStdString() << " note="
            << (e.note.isEmpty() ? "-" : "yes") << " deadline=" << e.newDeadline.toString(Qt::ISODate).toStdString()
            << " level=" << e.level.toStdString() << " target=" << e.targetEventId.toStdString() << '\n';
    return out.str();
}

bool sameFold(const HazardFold &a, const HazardFold &b)
{
    return a.state == b.state && a.isSupervisionListed == b.isSupervisionListed
        && a.supervisionLevel == b.supervisionLevel && a.deadline == b.deadline && a.closedAt == b.closedAt
        && a.verifiedBy == b.verifiedBy && a.failedReinspections == b.failedReinspections;
}

bool sameOutcomes(const HazardFold &a, const HazardFold &b)
{
    if (a.outcomes.size() != b.outcomes.size())
        return false;
    for (qsizetype i = 0; i < a.outcomes.size(); ++i) {
        if (a.outcomes[i].isApplied != b.outcomes[i].isApplied || a.outcomes[i].reason != b.outcomes[i].reason)
            return false;
    }
    return true;
}

bool isAwaiting(HazardState s)
{
    return s == HazardState::Open || s == HazardState::Rectifying || s == HazardState::RectificationReported;
}

/// The transition table, written from domain-reference §8 rather than from the fold's code.
bool isValidStep(const HazardFold &before, bool isFirst, const HazardEvent &e)
{
    const HazardState s = before.state;
    const bool terminal = s == HazardState::Closed || s == HazardState::Voided;
    switch (e.kind) {
    case K::Created: return isFirst;
    case K::NoticeIssued:
    case K::RectificationReported: return s == HazardState::Open || s == HazardState::Rectifying;
    case K::ReinspectedPass:
    case K::ReinspectedFail: return isAwaiting(s);
    case K::Closed:
        return e.actorRole != u"inspector" && s == HazardState::Verified && !before.isSupervisionListed
            && (e.actor.isEmpty() || e.actor != before.verifiedBy);
    case K::Reopened: return s == HazardState::Closed;
    case K::DeadlineExtended: return !terminal && e.newDeadline.isValid();
    case K::SupervisionListed: return !terminal && !before.isSupervisionListed;
    case K::SupervisionLifted: return before.isSupervisionListed;
    case K::Comment: return true;
    case K::Voided: return s != HazardState::Voided && !e.note.trimmed().isEmpty();
    case K::Withdrawn: return false; // never left in a withdrawal-free sequence
    }
    return false;
}

/// Empty when every property holds; otherwise what failed.
std::string violation(const QList<HazardEvent> &events)
{
    const HazardFold fold = HazardLifecycle::fold(events, QDate(2026, 11, 8));
    if (fold.outcomes.size() != events.size())
        return "an event was lost: " + std::to_string(fold.outcomes.size()) + " outcomes for "
            + std::to_string(events.size()) + " events";
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (fold.outcomes[i].isApplied != fold.outcomes[i].reason.isEmpty())
            return "event " + std::to_string(i) + ": superseded without a reason, or applied with one";
        if (events[i].kind == K::Closed && events[i].actorRole == u"inspector" && fold.outcomes[i].isApplied)
            return "event " + std::to_string(i) + ": an inspector's closing took effect";
    }
    const HazardFold again = HazardLifecycle::fold(QList<HazardEvent>(events), QDate(2026, 11, 8));
    if (!sameFold(fold, again) || !sameOutcomes(fold, again))
        return "the same events gave another fold";

    // Withdrawn events and every other superseded event change nothing: as comments they give the same fold.
    const QList<QString> withdrawn = HazardLifecycle::withdrawals(events);
    QList<HazardEvent> plain = events;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (!fold.outcomes[i].isApplied || plain[i].kind == K::Withdrawn) {
            plain[i].kind = K::Comment;
            plain[i].targetEventId.clear();
        }
        if (!withdrawn[i].isEmpty() && events[i].kind != K::Withdrawn && fold.outcomes[i].isApplied)
            return "event " + std::to_string(i) + ": withdrawn, yet it took effect";
    }
    const HazardFold plainFold = HazardLifecycle::fold(plain, QDate(2026, 11, 8));
    if (!sameFold(fold, plainFold))
        return "superseded or withdrawn events changed the state (as comments the fold differs)";
    if (plain.size() != events.size() || plainFold.outcomes.size() != events.size())
        return "an event was lost without its superseded steps";

    // Each step that was not withdrawn: applied exactly when the transition table allows it where the hazard stood
    // (the fold of the withdrawal-free prefix is where it stood).
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const HazardFold before = HazardLifecycle::fold(plain.first(i), QDate(2026, 11, 8));
        const bool isWithdrawal = events[i].kind == K::Withdrawn || !withdrawn[i].isEmpty();
        const bool valid = isValidStep(before, i == 0, events[i]);
        if (!isWithdrawal && valid != fold.outcomes[i].isApplied)
            return "event " + std::to_string(i) + " (" + hazardEventKindCode(events[i].kind).toStdString() + "): "
                + (valid ? "a valid step was superseded: " + fold.outcomes[i].reason.toStdString()
                         : std::string("an invalid step took effect"));
        const HazardFold after = HazardLifecycle::fold(plain.first(i + 1), QDate(2026, 11, 8));
        if (!fold.outcomes[i].isApplied && !sameFold(before, after))
            return "event " + std::to_string(i) + ": superseded, yet it changed the state";
    }
    return {};
}

/// Drops events one at a time while the sequence still fails, until no single drop fails.
QList<HazardEvent> shrink(QList<HazardEvent> events)
{
    for (bool progress = true; progress;) {
        progress = false;
        for (qsizetype i = 0; i < events.size(); ++i) {
            QList<HazardEvent> smaller = events;
            smaller.removeAt(i);
            if (!violation(smaller).empty()) {
                events = smaller;
                progress = true;
                break;
            }
        }
    }
    return events;
}

} // namespace

TEST_CASE("Random event sequences: nothing lost, invalid steps superseded with a reason, same order same fold",
          "[core][lifecycle][property]")
{
    constexpr quint64 kBaseSeed = 20261205;
    constexpr int kCases = 10000;
    int eventsSeen = 0;
    int superseded = 0;
    int inspectorCloses = 0;
    int withdrawnTargets = 0;
    for (int c = 0; c < kCases; ++c) {
        const quint64 seed = kBaseSeed + quint64(c);
        const QList<HazardEvent> events = randomEvents(seed);
        const std::string failure = violation(events);
        if (!failure.empty()) {
            const QList<HazardEvent> small = shrink(events);
            FAIL("seed " << seed << ": " << failure << "\nshrunk sequence (" << small.size() << " events, "
                         << violation(small) << "):\n"
                         << describe(small));
        }
        const HazardFold fold = HazardLifecycle::fold(events, QDate(2026, 11, 8));
        const QList<QString> withdrawn = HazardLifecycle::withdrawals(events);
        eventsSeen += int(events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            superseded += fold.outcomes[i].isApplied ? 0 : 1;
            inspectorCloses += events[i].kind == K::Closed && events[i].actorRole == u"inspector" ? 1 : 0;
            withdrawnTargets += !withdrawn[i].isEmpty() && events[i].kind != K::Withdrawn ? 1 : 0;
        }
    }
    // The generator reached the cases the properties are about (not a vacuous pass).
    CHECK(eventsSeen > 40000);
    CHECK(superseded > 5000);
    CHECK(inspectorCloses > 500);
    CHECK(withdrawnTargets > 200);
}

TEST_CASE("The property checker agrees with hand-made sequences of 销号 and withdrawal", "[core][lifecycle][property]")
{
    // An inspector's 销号 after a pass is exactly what the fold must refuse; the checker's transition table agrees.
    HazardEvent created;
    created.id = u"a"_s;
    created.kind = K::Created;
    created.actor = u"张伟"_s;
    HazardEvent pass = created;
    pass.id = u"b"_s;
    pass.kind = K::ReinspectedPass;
    HazardEvent close = created;
    close.id = u"c"_s;
    close.kind = K::Closed;
    close.actor = u"李娜"_s;
    close.actorRole = u"inspector"_s;
    CHECK(violation({created, pass, close}).empty());
    const HazardFold fold = HazardLifecycle::fold({created, pass, close});
    CHECK(fold.state == HazardState::Verified);
    CHECK_FALSE(fold.outcomes[2].isApplied);
    // A withdrawal of the pass by its author: the closing by a supervisor cannot follow.
    HazardEvent undo = created;
    undo.id = u"d"_s;
    undo.kind = K::Withdrawn;
    undo.targetEventId = u"b"_s;
    close.actorRole = u"supervisor"_s;
    const HazardFold withdrawn = HazardLifecycle::fold({created, pass, close, undo});
    CHECK(violation({created, pass, close, undo}).empty());
    CHECK(withdrawn.state == HazardState::Open);
    CHECK_FALSE(withdrawn.outcomes[1].isApplied);
    CHECK_FALSE(withdrawn.outcomes[2].isApplied);
}
