#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

// Case 21 of sync-anchors §3 in a pull: the laptop's disk fills while pulled pages are applied. The limit is
// SQLite's own (PRAGMA max_page_count on the connection the engine writes with): the write fails with SQLITE_FULL
// exactly as on a full disk, without a filesystem the test would need root to mount.

namespace {

qint64 pragma(SyncClient &client, const QString &sql)
{
    QSqlQuery q(client.db());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

TEST_CASE("Case 21: the disk fills while a pull is applied: whole pages or nothing, a clear sentence, then it resumes",
    "[sync][diskfull]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient laptop, colleague, witness; // the witness pulls the same changes with room to spare
    SyncOptions pages;
    pages.pullLimit = 40;
    laptop.connect(server);
    colleague.connect(server);
    REQUIRE(laptop.sync().isEverythingApplied());
    REQUIRE(colleague.sync().isEverythingApplied());
    witness.connect(server);
    REQUIRE(witness.sync().isEverythingApplied());
    for (int i = 0; i < 60; ++i) // long descriptions: the pull needs many new pages of the file
        colleague.createHazard(u"同事的隐患 %1 "_s.arg(i) + QString(2000, QChar(u'险')));
    REQUIRE(colleague.sync().isEverythingApplied());
    const SyncReport witnessed = witness.sync();
    REQUIRE(witnessed.isEverythingApplied());
    laptop.connect(server, pages);

    const QString cursorBefore = laptop.text(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s);
    const qint64 hazardsBefore = laptop.count(u"SELECT count(*) FROM hazards"_s);
    pragma(laptop, u"PRAGMA max_page_count = %1"_s.arg(pragma(laptop, u"PRAGMA page_count"_s) + 150));
    const SyncReport full = laptop.sync();
    REQUIRE(full.error.has_value());
    CHECK(full.error->code == u"storage.disk_full"_s);
    CHECK(full.error->message.contains(u"free some space"_s));
    // What was applied is whole pages, and the cursor says exactly how far.
    const qint64 applied = laptop.count(u"SELECT count(*) FROM hazards"_s) - hazardsBefore;
    CHECK(applied > 0); // room for some pages, not all
    CHECK(applied < 60);
    CHECK(full.rowsPulled % pages.pullLimit == 0); // whole pages only
    CHECK(applied
            + laptop.count(u"SELECT count(*) FROM hazard_events WHERE hazard_id IN (SELECT id FROM hazards "
                           "WHERE description LIKE '同事的隐患 %')"_s)
        <= full.rowsPulled);
    CHECK(laptop.text(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s) != cursorBefore);
    CHECK(laptop.text(u"PRAGMA quick_check"_s) == u"ok"_s);

    // Space freed: the next sync pulls the rest, each row once.
    pragma(laptop, u"PRAGMA max_page_count = 1073741823"_s);
    const SyncReport resumed = laptop.sync();
    REQUIRE(resumed.isEverythingApplied());
    CHECK(laptop.count(u"SELECT count(*) FROM hazards"_s) == hazardsBefore + 60);
    CHECK(full.rowsPulled + resumed.rowsPulled == witnessed.rowsPulled); // each row once
    for (const QString &entity : {u"hazards"_s, u"hazard_events"_s})
        CHECK(laptop.rows(entity) == serverRows(server, entity));
}
