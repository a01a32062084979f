#include "core/hazardlifecycle.h"

#include <catch2/catch.hpp>

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
HazardEvent ev(HazardEventKind kind, const QString &actor = u"张伟"_s, const QString &note = {}, QDate deadline = {})
{
    HazardEvent e;
    e.kind = kind;
    e.actor = actor;
    e.note = note;
    e.newDeadline = deadline;
    e.at = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    return e;
}
using K = HazardEventKind;
} // namespace

TEST_CASE("The full loop: found, notice, report, re-inspection, 销号 by a second person", "[core][lifecycle]")
{
    const QList<HazardEvent> events{
        ev(K::Created),
        ev(K::NoticeIssued, u"张伟"_s, {}, QDate(2026, 11, 10)),
        ev(K::RectificationReported, u"施工单位"_s),
        ev(K::ReinspectedPass, u"张伟"_s),
        ev(K::Closed, u"李娜"_s),
    };
    const HazardFold f = HazardLifecycle::fold(events, QDate(2026, 11, 5));
    CHECK(f.state == HazardState::Closed);
    CHECK(f.deadline == QDate(2026, 11, 10));
    REQUIRE(f.outcomes.size() == events.size());
    for (const HazardEventOutcome &o : f.outcomes)
        CHECK(o.isApplied);
    CHECK(f.closedAt.isValid());
}

TEST_CASE("Closing by the re-inspector alone is superseded, kept and without effect", "[core][lifecycle]")
{
    const QList<HazardEvent> events{ev(K::Created), ev(K::ReinspectedPass, u"张伟"_s), ev(K::Closed, u"张伟"_s),
                                    ev(K::Closed, u"李娜"_s)};
    const HazardFold f = HazardLifecycle::fold(events);
    CHECK(f.state == HazardState::Closed);
    CHECK_FALSE(f.outcomes[2].isApplied);
    CHECK(f.outcomes[2].reason.contains(u"second person"_s));
    CHECK(f.outcomes[3].isApplied);
}

TEST_CASE("A failed re-inspection returns the hazard to rectifying", "[core][lifecycle]")
{
    const HazardFold f = HazardLifecycle::fold(
        {ev(K::Created), ev(K::NoticeIssued), ev(K::RectificationReported), ev(K::ReinspectedFail)});
    CHECK(f.state == HazardState::Rectifying);
    CHECK(f.failedReinspections == 1);
}

TEST_CASE("Supervision listing must be lifted before closing", "[core][lifecycle]")
{
    QList<HazardEvent> events{ev(K::Created), ev(K::SupervisionListed, u"省厅"_s), ev(K::ReinspectedPass),
                              ev(K::Closed, u"李娜"_s)};
    events[1].level = u"province"_s;
    HazardFold f = HazardLifecycle::fold(events);
    CHECK(f.state == HazardState::Verified);
    CHECK(f.isSupervisionListed);
    CHECK(f.supervisionLevel == u"province"_s);
    CHECK_FALSE(f.outcomes[3].isApplied);

    events.insert(3, ev(K::SupervisionLifted, u"省厅"_s));
    f = HazardLifecycle::fold(events);
    CHECK(f.state == HazardState::Closed);
    CHECK_FALSE(f.isSupervisionListed);
}

TEST_CASE("Events that arrive after a terminal state are superseded, not dropped", "[core][lifecycle]")
{
    const QList<HazardEvent> events{ev(K::Created),
                                    ev(K::Voided, u"张伟"_s, u"录入错误"_s),
                                    ev(K::NoticeIssued),
                                    ev(K::DeadlineExtended, u"张伟"_s, {}, QDate(2026, 12, 1)),
                                    ev(K::Comment, u"张伟"_s, u"备注"_s),
                                    ev(K::Voided, u"张伟"_s, u"again"_s)};
    const HazardFold f = HazardLifecycle::fold(events, QDate(2026, 11, 20));
    CHECK(f.state == HazardState::Voided);
    CHECK(f.outcomes.size() == 6);
    CHECK(f.outcomes[1].isApplied);
    CHECK_FALSE(f.outcomes[2].isApplied);
    CHECK_FALSE(f.outcomes[3].isApplied);
    CHECK(f.deadline == QDate(2026, 11, 20)); // the superseded extension had no effect
    CHECK(f.outcomes[4].isApplied);           // comments are always kept and applied
    CHECK_FALSE(f.outcomes[5].isApplied);
}

TEST_CASE("Voiding needs a reason, a second created is superseded", "[core][lifecycle]")
{
    const HazardFold f = HazardLifecycle::fold({ev(K::Created), ev(K::Created), ev(K::Voided)});
    CHECK(f.state == HazardState::Open);
    CHECK_FALSE(f.outcomes[1].isApplied);
    CHECK_FALSE(f.outcomes[2].isApplied);
}

TEST_CASE("Reopening a closed hazard and overdue judgement", "[core][lifecycle]")
{
    const HazardFold f = HazardLifecycle::fold({ev(K::Created), ev(K::ReinspectedPass, u"张伟"_s),
                                                ev(K::Closed, u"李娜"_s), ev(K::Reopened, u"王强"_s)},
                                               QDate(2026, 11, 10));
    CHECK(f.state == HazardState::Rectifying);
    CHECK_FALSE(f.closedAt.isValid());
    CHECK(f.isOverdueOn(QDate(2026, 11, 11)));
    CHECK_FALSE(f.isOverdueOn(QDate(2026, 11, 10)));
}

TEST_CASE("Every state and event kind has a stable text code", "[core][lifecycle]")
{
    for (auto s : {HazardState::Open, HazardState::Rectifying, HazardState::RectificationReported,
                   HazardState::Verified, HazardState::Closed, HazardState::Voided})
        CHECK(hazardStateFromCode(hazardStateCode(s)) == s);
    for (int k = 0; k <= static_cast<int>(HazardEventKind::Voided); ++k) {
        const auto kind = static_cast<HazardEventKind>(k);
        CHECK(hazardEventKindFromCode(hazardEventKindCode(kind)) == kind);
    }
    CHECK_FALSE(hazardEventKindFromCode(u"deleted").has_value());
}
