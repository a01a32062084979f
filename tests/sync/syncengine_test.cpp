#include <algorithm>

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QThread>

#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "sync/syncconnection.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
std::string describe(const SyncReport &r)
{
    return (r.error ? QString(r.error->code + u": "_s + r.error->message).toStdString() : std::string("no error"))
        + " pending=" + std::to_string(r.stillPending) + " applied=" + std::to_string(r.applied)
        + " conflicts=" + std::to_string(r.conflicts) + " rejected=" + std::to_string(r.rejected);
}

const QString kOutboxTotal = u"SELECT count(*) FROM outbox"_s;
const QString kOutboxReleased = u"SELECT count(*) FROM outbox WHERE state IN ('applied', 'duplicate')"_s;

/// A demo server, and a client that synced once with it (batches of 50, `pushWindow` in flight) and then made 75
/// hazards offline: 150 mutations, three batches.
struct CrashSetup {
    ServerProcess server;
    SyncClient client;
    SyncOptions options;

    explicit CrashSetup(int pushWindow)
    {
        server.seedDemo(1);
        server.start();
        options.maxPushMutations = 50;
        options.pushWindow = pushWindow;
        client.connect(server, options);
        REQUIRE(client.sync().isEverythingApplied());
        for (int i = 0; i < 75; ++i)
            client.createHazard(u"批量隐患 %1"_s.arg(i));
        REQUIRE(client.count(kOutboxTotal) == 150);
    }
};
} // namespace

