// Case 23 of sync-anchors §3 (issue 15): a laptop's database is damaged (or the user goes back to an older
// backup), the last local backup is put in its place, and the laptop syncs again: what the backup still had queued
// goes out again and is answered duplicate where the server has it, what was recorded after the restore is
// applied, and what only the damaged file held is the one thing lost.

#include <QFile>

#include <catch2/catch.hpp>

#include "proxiedlaptop.h"
#include "serverprocess.h"
#include "storage/datastore.h"
#include "storage/storebackup.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
/// Overwrites most of page 1 (the schema) of the SQLite file at `path`, as a failing disk would.
void damageSchemaPage(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(100));
    REQUIRE(f.write(QByteArray(3000, '\xA5')) == 3000);
}

QString hazardInsertState(SyncClient &laptop, const QString &hazardId)
{
    return laptop.text(
        u"SELECT state FROM outbox WHERE entity = 'hazards' AND op = 'insert' AND entity_id = ?"_s, {hazardId});
}
} // namespace

TEST_CASE("Case 23: a laptop restored from its last backup sends its queued work again (answered duplicate where "
          "the server has it), and work recorded after the restore is applied",
    "[restore]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient laptop;
    laptop.connect(server);
    REQUIRE(laptop.sync().isEverythingApplied());

    // The daily backup is made while one hazard waits to be sent; then that one and a second are sent, and a
    // third is recorded and never sent.
    const QString beforeBackup = laptop.createHazard(u"备份时尚未发送的隐患"_s);
    TestDir backups;
    const QString backup = backups.file(u"sitesafe-backup.db"_s);
    REQUIRE(StoreBackup::write(DataStore::databasePath(laptop.folder()), backup).isOk());
    REQUIRE(laptop.sync().isEverythingApplied());
    const QString afterBackup = laptop.createHazard(u"备份后已发送的隐患"_s);
    REQUIRE(laptop.sync().isEverythingApplied());
    const QString neverSent = laptop.createHazard(u"备份后未发送的隐患"_s);
    laptop.close();
    const QString database = DataStore::databasePath(laptop.folder());

    StoreBackup::RestoreOptions force;
    force.isForced = true;
    SECTION("the database is damaged")
    {
        damageSchemaPage(database);
        const auto opened = DataStore::open(laptop.folder());
        REQUIRE_FALSE(opened.isOk());
        CHECK(opened.error().code == u"storage.corrupt"_s);

        // Without --force the restore says why it stops and what to do, and changes nothing.
        const auto refused = StoreBackup::restore(laptop.folder(), backup, {});
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.error().code == u"backup.unreadable_database"_s);
        CHECK(refused.error().message.contains(u"--force"_s));
        CHECK(QFile::exists(database));

        const auto restored = StoreBackup::restore(laptop.folder(), backup, force);
        INFO((restored ? std::string() : restored.error().message.toStdString()));
        REQUIRE(restored.isOk());
        CHECK(restored.value().changesLost == -1); // not known: the damaged file cannot be read
        CHECK(QFile::exists(restored.value().keptAside)); // nothing is deleted
    }
    SECTION("the user goes back to the older backup")
    {
        const auto restored = StoreBackup::restore(laptop.folder(), backup, force);
        INFO((restored ? std::string() : restored.error().message.toStdString()));
        REQUIRE(restored.isOk());
        CHECK(restored.value().changesLost == 2); // the hazard never sent: its row and its created event
    }

    laptop.reopen();
    laptop.connect(server);
    CHECK(hazardInsertState(laptop, beforeBackup) == u"pending"_s); // as the backup had it
    const QString afterRestore = laptop.createHazard(u"恢复后记录的隐患"_s);
    const SyncReport report = laptop.sync();
    INFO((report.error ? report.error->message.toStdString() : std::string()));
    CHECK(report.isEverythingApplied());

    CHECK(hazardInsertState(laptop, beforeBackup) == u"duplicate"_s);
    CHECK(hazardInsertState(laptop, afterRestore) == u"applied"_s);
    CHECK(serverCount(server, kRepeated) == 0);
    for (const QString &id : {beforeBackup, afterBackup, afterRestore}) {
        INFO(id.toStdString());
        CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {id}) == 1);
    }
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {neverSent}) == 0);
    CHECK(laptop.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {afterBackup}) == 1); // pulled back
    CHECK(laptop.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
    CHECK(laptop.rows(u"hazard_events"_s) == serverRows(server, u"hazard_events"_s));

    // Back to the usual: the mark of the restore is gone, and the next sync has nothing to do.
    CHECK(laptop.count(u"SELECT count(*) FROM sync_state WHERE key = 'restored_at'"_s) == 0);
    const SyncReport quiet = laptop.sync();
    CHECK(quiet.isEverythingApplied());
    CHECK(quiet.rowsPulled == 0);
}
