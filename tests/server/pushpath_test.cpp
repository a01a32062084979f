#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "protocol/contenthash.h"
#include "protocol/entityrules.h"
#include "server/backend.h"
#include "server/caller.h"
#include "server/pushprocessor.h"
#include "server/rowstore.h"
#include "server/statementcache.h"
#include "serverfixture.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {

QJsonObject eventInsert(qint64 seq, const QString &hazardId)
{
    auto v = [](const QJsonValue &value) { return QJsonObject {{u"value"_s, value}}; };
    return mutation(newId(), seq, u"hazard_events"_s, newId(), u"insert"_s,
        {{u"hazard_id"_s, v(hazardId)}, {u"kind"_s, v(u"created"_s)}, {u"at"_s, v(u"2026-11-28T10:00:00.000Z"_s)},
            {u"actor"_s, v(u"张工"_s)}});
}

/// `count` hazards with their created events, client_seq from `firstSeq`; every fifth hazard names a project the
/// server does not have, so the batch also takes the rollback path (missing_parent).
PushRequest batch(const QString &deviceId, qint64 firstSeq, int count)
{
    QJsonArray mutations;
    qint64 seq = firstSeq;
    for (int i = 0; i < count; ++i) {
        const QString hazard = newId();
        const QString project = i % 5 == 4 ? newId() : QString::fromLatin1(ServerFixture::kHaikouProject);
        mutations.append(hazardInsert(newId(), seq++, hazard, project, u"临边防护缺失 %1"_s.arg(i)));
        mutations.append(eventInsert(seq++, hazard));
    }
    auto request = PushRequest::fromJson(pushBody(deviceId, mutations));
    REQUIRE(request.isOk());
    return request.value();
}

QJsonArray hazardInserts(int count)
{
    QJsonArray mutations;
    for (int i = 0; i < count; ++i)
        mutations.append(hazardInsert(newId(), i + 1, newId(), QString::fromLatin1(ServerFixture::kHaikouProject),
            u"脚手架连墙件缺失，第%1号"_s.arg(i)));
    return mutations;
}

} // namespace

TEST_CASE(
    "Push statements are prepared once per connection and all finished when the transaction ends", "[api][statements]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    Caller caller;
    caller.userName = u"hk-inspector"_s;
    caller.role = u"inspector"_s;
    caller.jurisdictionCode = u"460100"_s;
    caller.deviceId = inspector.deviceId;
    // The push runs on this thread, so its statements are this thread's connection's.
    PushProcessor push(f.server().backend(), f.server().epoch(), PushProcessor::Hold {});
    auto cache = f.server().backend().statements();
    REQUIRE(cache.isOk());
    StatementCache &statements = *cache.value();

    const PushRequest firstBatch = batch(inspector.deviceId, 1, 10);
    auto first = push.process(caller, firstBatch);
    REQUIRE(first.isOk());
    REQUIRE(first.value().results.size() == 20);
    for (int i = 0; i < 20; ++i) {
        const bool refused = (i / 2) % 5 == 4; // the hazard without a project, and its event
        INFO(i);
        CHECK((first.value().results[i].status == MutationResult::Status::Rejected) == refused);
    }
    CHECK(f.count(u"SELECT count(*) FROM hazards"_s) == 8);
    CHECK(f.count(u"SELECT count(*) FROM hazard_events"_s) == 8);
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations"_s) == 20);
    // The batch counts seqs in memory: the applied rows have consecutive ones (a rejected mutation's seq is taken
    // back with its savepoint), seq_counter holds the last, and the write checkpoint names it.
    qint64 previous = 0;
    for (const MutationResult &r : first.value().results) {
        if (r.status == MutationResult::Status::Rejected)
            continue;
        if (previous)
            CHECK(r.serverSeq == previous + 1);
        previous = r.serverSeq;
    }
    CHECK(f.count(u"SELECT value FROM seq_counter WHERE id = 1"_s) == previous);
    CHECK(first.value().writeCheckpoint == previous);
    CHECK(f.count(u"SELECT max(server_seq) FROM change_log"_s) == previous);
    // The receipts' hashes come from the writes' RETURNING rows: the same as the rows read back now.
    RowStore rows(statements);
    for (qsizetype i = 0; i < firstBatch.mutations.size(); ++i) {
        const MutationResult &r = first.value().results[i];
        if (r.status == MutationResult::Status::Rejected)
            continue;
        const Mutation &m = firstBatch.mutations[i];
        const EntityRule &rule = *EntityRules::find(m.entity);
        auto stored = rows.wireRows(rule, {m.entityId});
        REQUIRE(stored.isOk());
        CHECK(r.contentHash == ContentHash::of(rule, stored.value().value(m.entityId)));
    }
    const int prepared = statements.size();
    CHECK(prepared >= 10);
    CHECK(statements.activeCount() == 0);

    // A second batch compiles nothing new and leaves nothing open either.
    auto second = push.process(caller, batch(inspector.deviceId, 21, 10));
    REQUIRE(second.isOk());
    CHECK(second.value().results.size() == 20);
    CHECK(statements.size() == prepared);
    CHECK(statements.activeCount() == 0);
    CHECK(f.count(u"SELECT count(*) FROM hazards"_s) == 16);

    // A statement left open would make these fail on SQLite ("SQL statements in progress", "database table is
    // locked"); PostgreSQL would keep a lock on applied_mutations and the DROP would wait for it.
    QSqlQuery q(statements.database());
    if (!f.isPostgres()) {
        INFO(q.lastError().text().toStdString());
        CHECK(q.exec(u"VACUUM"_s));
    }
    const bool dropped = q.exec(u"DROP TABLE applied_mutations"_s);
    INFO(q.lastError().text().toStdString());
    CHECK(dropped);
}

TEST_CASE("A push of the most mutations /meta states is applied, and one more is refused whole", "[api][limits]")
{
    ServerFixture f;
    const int most = f.client()
                         ->get(u"/api/v1/meta"_s)
                         .json()
                         .value(u"limits"_s)
                         .toObject()
                         .value(u"max_push_mutations"_s)
                         .toInt();
    CHECK(most == 500);
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);

    const TestReply over
        = inspector.client->post(u"/api/v1/sync/push"_s, pushBody(inspector.deviceId, hazardInserts(most + 1)));
    CHECK(over.status == 413);
    CHECK(over.errorCode() == u"too_many_mutations"_s);
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations"_s) == 0);

    const TestReply full
        = inspector.client->post(u"/api/v1/sync/push"_s, pushBody(inspector.deviceId, hazardInserts(most)));
    INFO(full.body.left(400).toStdString());
    REQUIRE(full.status == 200);
    const QJsonArray results = full.json().value(u"results"_s).toArray();
    REQUIRE(results.size() == most);
    for (const QJsonValue &r : results)
        CHECK(r.toObject().value(u"status"_s).toString() == u"applied"_s);
    CHECK(f.count(u"SELECT count(*) FROM hazards"_s) == most);
}
