#include <QElapsedTimer>

#include <catch2/catch.hpp>

#include "serverfixture.h"

using namespace Qt::StringLiterals;

// Hidden ("[.]"): run explicitly with `tests_server "[throughput]"`. Prints push and pull rates over HTTPS on
// loopback for 10,000 hazards in batches of 100 and pages of 1,000.
TEST_CASE("Push and pull throughput of 10,000 records over HTTPS on loopback", "[.][throughput]")
{
    ServerFixture f;
    auto s = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    constexpr int kRecords = 10000;
    QElapsedTimer t;
    t.start();
    qint64 seq = 0;
    for (int batch = 0; batch < kRecords / 100; ++batch) {
        QJsonArray mutations;
        for (int i = 0; i < 100; ++i) {
            ++seq;
            mutations.append(hazardInsert(newId(), seq, newId(), project, u"隐患 %1"_s.arg(seq)));
        }
        const TestReply r = s.client->post(u"/api/v1/sync/push"_s, pushBody(s.deviceId, mutations));
        REQUIRE(r.status == 200);
    }
    const qint64 pushMs = t.elapsed();
    CHECK(f.count(u"SELECT count(*) FROM hazards"_s) == kRecords);
    t.restart();
    int pulled = 0;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        const TestReply r = s.client->get(u"/api/v1/sync/pull?limit=1000&cursor="_s + cursor);
        REQUIRE(r.status == 200);
        pulled += int(r.json().value(u"changes"_s).toArray().size());
        cursor = r.json().value(u"next_cursor"_s).toString();
        if (!r.json().value(u"has_more"_s).toBool())
            break;
    }
    const qint64 pullMs = t.elapsed();
    CHECK(pulled >= kRecords);
    WARN("backend " << (f.isPostgres() ? "PostgreSQL" : "SQLite") << ": push " << kRecords << " in " << pushMs
                    << " ms (" << (kRecords * 1000 / qMax<qint64>(1, pushMs)) << "/s), pull " << pulled << " in "
                    << pullMs << " ms (" << (pulled * 1000 / qMax<qint64>(1, pullMs)) << "/s)");
}
