// A device whose data came back from an older copy numbers its changes behind the server (issue 15, case 23):
// the server refuses the batch whole with 409 client_seq_behind and its own count, and takes the renumbered batch.

#include <catch2/catch.hpp>

#include "serverfixture.h"

using namespace Qt::StringLiterals;

namespace {
QString statusAt(const TestReply &reply, int i)
{
    return reply.json().value(u"results"_s).toArray().at(i).toObject().value(u"status"_s).toString();
}
} // namespace

TEST_CASE("A new change with a client_seq already used is refused whole with the device's count, and the "
          "renumbered batch is taken in order",
    "[api][restore]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    const QJsonObject sentBefore = hazardInsert(newId(), 1, newId(), project, u"备份前"_s);
    const QJsonObject sentAfter = hazardInsert(newId(), 2, newId(), project, u"备份后"_s);
    REQUIRE(inspector.client->post(u"/api/v1/sync/push"_s, pushBody(inspector.deviceId, {sentBefore, sentAfter})).status
        == 200);

    // Restored from a backup that held the first change unsent: it goes again as 1, a new one follows as 2.
    const QString recordedAfterRestore = newId();
    QJsonObject fresh = hazardInsert(newId(), 2, recordedAfterRestore, project, u"恢复后"_s);
    const TestReply behind
        = inspector.client->post(u"/api/v1/sync/push"_s, pushBody(inspector.deviceId, {sentBefore, fresh}));
    INFO(behind.body.toStdString());
    CHECK(behind.status == 409);
    CHECK(behind.errorCode() == u"client_seq_behind"_s);
    CHECK(behind.json().value(u"last_client_seq"_s).toInteger() == 2);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {recordedAfterRestore}) == 0);
    CHECK(f.count(u"SELECT last_client_seq FROM devices WHERE id = ?"_s, {inspector.deviceId}) == 2);

    // Renumbered after 2: the repeat takes 3 (answered duplicate), the new change 4.
    QJsonObject repeat = sentBefore;
    repeat.insert(u"client_seq"_s, 3);
    fresh.insert(u"client_seq"_s, 4);
    const TestReply taken
        = inspector.client->post(u"/api/v1/sync/push"_s, pushBody(inspector.deviceId, {repeat, fresh}));
    INFO(taken.body.toStdString());
    REQUIRE(taken.status == 200);
    CHECK(statusAt(taken, 0) == u"duplicate"_s);
    CHECK(statusAt(taken, 1) == u"applied"_s);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {recordedAfterRestore}) == 1);
    CHECK(f.count(u"SELECT last_client_seq FROM devices WHERE id = ?"_s, {inspector.deviceId}) == 4);
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations WHERE device_id = ?"_s, {inspector.deviceId}) == 3);
}
