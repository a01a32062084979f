#include "support/faultproxy.h"

#include <memory>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>

#include "proxiedlaptop.h"
#include "serverprocess.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

// Cases 1–4 of sync-anchors §3 and two more faults of the proxy, with a real client and the real server on both
// sides of tests/support/faultproxy: the faults happen on real connections, chosen by rules, not by timers.

namespace {

using Fault = FaultProxy::Fault;

std::string describe(const SyncReport &r)
{
    return (r.error ? QString(r.error->code + u": "_s + r.error->message).toStdString() : std::string("no error"))
        + " applied=" + std::to_string(r.applied) + " pulled=" + std::to_string(r.rowsPulled);
}

/// Runs the event loop until `isDone` or 20 s (a bound, not a wait for a guessed time).
bool waitFor(const std::function<bool()> &isDone)
{
    QDeadlineTimer deadline(20000);
    while (!isDone() && !deadline.hasExpired())
        QEventLoop().processEvents(QEventLoop::WaitForMoreEvents, 50);
    return isDone();
}

} // namespace

TEST_CASE("Case 1: a push cut at 40 % of its body commits nothing, the retry applies all 50 mutations once",
    "[sync][fault][proxy]")
{
    ProxiedLaptop setup(25);
    // Every attempt is cut: Qt resends a request once by itself when its connection closes before any answer.
    setup.proxy->addRule({"POST", "/api/v1/sync/push", Fault::CutRequest, 0, 0.4, 0, 0, -1});
    const SyncReport cut = setup.client.sync();
    INFO(describe(cut));
    REQUIRE(cut.error.has_value());
    CHECK(cut.error->code.startsWith(u"network."_s));
    CHECK(setup.proxy->counts().byFault.value(Fault::CutRequest) >= 1);
    CHECK(serverCount(setup.server, kApplied) == setup.appliedBefore); // the server read a cut body: nothing
    CHECK(setup.client.count(u"SELECT count(*) FROM outbox WHERE state = 'in_flight'"_s) == 50);
    setup.proxy->clearRules();

    const SyncReport retry = setup.client.sync();
    INFO(describe(retry));
    REQUIRE(retry.isEverythingApplied());
    CHECK(retry.applied == 50);
    setup.requireExactlyOnce(50);
}

TEST_CASE("Case 2: the answer to a committed push is lost, the retry is answered duplicate with nothing repeated",
    "[sync][fault][proxy]")
{
    ProxiedLaptop setup(25);
    setup.proxy->addRule({"POST", "/api/v1/sync/push", Fault::LoseAnswer, 0, 0, 0, 0, -1});
    const SyncReport lost = setup.client.sync();
    INFO(describe(lost));
    REQUIRE(lost.error.has_value());
    CHECK(lost.applied == 0);
    CHECK(serverCount(setup.server, kApplied) == setup.appliedBefore + 50); // committed before the reset
    setup.proxy->clearRules();

    const SyncReport retry = setup.client.sync();
    INFO(describe(retry));
    REQUIRE(retry.isEverythingApplied());
    CHECK(retry.applied == 50);
    CHECK(setup.client.count(u"SELECT count(*) FROM outbox WHERE state = 'duplicate'"_s) == 50);
    setup.requireExactlyOnce(50);
}

TEST_CASE("Case 3: a pull reset in its second page keeps the first page and its cursor, the next sync converges",
    "[sync][fault][proxy]")
{
    ProxiedLaptop setup(0);
    SyncOptions pages; // after the snapshot: its pages are sized the same way
    pages.pullLimit = 25;
    setup.client.connectThrough(setup.proxy->baseUrl(), setup.server, pages);
    SyncClient colleague, witness; // the witness pulls the same changes without faults: how many rows they are
    colleague.connect(setup.server);
    witness.connect(setup.server);
    REQUIRE(colleague.sync().isEverythingApplied());
    REQUIRE(witness.sync().isEverythingApplied());
    for (int i = 0; i < 30; ++i)
        colleague.createHazard(u"同事的隐患 %1"_s.arg(i));
    REQUIRE(colleague.sync().isEverythingApplied()); // 60 new rows and a few of the colleague's: three pages
    const SyncReport witnessed = witness.sync();
    REQUIRE(witnessed.isEverythingApplied());
    REQUIRE(witnessed.rowsPulled > 50);
    const auto mine = [&] {
        return setup.client.count(u"SELECT count(*) FROM hazards WHERE description LIKE '同事的隐患 %'"_s)
            + setup.client.count(u"SELECT count(*) FROM hazard_events WHERE hazard_id IN (SELECT id FROM hazards "
                                 "WHERE description LIKE '同事的隐患 %')"_s);
    };
    const QString cursorBefore = setup.client.text(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s);

    setup.proxy->addRule({"GET", "/api/v1/sync/pull", Fault::CutAnswer, 0, 0.5, 0, 1});
    const SyncReport cut = setup.client.sync();
    INFO(describe(cut));
    REQUIRE(cut.error.has_value());
    CHECK(setup.proxy->counts().byFault.value(Fault::CutAnswer) == 1);
    CHECK(cut.error->code == u"network.interrupted"_s); // a cut, not "not a SiteSafe server"
    CHECK(cut.rowsPulled == 25); // page 1 whole, nothing of page 2
    CHECK(mine() <= 25);
    CHECK(setup.client.text(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s) != cursorBefore);

    const SyncReport next = setup.client.sync();
    INFO(describe(next));
    REQUIRE(next.isEverythingApplied());
    CHECK(next.rowsPulled == witnessed.rowsPulled - 25); // each row once
    CHECK(mine() == 60);
    for (const QString &entity : {u"hazards"_s, u"hazard_events"_s})
        CHECK(setup.client.rows(entity) == serverRows(setup.server, entity));
}

