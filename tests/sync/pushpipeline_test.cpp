#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "storage/datastore.h"
#include "sync/outboxbatcher.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
const QString kInFlightBatches = u"SELECT count(DISTINCT batch_id) FROM outbox WHERE state = 'in_flight'"_s;
const QString kReleased = u"SELECT count(*) FROM outbox WHERE state IN ('applied', 'duplicate')"_s;

/// The server's applied_mutations rows for `deviceId`: all, distinct mutation ids, and status applied.
std::tuple<qint64, qint64, qint64> serverMutations(const ServerProcess &server, const QString &deviceId)
{
    const auto count = [&](const QString &what) {
        return serverCount(server, u"SELECT %1 FROM applied_mutations WHERE device_id = ?"_s.arg(what), {deviceId});
    };
    return {count(u"count(*)"_s), count(u"count(DISTINCT mutation_id)"_s),
        count(u"count(*) FILTER (WHERE status = 'applied')"_s)};
}

/// A client that synced once with a server taking 100 mutations per push (and `serverOptions`), and then made 150
/// hazards offline (300 mutations: three batches).
struct PipelineSetup {
    ServerProcess server;
    SyncClient client;

    explicit PipelineSetup(const QStringList &serverOptions = {})
    {
        server.seedDemo(1);
        server.start({}, {}, QStringList {u"--max-push-mutations"_s, u"100"_s} + serverOptions);
        client.connect(server);
        REQUIRE(client.sync().isEverythingApplied());
        for (int i = 0; i < 150; ++i)
            client.createHazard(u"流水线隐患 %1"_s.arg(i));
    }
};

/// What the client's database holds at each batch's send and at each recorded answer: {batches in flight, rows
/// answered}.
struct PushTrace {
    QList<std::pair<qint64, qint64>> atSend;
    QList<std::pair<qint64, qint64>> atAnswer;
    SyncReport report;
};

PushTrace tracePush(SyncClient &client)
{
    PushTrace trace;
    const auto sendConnection = QObject::connect(&client.engine(), &SyncEngine::pushSending, [&](const QString &, int) {
        trace.atSend.append({client.count(kInFlightBatches), client.count(kReleased)});
    });
    const auto answerConnection
        = QObject::connect(&client.engine(), &SyncEngine::progressChanged, [&](const SyncProgress &p) {
              if (p.phase == SyncProgress::Phase::Push)
                  trace.atAnswer.append({client.count(kInFlightBatches), client.count(kReleased)});
          });
    trace.report = client.sync();
    QObject::disconnect(sendConnection);
    QObject::disconnect(answerConnection);
    return trace;
}

using Counts = QList<std::pair<qint64, qint64>>;

/// Pushes the setup's 300 mutations with a trace; checks that they all went in three batches and that the server
/// applied each once, in client_seq order (it refuses a gap).
PushTrace pushAllOnce(PipelineSetup &setup)
{
    PushTrace trace = tracePush(setup.client);
    const SyncReport &report = trace.report;
    INFO((report.error ? report.error->message : u"no error"_s).toStdString());
    REQUIRE(report.isEverythingApplied());
    CHECK(report.batchesSent == 3);
    CHECK(report.applied == 300);
    const auto [all, distinct, applied] = serverMutations(setup.server, setup.client.engine().deviceId());
    CHECK(all == 300);
    CHECK(distinct == 300);
    CHECK(applied == 300);
    CHECK(setup.client.count(u"SELECT count(*) FROM outbox WHERE state <> 'applied'"_s) == 0);
    return trace;
}
} // namespace

TEST_CASE("Two push batches travel at once: the next goes out before the one ahead of it is answered",
    "[sync][push][pipeline]")
{
    PipelineSetup setup;
    const PushTrace trace = pushAllOnce(setup);
    // Batch 2 goes out before any answer has come; batch 3 as soon as batch 1 is answered, before its receipts are
    // recorded: the server always has the next batch at hand.
    CHECK(trace.atSend == Counts {{1, 0}, {2, 0}, {3, 0}});
    // When batch 1's answer is recorded, batches 2 and 3 travel; after the last, nothing is in flight.
    CHECK(trace.atAnswer == Counts {{2, 100}, {1, 200}, {0, 300}});
}

TEST_CASE(
    "A server stating a push window of one gets each batch once the one before is answered", "[sync][push][pipeline]")
{
    // A server before issue 13's sixth session: /meta has no push_window, and it refuses an early batch at once.
    PipelineSetup setup({u"--push-window"_s, u"1"_s});
    const PushTrace trace = pushAllOnce(setup);
    // Batch 2 goes out once batch 1 is answered but before its answer is recorded, and batch 3 likewise after
    // batch 2: while one batch is answered here, the next is with the server.
    CHECK(trace.atSend == Counts {{1, 0}, {2, 0}, {2, 100}});
    // When batch 1's answer is recorded, batch 2 is already frozen (and sent); after the last, nothing is in flight.
    CHECK(trace.atAnswer == Counts {{1, 100}, {1, 200}, {0, 300}});
}

TEST_CASE("Two batches left frozen by an interrupted push go out again oldest first, each applied once",
    "[sync][push][pipeline]")
{
    PipelineSetup setup;
    SyncClient &client = setup.client;
    // What a push that stopped after freezing its second batch leaves behind (the program was closed, or the
    // connection broke): two batches in flight.
    ProtocolLimits limits;
    limits.maxPushMutations = 100;
    OutboxBatcher interrupted(client.store().database(), limits);
    auto first = interrupted.nextBatch(client.engine().deviceId());
    REQUIRE(first);
    REQUIRE(first.value());
    auto second = interrupted.nextBatch(client.engine().deviceId(), &*first.value());
    REQUIRE(second);
    REQUIRE(second.value());
    REQUIRE(client.count(kInFlightBatches) == 2);
    CHECK(second.value()->mutations.constFirst().clientSeq == first.value()->mutations.constLast().clientSeq + 1);

    QStringList sent;
    QObject::connect(
        &client.engine(), &SyncEngine::pushSending, [&](const QString &batchId, int) { sent.append(batchId); });
    const SyncReport report = client.sync();
    INFO((report.error ? report.error->message : u"no error"_s).toStdString());
    REQUIRE(report.isEverythingApplied());
    REQUIRE(sent.size() == 3);
    CHECK(sent.at(0) == first.value()->batchId);
    CHECK(sent.at(1) == second.value()->batchId);
    CHECK_FALSE(sent.at(2) == sent.at(0));
    CHECK_FALSE(sent.at(2) == sent.at(1));
    const auto [all, distinct, applied] = serverMutations(setup.server, client.engine().deviceId());
    CHECK(all == 300);
    CHECK(distinct == 300);
    CHECK(applied == 300);
    CHECK(client.count(kReleased) == 300);
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'in_flight'"_s) == 0);
}
