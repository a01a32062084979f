#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "protocol/contenthash.h"
#include "serverprocess.h"
#include "storage/recordreader.h"
#include "sync/localcontenthash.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
QString localHash(SyncClient &client, const QString &entity, const QString &id)
{
    auto hash = LocalContentHash::of(RecordReader(client.db()), entity, id);
    REQUIRE(hash.isOk());
    REQUIRE(hash.value().has_value());
    return *hash.value();
}

/// The content hash of the newest released receipt of a record.
QString latestReceipt(SyncClient &client, const QString &entity, const QString &id)
{
    return client.text(u"SELECT content_hash FROM outbox WHERE entity = ? AND entity_id = ? AND state IN "
                       "('applied', 'duplicate') ORDER BY client_seq DESC LIMIT 1"_s,
                       {entity, id});
}
} // namespace

TEST_CASE("After a real sync every applied mutation has the server's content hash, and the client's own copy "
          "hashes to the same value",
          "[sync][engine][hash]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient a;
    a.connect(server);
    REQUIRE(a.sync().isEverythingApplied());

    // Offline work: a hazard left alone after creation, one edited before it was ever sent, a comment on the first.
    const QString untouched = a.createHazard(u"电梯井道内贯通未设置水平防护 \"东侧\"\n😀"_s);
    const QString edited = a.createHazard(u"脚手架连墙件缺失"_s);
    a.editHazard(edited, u"location"_s, u"5号楼 北侧"_s);
    a.addComment(untouched, u"已电话通知项目经理"_s);
    // What the laptop holds before anything is sent: the receipts must name exactly this.
    const QString untouchedBefore = localHash(a, u"hazards"_s, untouched);
    const QString editedBefore = localHash(a, u"hazards"_s, edited);

    const SyncReport report = a.sync();
    REQUIRE(report.isEverythingApplied());
    CHECK(a.count(u"SELECT count(*) FROM outbox WHERE state IN ('applied', 'duplicate')"_s) == 6);
    CHECK(a.count(u"SELECT count(*) FROM outbox WHERE state IN ('applied', 'duplicate') AND (content_hash IS NULL "
                  "OR length(content_hash) <> 64)"_s)
          == 0);

    // "You can see that it did": the receipt equals the hash of the client's own copy, before and after the pull.
    CHECK(latestReceipt(a, u"hazards"_s, untouched) == untouchedBefore);
    CHECK(localHash(a, u"hazards"_s, untouched) == untouchedBefore);
    CHECK(latestReceipt(a, u"hazards"_s, edited) == editedBefore);
    CHECK(localHash(a, u"hazards"_s, edited) == editedBefore);
    // Events are append-only: each receipt names its event as the laptop holds it.
    QSqlQuery events(a.db());
    REQUIRE(events.exec(u"SELECT entity_id, content_hash FROM outbox WHERE entity = 'hazard_events'"_s));
    int eventCount = 0;
    while (events.next()) {
        ++eventCount;
        CHECK(events.value(1).toString() == localHash(a, u"hazard_events"_s, events.value(0).toString()));
    }
    CHECK(eventCount == 3);
    // The server's stored copy (its own SQLite file, read the client's way) hashes alike too.
    {
        QSqlDatabase serverDb = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"receipt-hash-server"_s);
        serverDb.setDatabaseName(server.databasePath());
        serverDb.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        REQUIRE(serverDb.open());
        auto onServer = LocalContentHash::of(RecordReader(serverDb), u"hazards"_s, untouched);
        REQUIRE(onServer.isOk());
        CHECK(onServer.value() == std::optional<QString>(untouchedBefore));
        QSqlQuery stored(serverDb);
        stored.prepare(u"SELECT count(*) FROM applied_mutations WHERE entity_id = ? AND content_hash = ?"_s);
        stored.addBindValue(untouched);
        stored.addBindValue(untouchedBefore);
        REQUIRE(stored.exec());
        REQUIRE(stored.next());
        CHECK(stored.value(0).toInt() == 1);
    }
    QSqlDatabase::removeDatabase(u"receipt-hash-server"_s);

    // An edit after the receipt: the local copy no longer matches until the next receipt, which matches again.
    a.editHazard(untouched, u"responsible_person"_s, u"李四"_s);
    CHECK(localHash(a, u"hazards"_s, untouched) != latestReceipt(a, u"hazards"_s, untouched));
    REQUIRE(a.sync().isEverythingApplied());
    CHECK(localHash(a, u"hazards"_s, untouched) == latestReceipt(a, u"hazards"_s, untouched));
    CHECK(LocalContentHash::of(RecordReader(a.db()), u"hazards"_s, u"no-such-id"_s).value() == std::nullopt);
    CHECK_FALSE(LocalContentHash::of(RecordReader(a.db()), u"outbox"_s, untouched).isOk());
}
