#include <QFile>

#include <catch2/catch.hpp>

#include "server/offsetfileclock.h"
#include "serverfixture.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
void writeOffset(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(text) == text.size());
}
} // namespace

TEST_CASE("The test-only offset clock runs the file's seconds ahead of the system clock", "[clock]")
{
    TestDir dir;
    const QString path = dir.file(u"offset"_s);
    const OffsetFileClock clock(path);
    CHECK(clock.offsetSeconds() == 0); // no file: no offset
    writeOffset(path, "3600\n");
    CHECK(clock.offsetSeconds() == 3600);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime moved = clock.now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    CHECK(moved >= before.addSecs(3600));
    CHECK(moved <= after.addSecs(3600));
    writeOffset(path, "-86400");
    CHECK(clock.offsetSeconds() == -86400); // re-read at every use
    writeOffset(path, "soon");
    CHECK(clock.offsetSeconds() == 0); // unreadable text: no offset
}

TEST_CASE("The server stamps with its injected clock: server_time, audit entries, applied_at", "[clock]")
{
    FixedClock clock(QDateTime(QDate(2031, 2, 3), QTime(4, 5, 6, 789), Qt::UTC));
    ServerFixture f({}, clock);
    auto s = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const TestReply push = s.client->post(
        u"/api/v1/sync/push"_s,
        pushBody(s.deviceId, {hazardInsert(newId(), 1, newId(), QString::fromLatin1(ServerFixture::kHaikouProject),
                                           u"临边防护缺失"_s)}));
    REQUIRE(push.status == 200);
    CHECK(s.client->get(u"/api/v1/ping"_s).json().value(u"server_time"_s).toString() == u"2031-02-03T04:05:06.789Z"_s);
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations WHERE applied_at = '2031-02-03T04:05:06.789Z'"_s) == 1);
    CHECK(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'auth.login' AND at = '2031-02-03T04:05:06.789Z'"_s)
          == 1);
    CHECK(f.count(u"SELECT count(*) FROM audit_log WHERE at <> '2031-02-03T04:05:06.789Z'"_s) == 0);
}