TEST_CASE("Case 4: a stalled push hits the deadline with the event loop running, the late commit is not repeated",
    "[sync][fault][proxy]")
{
    SyncOptions quick;
    quick.tls.deadlineMs = 1500;
    ProxiedLaptop setup(25, quick);
    setup.proxy->addRule({"POST", "/api/v1/sync/push", Fault::Stall});

    // The longest gap between two ticks of a 10 ms timer while the sync waits: what a window would feel.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    ticker.start(10);
    sinceTick.start();
    const SyncReport stalled = setup.client.sync();
    ticker.stop();
    INFO(describe(stalled));
    REQUIRE(stalled.error.has_value());
    CHECK(stalled.error->code == u"network.timeout"_s);
    CHECK(longestGap < 100);
    CHECK(serverCount(setup.server, kApplied) == setup.appliedBefore);

    // The server gets the hung request after the client gave up, and commits it.
    setup.proxy->releaseStalled();
    REQUIRE(waitFor([&] { return serverCount(setup.server, kApplied) == setup.appliedBefore + 50; }));
    const SyncReport retry = setup.client.sync();
    INFO(describe(retry));
    REQUIRE(retry.isEverythingApplied());
    CHECK(setup.client.count(u"SELECT count(*) FROM outbox WHERE state = 'duplicate'"_s) == 50);
    setup.requireExactlyOnce(50);
}

TEST_CASE("A single cut or lost answer is resent by Qt at once and applied once, within the same sync",
    "[sync][fault][proxy]")
{
    ProxiedLaptop setup(25);
    setup.proxy->addRule({"POST", "/api/v1/sync/push", Fault::LoseAnswer, 0, 0, 0, 0, 1});
    setup.proxy->addRule({"POST", "/api/v1/sync/push", Fault::CutRequest, 0, 0.4, 0, 0, 1});
    const int requestsBefore = setup.proxy->counts().requests;
    const SyncReport report = setup.client.sync();
    INFO(describe(report));
    REQUIRE(report.isEverythingApplied());
    CHECK(setup.proxy->counts().injected == 2);
    CHECK(setup.proxy->counts().requests - requestsBefore >= 3 + 1); // the push three times, then the pull
    setup.requireExactlyOnce(50);
}

TEST_CASE("A push the network delivers twice is applied once, answers delayed and reordered change nothing",
    "[sync][fault][proxy]")
{
    SyncOptions batches;
    batches.maxPushMutations = 10;
    batches.pushWindow = 2;
    ProxiedLaptop setup(25, batches); // five batches, two in flight at a time

    setup.proxy->addRule({"POST", "/api/v1/sync/push", Fault::Duplicate, 0, 0, 0, 0, 1});
    setup.proxy->addRule({"POST", "/api/v1/sync/push", Fault::Reorder, 0, 0, 2000, 0, 2});
    setup.proxy->addRule({"POST", "/api/v1/sync/push", Fault::Delay, 0, 0, 300, 0, 1});
    const int forwardedBefore = setup.proxy->counts().forwarded;
    const SyncReport report = setup.client.sync();
    INFO(describe(report));
    REQUIRE(report.isEverythingApplied());
    CHECK(report.batchesSent == 5);
    const FaultProxy::Counts &counts = setup.proxy->counts();
    CHECK(counts.byFault.value(Fault::Duplicate) == 1);
    CHECK(counts.byFault.value(Fault::Reorder) == 2);
    CHECK(counts.byFault.value(Fault::Delay) == 1);
    CHECK(counts.forwarded - forwardedBefore >= 6 + 1); // five pushes and the copy, and the pull after them
    setup.requireExactlyOnce(50);
    // Per device, the server applied in client_seq order.
    CHECK(serverCount(setup.server,
              u"SELECT count(*) FROM applied_mutations a JOIN applied_mutations b ON "
              "a.device_id = b.device_id AND a.client_seq < b.client_seq AND "
              "a.server_seq > b.server_seq AND b.server_seq > 0"_s)
        == 0);
}
