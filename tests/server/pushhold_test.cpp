#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkReply>

#include <catch2/catch.hpp>

#include "serverfixture.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

// A client may have two push batches in flight (ProtocolLimits::pushWindow); the server holds one that reaches it
// ahead of its predecessor (PushProcessor::Hold). Real HTTPS to the in-process server, SQLite or PostgreSQL.

namespace {
const QString kPush = u"/api/v1/sync/push"_s;

QJsonObject resultOf(const TestReply &reply)
{
    return reply.json().value(u"results"_s).toArray().at(0).toObject();
}

/// Runs this thread's event loop (the server's listener lives here) until `done` or 20 s.
bool spinUntil(const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(20000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}
} // namespace

TEST_CASE("A batch that reaches the server ahead of its predecessor waits for it and then applies in order",
    "[api][push][hold]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    const QString firstHazard = newId();
    const QString secondHazard = newId();
    // Batch 2 (client_seq 2) goes first; its worker finds client_seq 1 missing and waits.
    QNetworkReply *ahead = inspector.client->startPost(
        kPush, pushBody(inspector.deviceId, {hazardInsert(newId(), 2, secondHazard, project, u"后发先至"_s)}));
    REQUIRE(spinUntil([&] { return f.server().heldPushes() == 1; }));
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {secondHazard}) == 0);

    // Batch 1 arrives on a second connection and commits; batch 2 then runs and commits after it.
    const TestReply first = inspector.client->post(
        kPush, pushBody(inspector.deviceId, {hazardInsert(newId(), 1, firstHazard, project, u"先发后至"_s)}));
    const TestReply second = TestClient::wait(ahead);
    INFO(first.body.toStdString() << "\n" << second.body.toStdString());
    REQUIRE(first.status == 200);
    REQUIRE(second.status == 200);
    CHECK(resultOf(first).value(u"status"_s).toString() == u"applied"_s);
    CHECK(resultOf(second).value(u"status"_s).toString() == u"applied"_s);
    CHECK(resultOf(second).value(u"server_seq"_s).toInteger() > resultOf(first).value(u"server_seq"_s).toInteger());
    CHECK(f.server().heldPushes() == 0);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id IN (?, ?)"_s, {firstHazard, secondHazard}) == 2);
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations WHERE device_id = ?"_s, {inspector.deviceId}) == 2);
    CHECK(f.count(u"SELECT last_client_seq FROM devices WHERE id = ?"_s, {inspector.deviceId}) == 2);
}

TEST_CASE("A batch whose predecessor never comes is refused out_of_order once its hold ends, applying nothing",
    "[api][push][hold]")
{
    ServerSettings settings;
    settings.limits.pushHoldMs = 300;
    ServerFixture f(settings);
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    REQUIRE(inspector.client
                ->post(kPush, pushBody(inspector.deviceId, {hazardInsert(newId(), 1, newId(), project, u"一"_s)}))
                .status
        == 200);
    const QString orphan = newId();
    QElapsedTimer waited;
    waited.start();
    const TestReply gap = inspector.client->post(
        kPush, pushBody(inspector.deviceId, {hazardInsert(newId(), 3, orphan, project, u"三"_s)}));
    CHECK(waited.elapsed() >= 300); // it waited its hold before the refusal
    CHECK(gap.status == 409);
    CHECK(gap.errorCode() == u"out_of_order"_s);
    CHECK(f.server().heldPushes() == 0);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {orphan}) == 0);
    CHECK(f.count(u"SELECT last_client_seq FROM devices WHERE id = ?"_s, {inspector.deviceId}) == 1);
}

TEST_CASE("/meta states the push window, and a server with a window of one refuses an early batch at once",
    "[api][push][hold]")
{
    {
        ServerFixture f;
        const QJsonObject limits = f.client()->get(u"/api/v1/meta"_s).json().value(u"limits"_s).toObject();
        CHECK(limits.value(u"push_window"_s).toInt() == 2);
        CHECK(limits.value(u"push_hold_ms"_s).toInt() == 3000);
    }
    ServerSettings settings;
    settings.limits.pushWindow = 1;
    ServerFixture f(settings);
    const QJsonObject limits = f.client()->get(u"/api/v1/meta"_s).json().value(u"limits"_s).toObject();
    CHECK(limits.value(u"push_window"_s).toInt() == 1);
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    QElapsedTimer waited;
    waited.start();
    const TestReply early = inspector.client->post(
        kPush, pushBody(inspector.deviceId, {hazardInsert(newId(), 2, newId(), project, u"二"_s)}));
    CHECK(waited.elapsed() < 3000); // not held
    CHECK(early.status == 409);
    CHECK(early.errorCode() == u"out_of_order"_s);
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations WHERE device_id = ?"_s, {inspector.deviceId}) == 0);
}