TEST_CASE("First sync downloads a snapshot, a new hazard reaches the server once and the other client",
          "[sync][engine]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient a, b;
    a.connect(server);
    b.connect(server);

    QElapsedTimer timer;
    timer.start();
    const SyncReport first = a.sync();
    INFO(describe(first));
    REQUIRE(first.isEverythingApplied());
    CHECK(first.hadSnapshot);
    CHECK(first.rowsPulled > 100);
    WARN("snapshot of " << first.rowsPulled << " rows over HTTPS in " << timer.elapsed() << " ms");
    CHECK(a.count(u"SELECT count(*) FROM projects"_s) > 0);
    CHECK(a.count(kOutboxTotal) == 0); // pulled data never queues mutations
    const QStringList serverProjects = serverRows(server, u"projects"_s);
    const QStringList localProjects = a.rows(u"projects"_s);
    CHECK(std::count_if(localProjects.cbegin(), localProjects.cend(),
                        [&](const QString &row) { return !serverProjects.contains(row); })
          == 0); // every pulled row exactly as the server holds it
    REQUIRE(b.sync().isEverythingApplied());

    const QString hazard = a.createHazard(u"电梯井道内贯通未设置水平防护"_s);
    CHECK(a.count(kOutboxTotal) == 2); // the hazard and its created event
    const SyncReport pushed = a.sync();
    INFO(describe(pushed));
    REQUIRE(pushed.isEverythingApplied());
    CHECK(pushed.applied == 2);
    CHECK(a.count(kOutboxReleased) == 2);
    CHECK(a.count(u"SELECT count(*) FROM outbox WHERE server_seq IS NULL OR client_seq IS NULL"_s) == 0);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == 2);

    REQUIRE(b.sync().isEverythingApplied());
    CHECK_FALSE(b.sync().hadSnapshot);
    CHECK(b.count(u"SELECT count(*) FROM hazards WHERE id = ? AND status = 'open'"_s, {hazard}) == 1);
    CHECK(b.count(u"SELECT count(*) FROM hazard_events WHERE hazard_id = ?"_s, {hazard}) == 1);
    CHECK(b.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
    CHECK(a.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
}

TEST_CASE("Two clients edit offline, sync in turns and converge, the same field edited on both is a conflict "
          "with both values kept",
          "[sync][engine][conflict]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient a, b;
    a.connect(server);
    b.connect(server);
    REQUIRE(a.sync().isEverythingApplied());
    const QString shared = a.createHazard(u"塔吊与外电架空线路安全距离不足"_s);
    REQUIRE(a.sync().isEverythingApplied());
    REQUIRE(b.sync().isEverythingApplied());
    REQUIRE(b.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {shared}) == 1);

    // Offline on both laptops.
    a.editHazard(shared, u"description"_s, u"A: 安全距离不足 2 米"_s);
    const QString fromA = a.createHazard(u"A: 脚手架连墙件缺失"_s);
    a.addComment(shared, u"A 已电话通知项目经理"_s);
    b.editHazard(shared, u"description"_s, u"B: 安全距离不足 3 米"_s);
    b.editHazard(shared, u"location"_s, u"北侧围挡外 10 米"_s);
    const QString fromB = b.createHazard(u"B: 基坑临边无防护"_s);
    b.addComment(shared, u"B 已下达整改通知"_s);
    const qint64 mutationsA = a.count(kOutboxTotal), mutationsB = b.count(kOutboxTotal);

    const SyncReport ra = a.sync();
    INFO(describe(ra));
    REQUIRE(ra.isEverythingApplied());
    const SyncReport rb = b.sync();
    INFO(describe(rb));
    REQUIRE(rb.isComplete());
    CHECK(rb.conflicts == 1);
    CHECK(rb.rejected == 0);
    CHECK(rb.openConflicts == 1);
    REQUIRE(a.sync().isEverythingApplied()); // A pulls B's work

    // The server kept A's description (first applied); B's is held in conflicts on both sides.
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ? AND description = ? AND location = ?"_s,
                      {shared, u"A: 安全距离不足 2 米"_s, u"北侧围挡外 10 米"_s})
          == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM conflicts WHERE entity_id = ? AND field = 'description' AND "
                              "server_value = ? AND client_value = ?"_s,
                      {shared, u"A: 安全距离不足 2 米"_s, u"B: 安全距离不足 3 米"_s})
          == 1);
    CHECK(b.count(u"SELECT count(*) FROM conflicts WHERE entity_id = ? AND field = 'description' AND local_value = ? "
                  "AND server_value = ? AND base_value = ? AND resolved_at IS NULL"_s,
                  {shared, u"B: 安全距离不足 3 米"_s, u"A: 安全距离不足 2 米"_s, u"塔吊与外电架空线路安全距离不足"_s})
          == 1);
    CHECK(b.count(u"SELECT count(*) FROM outbox WHERE state = 'conflict'"_s) == 1);

    // Converged: the same rows on both clients and on the server.
    for (const QString &entity : {u"hazards"_s, u"hazard_events"_s}) {
        INFO(entity.toStdString());
        const QStringList onServer = serverRows(server, entity);
        CHECK(a.rows(entity) == onServer);
        CHECK(b.rows(entity) == onServer);
    }
    CHECK(a.count(u"SELECT count(*) FROM hazards WHERE id IN (?, ?)"_s, {fromA, fromB}) == 2);
    CHECK(a.text(u"SELECT status FROM hazards WHERE id = ?"_s, {shared})
          == b.text(u"SELECT status FROM hazards WHERE id = ?"_s, {shared}));
    // Each mutation applied exactly once: one server record per outbox row of each client, none pending.
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == mutationsA + mutationsB); // A's outbox also holds the shared hazard's two
    CHECK(serverCount(server, u"SELECT count(*) FROM (SELECT device_id, mutation_id FROM applied_mutations GROUP BY "
                              "1, 2 HAVING count(*) > 1) AS repeated"_s)
          == 0);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazard_events WHERE hazard_id = ?"_s, {shared}) == 3);
    CHECK(a.count(u"SELECT count(*) FROM outbox WHERE state NOT IN ('applied', 'duplicate')"_s) == 0);
}

TEST_CASE("The server is killed in the middle of a push and restarted: the retry applies every mutation exactly once",
          "[sync][engine][crash]")
{
    CrashSetup setup(1); // one batch at a time, so the cut falls between two batches (two in flight: below)
    ServerProcess &server = setup.server;
    SyncClient &client = setup.client;
    const SyncOptions &options = setup.options;

    // SIGKILL when the second batch is frozen and about to go out (an event, not a timer racing the machine's
    // load): the server is gone before that batch reaches it, the first batch's receipt is in.
    int batches = 0;
    QString cutBatch;
    QObject::connect(&client.engine(), &SyncEngine::pushSending, [&](const QString &batchId, int mutations) {
        if (++batches == 2) {
            CHECK(mutations == 50);
            cutBatch = batchId;
            server.kill();
        }
    });
    const SyncReport cut = client.sync();
    INFO(describe(cut));
    REQUIRE(batches == 2);
    REQUIRE(cut.error.has_value());
    CHECK(cut.error->code.startsWith(u"network."_s));
    CHECK(cut.applied == 50); // the receipt of the batch before the cut arrived
    // The cut batch is still frozen: same batch id and contiguous client_seq, nothing released.
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'in_flight' AND batch_id = ?"_s, {cutBatch}) == 50);
    CHECK(client.count(u"SELECT max(client_seq) - min(client_seq) + 1 FROM outbox WHERE batch_id = ?"_s, {cutBatch})
          == 50);
    CHECK(client.count(kOutboxReleased) == 50);

    server.restart();
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == 50); // the cut batch never arrived
    client.connect(server, options);
    QString resent;
    QObject::connect(&client.engine(), &SyncEngine::pushSending, [&](const QString &batchId, int) {
        if (resent.isEmpty())
            resent = batchId;
    });
    const SyncReport retry = client.sync();
    INFO(describe(retry));
    REQUIRE(retry.isEverythingApplied());
    CHECK(resent == cutBatch); // resent identically before anything new
    CHECK(client.count(kOutboxReleased) == 150);
    CHECK(client.count(u"SELECT attempts FROM outbox WHERE batch_id = ? LIMIT 1"_s, {cutBatch}) == 2);
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == 150);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards"_s) == 75);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazard_events"_s) == 75);
    CHECK(client.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
}

