// Issue 14, [backup]: the client's automatic local backups on a real data folder. One a day by the clock's China
// date, written with the backup API off the calling thread, equal to the database; the newest seven are kept; a
// folder where the backups cannot go gets an error, not a crash.
#include "session/dailybackup.h"

#include <atomic>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "storage/datastore.h"
#include "storage/storebackup.h"
#include "support/tempdir.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000;

struct BackupFixture {
    TestDir dir;
    // 17:30 UTC is 01:30 the next day in China: the backup is named by the China date.
    FixedClock clock {QDateTime(QDate(2026, 12, 4), QTime(17, 30), Qt::UTC)};
    std::unique_ptr<DataStore> store;

    BackupFixture()
    {
        Database::Options options;
        options.clock = &clock;
        auto opened = DataStore::open(dir.path(), options);
        REQUIRE(opened.isOk());
        store = std::move(opened).value();
    }
};

/// "table=rows" for every table of the database at `path` (the catalogs a new folder holds, sync_state, …).
QStringList tableCounts(QSqlDatabase db)
{
    QStringList counts;
    QSqlQuery tables(db);
    REQUIRE(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                        "ORDER BY name"_s));
    while (tables.next()) {
        QSqlQuery count(db);
        REQUIRE(count.exec(u"SELECT count(*) FROM \"%1\""_s.arg(tables.value(0).toString())));
        REQUIRE(count.next());
        counts << tables.value(0).toString() + u'=' + count.value(0).toString();
    }
    return counts;
}

QStringList tableCounts(const QString &path)
{
    QStringList counts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup-counts"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        counts = tableCounts(db);
    }
    QSqlDatabase::removeDatabase(u"backup-counts"_s);
    return counts;
}

/// Runs one check and waits (bounded) for its result; the error text, empty on success.
QString backUp(DailyBackup &backup)
{
    QSignalSpy finished(&backup, &DailyBackup::finished);
    REQUIRE(backup.check());
    REQUIRE(finished.wait(60000));
    return finished.at(0).at(1).toString();
}
} // namespace

TEST_CASE(
    "One backup a day, named by the China date, equal to the database: the newest seven are kept", "[session][backup]")
{
    BackupFixture f;
    DailyBackup backup(*f.store, f.clock);
    const QString deviceId = f.store->deviceId();
    REQUIRE_FALSE(deviceId.isEmpty());

    CHECK(backUp(backup).isEmpty());
    const QString first = QDir(backup.folder()).filePath(u"sitesafe-2026-12-05.db"_s);
    REQUIRE(QFile::exists(first));
    const Result<StoreBackup::Summary> summary = StoreBackup::inspect(first);
    REQUIRE(summary.isOk());
    CHECK(summary.value().deviceId == deviceId);
    CHECK(summary.value().schemaVersion == f.store->database().schemaVersion());
    const QStringList counts = tableCounts(f.store->connection());
    CHECK(counts.size() > 20);
    CHECK(tableCounts(first) == counts);
    // The same day again: nothing new.
    CHECK_FALSE(backup.check());
    CHECK(backup.backups() == QStringList {u"sitesafe-2026-12-05.db"_s});

    // Nine more days, one backup each: seven kept, the newest.
    for (int day = 1; day <= 9; ++day) {
        f.clock.advance(kDayMs);
        INFO("day " << day);
        CHECK(backUp(backup).isEmpty());
    }
    const QStringList kept = backup.backups();
    REQUIRE(kept.size() == DailyBackup::kKept);
    CHECK(kept.first() == u"sitesafe-2026-12-14.db"_s);
    CHECK(kept.last() == u"sitesafe-2026-12-08.db"_s);
    CHECK_FALSE(QFile::exists(first));
}

TEST_CASE("A data folder where the backups cannot go says so, and keeps working", "[session][backup]")
{
    BackupFixture f;
    DailyBackup backup(*f.store, f.clock);
    // A file where the backups folder should be.
    QFile blocker(backup.folder());
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSignalSpy finished(&backup, &DailyBackup::finished);
    CHECK_FALSE(backup.check());
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(1).toString().contains(u"cannot be created"_s));
    QSqlQuery q(f.store->connection());
    CHECK(q.exec(u"SELECT count(*) FROM sync_state"_s)); // the store is untouched and usable
}

TEST_CASE("A backup stopped (the program quits) leaves no file behind", "[session][backup]")
{
    BackupFixture f;
    const QString file = f.dir.file(u"stopped.db"_s);
    const std::atomic<bool> stop {true};
    const Result<StoreBackup::Summary> written = StoreBackup::write(f.store->database().path(), file, {}, &stop);
    REQUIRE_FALSE(written.isOk());
    CHECK(written.error().code == u"backup.write_failed"_s);
    CHECK(written.error().message.contains(u"stopped"_s));
    CHECK_FALSE(QFile::exists(file));
    CHECK_FALSE(QFile::exists(file + u".partial"_s));
    // Not stopped, the same call writes it.
    CHECK(StoreBackup::write(f.store->database().path(), file).isOk());
    CHECK(QFile::exists(file));
}
