#include <catch2/catch.hpp>

#include "core/clock.h"
#include "proxiedlaptop.h"
#include "storage/hazardrepository.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

// Found by the convergence campaign (seed 796680198): a push whose edit the server merged with another device's
// edit of another field, followed by a pull that never arrived. The receipt gave the laptop the merged row's seq
// although the laptop did not hold the merged row; its next edit named that seq as its base, the server took the edit
// for an echo, and the other device's field never reached the laptop. Real server over TLS, a FaultProxy losing the
// pull's answers, each laptop on its own clock.

namespace {

void edit(SyncClient &laptop, const QString &id, const QString &field, const QString &value, const QString &actor)
{
    HazardRepository hazards(laptop.db());
    std::optional<Hazard> h = hazards.find(id);
    REQUIRE(h);
    if (field == u"location")
        h->location = value;
    else
        h->description = value;
    REQUIRE(hazards.update(*h, actor).isOk()); // as the hazard form saves: updated_at from the laptop's clock
}

} // namespace

TEST_CASE("An edit merged on the server with another device's field reaches the pushing laptop, though the pull "
          "after its push was lost",
    "[sync][echo][proxy]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.addUser(u"lina"_s, u"supervisor"_s, u"460100"_s);
    server.start();
    FaultProxy proxy(server.tlsFile(u"server.pem"_s), server.tlsFile(u"server.key"_s), server.caFile(), server.port());

    FixedClock inspectorClock(QDateTime(QDate(2026, 12, 7), QTime(2, 19), Qt::UTC));
    FixedClock supervisorClock(QDateTime(QDate(2026, 12, 2), QTime(7, 54), Qt::UTC)); // five days behind
    SyncClient inspector(&inspectorClock);
    SyncClient supervisor(&supervisorClock);
    inspector.connect(server);
    supervisor.connectThrough(proxy.baseUrl(), server, {}, u"lina"_s);
    REQUIRE(inspector.sync().isEverythingApplied()); // the projects
    const QString hazard = inspector.createHazard(u"塔吊附着装置螺栓松动"_s);
    REQUIRE(inspector.sync().isEverythingApplied());
    REQUIRE(supervisor.sync().isEverythingApplied());
    REQUIRE(supervisor.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);

    // The inspector moves the location; the supervisor, not having pulled it, rewrites the description.
    edit(inspector, hazard, u"location"_s, u"3号楼东侧"_s, u"张伟"_s);
    REQUIRE(inspector.sync().isEverythingApplied());
    edit(supervisor, hazard, u"description"_s, u"塔吊附着装置螺栓松动（复核）"_s, u"李娜"_s);

    // Its push is taken (merged with the location), every answer to its pulls is lost.
    FaultProxy::Rule lose;
    lose.method = "GET";
    lose.pathPrefix = "/api/v1/sync/pull";
    lose.fault = FaultProxy::Fault::LoseAnswer;
    lose.times = -1;
    proxy.addRule(lose);
    const SyncReport cut = supervisor.sync();
    CHECK(cut.applied == 1);
    CHECK(cut.error.has_value());
    proxy.clearRules();
    CHECK(serverText(server, u"SELECT location || '|' || description FROM hazards WHERE id = ?"_s, {hazard})
        == u"3号楼东侧|塔吊附着装置螺栓松动（复核）"_s);

    // A day later it edits again, then syncs without faults: the location arrives and both laptops equal the server.
    supervisorClock.set(supervisorClock.now().addDays(1));
    edit(supervisor, hazard, u"description"_s, u"塔吊附着装置螺栓松动（已复核）"_s, u"李娜"_s);
    REQUIRE(supervisor.sync().isEverythingApplied());
    REQUIRE(inspector.sync().isEverythingApplied());
    CHECK(supervisor.text(u"SELECT location FROM hazards WHERE id = ?"_s, {hazard}) == u"3号楼东侧"_s);
    CHECK(supervisor.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
    CHECK(inspector.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
}
