// Issue 14, [backup]: `sitesafe-cli backup` and `restore` on a real demo data folder. A restored database equals the
// original table by table (row hashes, the audit log included); a restore that would drop changes not yet sent is
// refused with their number unless --force, and then the replaced database is kept aside, whole; a damaged backup
// or a folder in use is refused with nothing changed.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include "clirun.h"
#include "storereader.h"
#include "support/tempdir.h"

using namespace Qt::StringLiterals;

namespace {
qint64 scalar(const QString &path, const QString &sql)
{
    return StoreReader(path).scalar(sql);
}

/// Edits made with the sqlite3 shell, as any program might: the outbox triggers queue them.
void editWithShell(const QString &database, const QString &sql)
{
    const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
    REQUIRE_FALSE(shell.isEmpty());
    QProcess p;
    p.start(shell, {database, sql});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}
} // namespace

TEST_CASE(
    "backup and restore: the restored database equals the original table by table, audit log included", "[cli][backup]")
{
    TestDir original, elsewhere, files;
    REQUIRE(
        cli({u"demo"_s, u"--data-dir"_s, original.path(), u"--seed"_s, u"5"_s, u"--today"_s, u"2026-11-21"_s}).exitCode
        == 0);
    const QString db = original.file(u"sitesafe.db"_s);
    // Work done since the demo: a queued change, so the backup holds the outbox as it is.
    editWithShell(
        db, u"UPDATE hazards SET location = '3号楼北侧（备份测试）' WHERE seq = (SELECT min(seq) FROM hazards);"_s);
    const QMap<QString, QByteArray> before = StoreReader::tableHashes(db);
    REQUIRE(before.contains(u"audit_log"_s));
    REQUIRE(scalar(db, u"SELECT count(*) FROM audit_log"_s) > 0);
    REQUIRE(scalar(db, u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) >= 1);

    const QString backup = files.file(u"sitesafe-backup.db"_s);
    const CliRun made = cli({u"backup"_s, u"--data-dir"_s, original.path(), u"--out"_s, backup});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(u"Backup written"_s));
    CHECK(made.err.contains(u"100 %"_s));
    CHECK_FALSE(QFile::exists(backup + u".partial"_s));
    CHECK(StoreReader::tableHashes(backup) == before);
    CHECK(StoreReader::tableHashes(db) == before); // the backup changed nothing it read

    // Into a new folder (a new laptop): equal, table by table.
    const CliRun restored = cli({u"restore"_s, u"--data-dir"_s, elsewhere.path(), u"--from"_s, backup});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    // The copy put in place carries one mark beside the backup's rows: it is a restored copy (its next sync
    // reads it, tests/sync/restoresync_test.cpp). Without it, the tables are the backup's.
    const QString restoredDb = elsewhere.file(u"sitesafe.db"_s);
    CHECK(scalar(restoredDb, u"SELECT count(*) FROM sync_state WHERE key = 'restored_at'"_s) == 1);
    editWithShell(restoredDb, u"DELETE FROM sync_state WHERE key = 'restored_at';"_s);
    const QMap<QString, QByteArray> after = StoreReader::tableHashes(restoredDb);
    CHECK(after.keys() == before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
    CHECK(cli({u"check"_s, u"--data-dir"_s, elsewhere.path()}).exitCode == 0);
}