TEST_CASE("Case 5: the server SIGKILLed with half a batch written in its transaction keeps none of it, and the retry "
          "applies all once",
    "[sync][engine][crash][failpoint]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    client.connect(server);
    REQUIRE(client.sync().isEverythingApplied());
    for (int i = 0; i < 25; ++i)
        client.createHazard(u"半批写入 %1"_s.arg(i));
    REQUIRE(client.count(kOutboxTotal) == 50); // one batch
    const qint64 applied = serverCount(server, u"SELECT count(*) FROM applied_mutations"_s);
    const qint64 audited = serverCount(server, u"SELECT count(*) FROM audit_log"_s);

    server.setFailpoint(u"push-half-written"_s);
    server.restart();
    const SyncReport cut = client.sync();
    INFO(describe(cut));
    REQUIRE(cut.error.has_value());
    CHECK(cut.error->code.startsWith(u"network."_s));
    REQUIRE(server.waitForCrash(10000)); // it killed itself with 25 of 50 written

    server.setFailpoint({});
    server.restart();
    if (server.isPostgres()) // no transaction of the killed process left open
        CHECK(serverCount(server,
                  u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                  "state LIKE 'idle in transaction%'"_s)
            == 0);
    else
        CHECK(serverText(server, u"PRAGMA integrity_check"_s) == u"ok"_s);
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == applied); // atomic: none of the half
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE description LIKE '半批写入 %'"_s) == 0);
    CHECK(serverCount(server, u"SELECT count(*) FROM audit_log"_s) == audited);
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'in_flight'"_s) == 50);

    const SyncReport retry = client.sync();
    INFO(describe(retry));
    REQUIRE(retry.isEverythingApplied());
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == applied + 50);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE description LIKE '半批写入 %'"_s) == 25);
    CHECK(serverCount(server,
              u"SELECT count(*) FROM (SELECT device_id, mutation_id FROM applied_mutations GROUP BY "
              "1, 2 HAVING count(*) > 1) AS repeated"_s)
        == 0);
    CHECK(client.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
}

TEST_CASE("The server is killed with two push batches in flight: the retry applies every mutation exactly once",
    "[sync][engine][crash]")
{
    CrashSetup setup(2);
    ServerProcess &server = setup.server;
    SyncClient &client = setup.client;
    const SyncOptions &options = setup.options;

    // Batches 1 and 2 go out together. SIGKILL when batch 3 is about to go out, that is as soon as batch 1's answer
    // is in: batch 2 is with the server (applied or not, its answer lost) and batch 3 never arrives.
    QStringList sent;
    QObject::connect(&client.engine(), &SyncEngine::pushSending, [&](const QString &batchId, int) {
        sent.append(batchId);
        if (sent.size() == 3)
            server.kill();
    });
    const SyncReport cut = client.sync();
    INFO(describe(cut));
    REQUIRE(sent.size() == 3);
    REQUIRE(cut.error.has_value());
    CHECK(cut.error->code.startsWith(u"network."_s));
    // Batch 1's receipt is in; batch 2's too only if its answer arrived before the kill.
    CHECK((cut.applied == 50 || cut.applied == 100));
    CHECK(client.count(kOutboxReleased) == cut.applied);
    CHECK(
        client.count(u"SELECT count(*) FROM outbox WHERE state = 'in_flight' AND batch_id = ?"_s, {sent.at(2)}) == 50);

    server.restart();
    const qint64 appliedBefore = serverCount(server, u"SELECT count(*) FROM applied_mutations"_s);
    CHECK((appliedBefore == 50 || appliedBefore == 100)); // batch 2 committed, or rolled back whole
    CHECK(appliedBefore >= cut.applied);
    client.connect(server, options);
    QStringList resent;
    QObject::connect(
        &client.engine(), &SyncEngine::pushSending, [&](const QString &batchId, int) { resent.append(batchId); });
    const SyncReport retry = client.sync();
    INFO(describe(retry));
    REQUIRE(retry.isEverythingApplied());
    // The frozen batches go again with their ids, oldest first.
    if (cut.applied == 50)
        CHECK(resent == QStringList {sent.at(1), sent.at(2)});
    else
        CHECK(resent == QStringList {sent.at(2)});
    CHECK(client.count(kOutboxReleased) == 150);
    // What the server had applied without the client knowing comes back as duplicates, nothing twice.
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'duplicate'"_s) == appliedBefore - cut.applied);
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == 150);
    CHECK(serverCount(server, u"SELECT count(DISTINCT mutation_id) FROM applied_mutations"_s) == 150);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards"_s) == 75);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazard_events"_s) == 75);
    CHECK(client.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
}

