// The demo's ledgers use the rectification-era fields: enforcement actions of the new kinds with violation codes,
// persons and points; incidents with the report chain (some late, one still counting down), cause and
// investigation; danger events with situation, impact, response and reports. Their ids depend on the seed and
// the project only.
#include <QSet>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include "core/enforcementkinds.h"
#include "core/incidentdeadline.h"
#include "core/violationtypes.h"
#include "demo/demogenerator.h"
#include "demo/demoids.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

TEST_CASE("Demo ledgers: new enforcement kinds with violations, incident report chains, danger details",
          "[demo][incident][enforcement]")
{
    const QDate today(2026, 11, 28);
    const Dataset d = DemoGenerator({1, DemoScale::Small, today, u"test-device"_s}).generateAll();
    const QDateTime now(today, QTime(12, 0), QTimeZone(8 * 3600));

    REQUIRE(!d.enforcementActions.isEmpty());
    QSet<QString> kinds;
    for (const EnforcementAction &a : d.enforcementActions) {
        INFO(a.kind.toStdString());
        kinds.insert(a.kind);
        CHECK(EnforcementKinds::isKnown(a.kind));
        CHECK(ViolationTypes::isKnown(a.violationCode));
        CHECK(a.hazardIds == QStringList{a.hazardId});
        CHECK_FALSE(a.decidedBy.isEmpty());
        if (EnforcementKinds::needsPoints(a.kind))
            CHECK(a.points > 0);
        if (EnforcementKinds::needsPerson(a.kind))
            CHECK_FALSE(a.personId.isEmpty());
        if (EnforcementKinds::needsAmount(a.kind))
            CHECK(a.amount > 0);
        CHECK((a.id == demo::DemoIds::reference(1, u"enforcement_actions", a.projectId + u"/0"_s)
               || a.id == demo::DemoIds::reference(1, u"enforcement_actions", a.projectId + u"/1"_s)));
    }
    CHECK(kinds.size() >= 5);

    int counting = 0;
    int late = 0;
    int investigated = 0;
    for (const Incident &i : d.incidents) {
        CHECK(i.id == demo::DemoIds::reference(1, u"incidents", i.projectId));
        CHECK_FALSE(i.part.isEmpty());
        CHECK_FALSE(i.emergencyResponse.isEmpty());
        const IncidentDeadline deadline(i.occurredAt, i.platformReportedAt, i.unitReportedAt);
        if (deadline.state(now) == IncidentDeadline::State::Counting)
            ++counting;
        if (deadline.isLate(now))
            ++late;
        if (i.investigationClosedOn.isValid()) {
            ++investigated;
            CHECK_FALSE(i.cause.isEmpty());
            CHECK(i.investigationClosedOn <= today);
        }
        if (i.platformReportedAt.isValid())
            CHECK(i.platformReportedAt >= i.occurredAt);
    }
    CHECK(counting >= 1);
    CHECK(late >= 1);
    CHECK(investigated >= 1);

    REQUIRE(!d.dangerEvents.isEmpty());
    for (const DangerEvent &e : d.dangerEvents) {
        CHECK(e.id == demo::DemoIds::reference(1, u"danger_events", e.projectId));
        CHECK_FALSE(e.siteSituation.isEmpty());
        CHECK_FALSE(e.impact.isEmpty());
        CHECK_FALSE(e.response.isEmpty());
        CHECK(e.reportedAt > e.occurredAt);
        CHECK(e.platformReportedAt >= e.occurredAt);
    }
}