TEST_CASE("restore over changes not yet sent is refused without --force, says how many, and keeps them aside",
    "[cli][backup]")
{
    TestDir folder, files;
    REQUIRE(
        cli({u"demo"_s, u"--data-dir"_s, folder.path(), u"--seed"_s, u"6"_s, u"--today"_s, u"2026-11-14"_s}).exitCode
        == 0);
    const QString db = folder.file(u"sitesafe.db"_s);
    const QString backup = files.file(u"monday.db"_s);
    REQUIRE(cli({u"backup"_s, u"--data-dir"_s, folder.path(), u"--out"_s, backup}).exitCode == 0);
    const QMap<QString, QByteArray> atBackup = StoreReader::tableHashes(backup);

    // Three changes after the backup, not sent: restoring would lose them.
    const qint64 queuedBefore = scalar(db, u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s);
    editWithShell(db,
        u"UPDATE hazards SET location = '备份后的修改 ' || seq WHERE seq IN "
        "(SELECT seq FROM hazards ORDER BY seq LIMIT 3);"_s);
    const qint64 queued = scalar(db, u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s);
    REQUIRE(queued - queuedBefore == 3);
    const QMap<QString, QByteArray> current = StoreReader::tableHashes(db);

    const CliRun refused = cli({u"restore"_s, u"--data-dir"_s, folder.path(), u"--from"_s, backup});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"3 change(s) made here have not been sent"_s));
    CHECK(refused.err.contains(u"--force"_s));
    CHECK(StoreReader::tableHashes(db) == current); // nothing changed
    CHECK(QDir(folder.path()).entryList({u"*.before-restore-*"_s}, QDir::Files).isEmpty());

    const CliRun forced = cli({u"restore"_s, u"--data-dir"_s, folder.path(), u"--from"_s, backup, u"--force"_s});
    INFO(forced.err.toStdString());
    REQUIRE(forced.exitCode == 0);
    CHECK(forced.out.contains(u"3 change(s) not yet sent are only in that kept database"_s));
    CHECK(scalar(db, u"SELECT count(*) FROM sync_state WHERE key = 'restored_at'"_s) == 1);
    editWithShell(db, u"DELETE FROM sync_state WHERE key = 'restored_at';"_s); // the mark of a restored copy
    CHECK(StoreReader::tableHashes(db) == atBackup);
    const QStringList kept = QDir(folder.path()).entryList({u"sitesafe.db.before-restore-*"_s}, QDir::Files);
    REQUIRE(kept.size() == 1);
    CHECK(forced.out.contains(kept.first()));
    // The database kept aside is whole: the three changes are in it, in the one file (its log was folded in).
    CHECK(StoreReader::tableHashes(folder.file(kept.first())) == current);
    CHECK_FALSE(QFile::exists(folder.file(kept.first() + u"-wal"_s)));
}

TEST_CASE(
    "restore refuses a damaged backup, a non-SiteSafe file and a folder in use, changing nothing", "[cli][backup]")
{
    TestDir folder, files;
    REQUIRE(
        cli({u"demo"_s, u"--data-dir"_s, folder.path(), u"--seed"_s, u"8"_s, u"--today"_s, u"2026-11-07"_s}).exitCode
        == 0);
    const QString db = folder.file(u"sitesafe.db"_s);
    const QString backup = files.file(u"good.db"_s);
    REQUIRE(cli({u"backup"_s, u"--data-dir"_s, folder.path(), u"--out"_s, backup}).exitCode == 0);
    const QMap<QString, QByteArray> current = StoreReader::tableHashes(db);

    // Cut in half (a copy interrupted), garbage, and a SQLite file that is not SiteSafe's.
    QFile whole(backup);
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString cut = files.file(u"cut.db"_s), garbage = files.file(u"garbage.db"_s);
    for (const auto &[path, content] :
        {std::pair {cut, bytes.left(bytes.size() / 2)}, std::pair {garbage, QByteArray(65536, '\x5a')}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QString other = files.file(u"other.db"_s);
    editWithShell(other, u"CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello');"_s);
    for (const QString &bad : {cut, garbage, other, files.file(u"missing.db"_s)}) {
        const CliRun r = cli({u"restore"_s, u"--data-dir"_s, folder.path(), u"--from"_s, bad, u"--force"_s});
        INFO(bad.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"is not a usable SiteSafe backup"_s));
        CHECK(r.err.contains(u"Nothing was changed"_s));
    }
    CHECK(StoreReader::tableHashes(db) == current);

    // SiteSafe running on the folder holds its lock: the restore waits for it to be closed.
    {
        QLockFile running(folder.file(u"sitesafe.lock"_s));
        REQUIRE(running.tryLock(0));
        const CliRun r = cli({u"restore"_s, u"--data-dir"_s, folder.path(), u"--from"_s, backup, u"--force"_s});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"is in use"_s));
        CHECK(QRegularExpression(u"process \\d+"_s).match(r.err).hasMatch());
    }
    CHECK(StoreReader::tableHashes(db) == current);
    CHECK(QDir(folder.path()).entryList({u"*.restoring"_s, u"*.before-restore-*"_s}, QDir::Files).isEmpty());
    // Once it is closed, the same restore goes through.
    CHECK(cli({u"restore"_s, u"--data-dir"_s, folder.path(), u"--from"_s, backup, u"--force"_s}).exitCode == 0);
}
