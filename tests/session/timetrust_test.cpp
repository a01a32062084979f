// DataFolderSession::timeTrust(): the offset to the server clock kept at the last sync and the doubt flag, on a
// real data folder with an injected clock whose wall and monotonic readings the tests move apart.
#include <catch2/catch.hpp>

#include "core/clock.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/syncstatestore.h"
#include "support/tempdir.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

/// A data folder and a session on it, both on one FixedClock.
struct SessionFixture {
    TestDir dir;
    FixedClock clock{QDateTime(QDate(2026, 12, 5), QTime(1, 30), Qt::UTC)};
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;

    SessionFixture()
    {
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(dir.path(), options);
        REQUIRE(opened.isOk());
        store = std::move(opened).value();
        // The day the pages judge on is fixed far from the clock's day: trust in time does not depend on it.
        session = std::make_unique<DataFolderSession>(*store, clock, QDate(2024, 3, 1));
    }
};

} // namespace

TEST_CASE("A folder that never synced has no offset and nothing doubtful", "[session][timetrust]")
{
    SessionFixture f;
    f.clock.advance(4 * kHourMs); // time passes normally
    const TimeTrust trust = f.session->timeTrust();
    CHECK_FALSE(trust.clockOffsetMs.has_value());
    CHECK_FALSE(trust.isDoubtful);
}

TEST_CASE("The offset kept at the last sync is carried, and two hours of it make the time doubtful",
          "[session][timetrust]")
{
    SessionFixture f;
    SyncStateStore state(f.store->connection());
    REQUIRE(state.recordServerClock(-1200, f.clock.now()).isOk());
    TimeTrust trust = f.session->timeTrust();
    REQUIRE(trust.clockOffsetMs.has_value());
    CHECK(*trust.clockOffsetMs == -1200);
    CHECK_FALSE(trust.isDoubtful);

    REQUIRE(state.recordServerClock(2 * kHourMs, f.clock.now()).isOk());
    trust = f.session->timeTrust();
    REQUIRE(trust.clockOffsetMs.has_value());
    CHECK(*trust.clockOffsetMs == 2 * kHourMs);
    CHECK(trust.isDoubtful);
}

TEST_CASE("A wall-clock jump of an hour against the monotonic clock makes the time doubtful", "[session][timetrust]")
{
    SessionFixture f;
    SyncStateStore state(f.store->connection());
    REQUIRE(state.recordServerClock(800, f.clock.now()).isOk());
    f.clock.advance(kHourMs);
    CHECK_FALSE(f.session->timeTrust().isDoubtful);

    f.clock.jumpWallClock(kHourMs);
    const TimeTrust trust = f.session->timeTrust();
    CHECK(trust.isDoubtful);
    REQUIRE(trust.clockOffsetMs.has_value());
    CHECK(*trust.clockOffsetMs == 800); // the offset as seen at the sync; the flag says it no longer holds
}

TEST_CASE("A clock set back before the last sync is doubtful in a new session too", "[session][timetrust]")
{
    SessionFixture f;
    SyncStateStore state(f.store->connection());
    REQUIRE(state.recordServerClock(0, f.clock.now()).isOk());
    f.session.reset();
    f.clock.set(f.clock.now().addDays(-1)); // set back a day while the program was closed
    f.session = std::make_unique<DataFolderSession>(*f.store, f.clock);
    CHECK(f.session->timeTrust().isDoubtful);
}
