#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "server/backend.h"
#include "server/caller.h"
#include "server/pushprocessor.h"
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
    PushProcessor push(f.server().backend(), f.server().epoch());
    auto cache = f.server().backend().statements();
    REQUIRE(cache.isOk());
    StatementCache &statements = *cache.value();

    auto first = push.process(caller, batch(inspector.deviceId, 1, 10));
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
