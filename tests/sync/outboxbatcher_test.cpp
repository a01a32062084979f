#include "sync/outboxbatcher.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "storage/datastore.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
/// Whether the in-flight rows have contiguous client_seq values in the order of their seq.
bool inFlightSeqsContiguous(SyncClient &client)
{
    QSqlQuery q(client.db());
    q.exec(u"SELECT client_seq FROM outbox WHERE state = 'in_flight' ORDER BY seq"_s);
    qint64 previous = -1;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        if (previous >= 0 && seq != previous + 1)
            return false;
        previous = seq;
    }
    return previous >= 0;
}
} // namespace

TEST_CASE(
    "A frozen batch is sent as the bytes its size was checked with, and resent unchanged", "[sync][outbox][batcher]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    client.connect(server);
    REQUIRE(client.sync().isEverythingApplied());
    for (int i = 0; i < 30; ++i)
        client.createHazard(u"批量隐患 %1"_s.arg(i));

    SECTION("pending rows in one run of seq") { }
    SECTION("a pending row taken out of the run: the rows around it still get contiguous client_seq")
    {
        QSqlQuery gap(client.db());
        REQUIRE(gap.exec(u"UPDATE outbox SET state = 'applied' WHERE seq = (SELECT min(seq) + 3 FROM outbox "
                         "WHERE state = 'pending')"_s));
    }
    ProtocolLimits limits;
    limits.maxPushMutations = 20;
    OutboxBatcher batcher(client.store().database(), limits);
    auto next = batcher.nextBatch(u"device-1"_s);
    REQUIRE(next);
    REQUIRE(next.value());
    const PushRequest &batch = *next.value();
    CHECK(batch.mutations.size() == 20);
    const QByteArray body = batcher.body(batch);
    CHECK(body == QJsonDocument(batch.toJson()).toJson(QJsonDocument::Compact));
    CHECK(body == OutboxBatcher::encode(batch));
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'in_flight'"_s) == 20);
    CHECK(inFlightSeqsContiguous(client));
    CHECK(client.count(u"SELECT count(DISTINCT batch_id) FROM outbox WHERE state = 'in_flight'"_s) == 1);

    // A retry (a new batcher, as the next synchronize() makes) rebuilds the batch from the rows: same bytes.
    OutboxBatcher retry(client.store().database(), limits);
    auto again = retry.nextBatch(u"device-1"_s);
    REQUIRE(again);
    REQUIRE(again.value());
    CHECK(retry.body(*again.value()) == body);
}
