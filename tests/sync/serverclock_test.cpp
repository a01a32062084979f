// Trust in time and campaigns against the real server over TLS: the offset to the server's clock a sync sees is
// kept in sync_state, and the demo's 治理行动 is one row with one id on a demo laptop and a server seeded that day.
#include <QFile>

#include <catch2/catch.hpp>

#include "demo/demogenerator.h"
#include "serverprocess.h"
#include "storage/datasetwriter.h"
#include "storage/datastore.h"
#include "storage/syncstatestore.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
/// Loopback round trips take milliseconds; a loaded CI machine may stretch one to a few seconds.
constexpr qint64 kToleranceMs = 5000;

void writeOffset(const QString &file, qint64 seconds)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(QByteArray::number(seconds)) > 0);
}
} // namespace

TEST_CASE("A sync keeps the offset to the server's clock in sync_state and renews it at the next sync",
          "[sync][timetrust]")
{
    TestDir clockDir;
    const QString clockFile = clockDir.file(u"clock-offset"_s);
    writeOffset(clockFile, 2 * 3600); // the server's clock runs two hours ahead of this machine's
    ServerProcess server;
    server.seedDemo(1);
    server.start({}, {}, {u"--test-clock-offset-file"_s, clockFile});
    SyncClient client;
    CHECK_FALSE(SyncStateStore(client.db()).serverClockOffsetMs().has_value()); // never synced: none

    client.connect(server);
    REQUIRE(client.sync().isEverythingApplied());
    std::optional<qint64> offset = SyncStateStore(client.db()).serverClockOffsetMs();
    REQUIRE(offset.has_value());
    CHECK(qAbs(*offset - 2 * kHourMs) < kToleranceMs);
    CHECK(SyncStateStore(client.db()).serverClockSeenAt().isValid());

    writeOffset(clockFile, -90); // now a minute and a half behind
    REQUIRE(client.sync().isEverythingApplied());
    offset = SyncStateStore(client.db()).serverClockOffsetMs();
    REQUIRE(offset.has_value());
    CHECK(qAbs(*offset - -90'000) < kToleranceMs);
}

TEST_CASE("A demo laptop and a server seeded on the same far day hold one campaign row with the same id",
          "[sync][campaign][anyday]")
{
    const QDate day(2029, 2, 14); // far from the machine's day: nothing may depend on the clock
    ServerProcess server;
    QString out;
    REQUIRE(ServerProcess::run({u"seed-demo"_s, u"--data-dir"_s, server.dataDir(), u"--seed"_s, u"1"_s, u"--today"_s,
                                day.toString(Qt::ISODate)},
                               {}, &out)
            == 0);
    server.start();

    SyncClient client;
    Dataset reference;
    DemoGenerator({1, DemoScale::Small, day, client.store().deviceId()}).generate([&reference](const Dataset &chunk) {
        reference = chunk;
        return false;
    });
    REQUIRE(reference.campaigns.size() == 1);
    REQUIRE(DatasetWriter(client.db(), QDateTime(day, QTime(8, 0), Qt::UTC)).write(reference).isOk());
    const Campaign &c = reference.campaigns.first();
    // The same row on both sides before any sync (only the stamps differ: each side wrote it at its own time).
    CHECK(serverCount(server, u"SELECT count(*) FROM campaigns"_s) == 1);
    CHECK(serverCount(server,
                      u"SELECT count(*) FROM campaigns WHERE id = ? AND code = ? AND name = ? AND starts_on = ? "
                      "AND ends_on = ? AND round1_deadline = ? AND round2_deadline = ?"_s,
                      {c.id, c.code, c.name, c.startsOn.toString(Qt::ISODate), c.endsOn.toString(Qt::ISODate),
                       c.round1Deadline.toString(Qt::ISODate), c.round2Deadline.toString(Qt::ISODate)})
          == 1);

    client.connect(server);
    REQUIRE(client.sync().isEverythingApplied());
    CHECK(client.count(u"SELECT count(*) FROM campaigns"_s) == 1);
    CHECK(client.count(u"SELECT count(*) FROM campaigns WHERE id = ? AND code = 'HN-2029'"_s,
                       {reference.campaigns.first().id})
          == 1);
    CHECK(client.rows(u"campaigns"_s) == serverRows(server, u"campaigns"_s));
}