TEST_CASE("An access token that expires during a sync is refreshed once and the sync completes", "[sync][engine][auth]")
{
    // The server's clock runs the seconds written in a file ahead of the system clock (a test-only option of
    // `serve`): the test expires the token by moving that clock, not by sleeping past a short lifetime.
    TestDir clockDir;
    const QString clockFile = clockDir.file(u"clock-offset"_s);
    const auto setServerClockAhead = [&](qint64 seconds) {
        QFile file(clockFile);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(QByteArray::number(seconds)) > 0);
    };
    setServerClockAhead(0);
    ServerProcess server;
    server.seedDemo(1);
    server.start({}, {}, {u"--access-token-ttl"_s, u"600"_s, u"--test-clock-offset-file"_s, clockFile});
    SyncClient client;
    client.connect(server);
    const SyncReport snapshot = client.sync();
    REQUIRE(snapshot.isEverythingApplied());
    CHECK(snapshot.tokenRefreshes == 0); // the token lives far longer than the snapshot takes
    client.createHazard(u"临边防护缺失"_s);
    setServerClockAhead(601); // the access token in memory is now expired on the server
    const SyncReport report = client.sync();
    INFO(describe(report));
    REQUIRE(report.isEverythingApplied());
    CHECK(report.tokenRefreshes == 1); // one refresh, then every request of the run went through
    CHECK(report.applied == 2);
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == 2);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards"_s) == 1);
}

TEST_CASE("The pull asks for the next page before it applies the one it holds, and every page is applied once",
          "[sync][engine][prefetch]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient a;
    SyncOptions pages;
    pages.pullLimit = 500; // the demo's ~8,300 rows in many snapshot pages
    a.connect(server, pages);
    // Where the snapshot stood (its stored page token) each time a page was asked for.
    QStringList storedAtRequest;
    QObject::connect(&a.engine().connection(), &SyncConnection::requestStarted,
                     [&](const QByteArray &, const QString &path, qint64) {
                         if (path.startsWith(u"/api/v1/sync/snapshot"_s))
                             storedAtRequest << a.text(u"SELECT value FROM sync_state WHERE key = 'snapshot_token'"_s);
                     });
    const SyncReport first = a.sync();
    INFO(describe(first));
    REQUIRE(first.isEverythingApplied());
    REQUIRE(storedAtRequest.size() >= 10);
    // The second page was asked for before the first was applied, and so on: each request finds the position of
    // two pages before it stored, never the page just received.
    CHECK(storedAtRequest.at(0).isEmpty());
    CHECK(storedAtRequest.at(1).isEmpty());
    for (qsizetype i = 2; i < storedAtRequest.size(); ++i) {
        INFO("request " << i);
        CHECK_FALSE(storedAtRequest.at(i).isEmpty());
        CHECK(storedAtRequest.at(i) != storedAtRequest.at(i - 1));
    }
    // Every row once, as the server holds it; one request per page, none after the last.
    const QStringList serverProjects = serverRows(server, u"projects"_s);
    const QStringList localProjects = a.rows(u"projects"_s);
    CHECK(localProjects.size() > 0);
    CHECK(localProjects.size() == QSet<QString>(localProjects.cbegin(), localProjects.cend()).size());
    CHECK(std::count_if(localProjects.cbegin(), localProjects.cend(),
                        [&](const QString &row) { return !serverProjects.contains(row); })
          == 0);
    CHECK(storedAtRequest.size() == (first.rowsPulled + 499) / 500);
}
