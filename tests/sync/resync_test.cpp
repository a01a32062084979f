#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
/// What an operator does after restoring the server from a backup: a new epoch, so old cursors are refused.
void changeServerEpoch(const ServerProcess &server)
{
    const QString name = u"epoch-editor"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(server.databasePath());
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.prepare(u"UPDATE server_meta SET value = ? WHERE key = 'epoch'"_s);
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

TEST_CASE("After the server's epoch changes (410) the client takes a new snapshot and keeps its unsent work",
          "[sync][engine][resync]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient a;
    a.connect(server);
    REQUIRE(a.sync().isEverythingApplied());

    const QString hazard = a.createHazard(u"卸料平台拉结点未设置在主体结构上"_s);
    REQUIRE(a.count(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) == 2);

    server.stop();
    changeServerEpoch(server);
    server.restart();

    const SyncReport report = a.sync();
    INFO((report.error ? report.error->message.toStdString() : std::string("no error")));
    REQUIRE(report.isEverythingApplied());
    CHECK(report.hadSnapshot);           // the old cursor was refused and the client started over
    CHECK(report.applied == 2);          // the unsent hazard and its event still went, once
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == 2);
    CHECK(a.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    CHECK(a.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));

    const SyncReport again = a.sync(); // and the new cursor works
    REQUIRE(again.isEverythingApplied());
    CHECK_FALSE(again.hadSnapshot);
}

TEST_CASE("The connection is cut in the middle of a download: nothing half-applied, the next sync completes",
          "[sync][engine][pullcut]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient a;
    a.connect(server);
    // SIGKILL the server as soon as the first downloaded page has been applied.
    qint64 rowsAtCut = -1;
    QObject::connect(&a.engine(), &SyncEngine::progressChanged, &a.engine(), [&](const SyncProgress &p) {
        if (p.phase == SyncProgress::Phase::Pull && p.done > 0 && rowsAtCut < 0) {
            rowsAtCut = p.done;
            server.kill();
        }
    });
    const SyncReport cut = a.sync();
    REQUIRE(rowsAtCut > 0);
    REQUIRE(cut.error.has_value());
    CHECK(cut.error->code.startsWith(u"network."_s));
    const qint64 projectsAfterCut = a.count(u"SELECT count(*) FROM projects"_s);
    const QString cursorAfterCut = a.text(u"SELECT coalesce(group_concat(key || '=' || value, ';'), '') FROM "
                                          "(SELECT key, value FROM sync_state WHERE key LIKE '%cursor%' OR key "
                                          "LIKE '%page%' ORDER BY key)"_s);
    CHECK(a.count(u"SELECT count(*) FROM outbox"_s) == 0); // pulled rows never queue mutations

    // Still offline: another attempt changes nothing that was stored.
    const SyncReport offline = a.sync();
    CHECK(offline.error.has_value());
    CHECK(a.count(u"SELECT count(*) FROM projects"_s) == projectsAfterCut);
    CHECK(a.text(u"SELECT coalesce(group_concat(key || '=' || value, ';'), '') FROM (SELECT key, value FROM "
                 "sync_state WHERE key LIKE '%cursor%' OR key LIKE '%page%' ORDER BY key)"_s)
          == cursorAfterCut);

    server.restart();
    const SyncReport resumed = a.sync();
    INFO((resumed.error ? resumed.error->message.toStdString() : std::string("no error")));
    REQUIRE(resumed.isEverythingApplied());
    // The inspector of 460100 holds exactly the server's 海口 projects, each exactly as the server has it.
    const QStringList local = a.rows(u"projects"_s), remote = serverRows(server, u"projects"_s);
    CHECK(a.count(u"SELECT count(*) FROM projects"_s)
          == serverCount(server, u"SELECT count(*) FROM projects WHERE jurisdiction_code = '460100'"_s));
    REQUIRE_FALSE(local.isEmpty());
    CHECK(std::count_if(local.cbegin(), local.cend(), [&](const QString &row) { return !remote.contains(row); }) == 0);
    // (No hazards comparison: the seed holds none, so it compared two empty lists.)
    CHECK(a.rows(u"people"_s) == serverRows(server, u"people"_s));
}

TEST_CASE("The connection is cut in the middle of an incremental pull: the cursor covers exactly what was applied, "
          "the next sync completes",
          "[sync][engine][pullcut]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient a, b;
    a.connect(server);
    REQUIRE(a.sync().isEverythingApplied()); // the snapshot; from here on A pulls changes page by page
    b.connect(server);
    REQUIRE(b.sync().isEverythingApplied());
    QStringList created;
    for (int i = 0; i < 150; ++i)
        created << b.createHazard(u"增量下载中断测试 %1"_s.arg(i));
    REQUIRE(b.sync().isEverythingApplied()); // 300 new rows on the server (hazard + created event each)

    SyncOptions small;
    small.pullLimit = 40; // several pages, so the cut lands between two of them
    small.tls.caFile = server.caFile();
    a.connect(server, small);
    int pagesApplied = 0;
    QObject::connect(&a.engine(), &SyncEngine::progressChanged, &a.engine(), [&](const SyncProgress &p) {
        if (p.phase == SyncProgress::Phase::Pull && p.done > 0 && ++pagesApplied == 2)
            server.kill();
    });
    const SyncReport cut = a.sync();
    REQUIRE(cut.error.has_value());
    CHECK(cut.error->code.startsWith(u"network."_s));
    CHECK_FALSE(cut.hadSnapshot);

    // The stored cursor (base64url of "epoch:seq") names the last applied row: every row up to it is here, none
    // after it is.
    const QByteArray decoded =
        QByteArray::fromBase64(a.text(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s).toLatin1(),
                               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 cursorSeq = decoded.mid(decoded.lastIndexOf(':') + 1).toLongLong();
    REQUIRE(cursorSeq > 0);
    const QString marker = u"增量下载中断测试%"_s;
    const qint64 arrived = a.count(u"SELECT count(*) FROM hazards WHERE description LIKE ?"_s, {marker});
    CHECK(arrived > 0);
    CHECK(arrived < created.size());
    CHECK(arrived
          == serverCount(server, u"SELECT count(*) FROM hazards WHERE description LIKE ? AND server_seq <= ?"_s,
                         {marker, cursorSeq}));
    CHECK(a.count(u"SELECT count(*) FROM hazards WHERE description LIKE ? AND server_version > ?"_s,
                  {marker, cursorSeq})
          == 0);
    CHECK(a.count(u"SELECT count(*) FROM outbox"_s) == 0);

    server.restart();
    const SyncReport resumed = a.sync();
    INFO((resumed.error ? resumed.error->message.toStdString() : std::string("no error")));
    REQUIRE(resumed.isEverythingApplied());
    CHECK_FALSE(resumed.hadSnapshot);
    CHECK(a.count(u"SELECT count(*) FROM hazards WHERE description LIKE ?"_s, {marker}) == created.size());
    CHECK(a.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
    CHECK(a.rows(u"hazard_events"_s) == serverRows(server, u"hazard_events"_s));
}

namespace {
/// Copies the server's SQLite file (and its write-ahead log, if any) from `from` to `to`, the server stopped.
void copyServerDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix))
            REQUIRE(QFile::copy(from + suffix, to + suffix));
    }
}
} // namespace

TEST_CASE("Case 6: after the server is restored from an older backup, the laptop sends again what the restored "
          "server lacks, and new work is applied",
    "[sync][engine][resync]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient a;
    a.connect(server);
    REQUIRE(a.sync().isEverythingApplied());
    const QString inBackup = a.createHazard(u"服务器备份前已同步的隐患"_s);
    REQUIRE(a.sync().isEverythingApplied());

    // The operator's nightly backup, then a hazard the server answers after it.
    TestDir backups;
    const QString backup = backups.file(u"server-backup.db"_s);
    server.stop();
    copyServerDatabase(server.databasePath(), backup);
    server.restart();
    const QString afterBackup = a.createHazard(u"服务器备份后已同步的隐患"_s);
    REQUIRE(a.sync().isEverythingApplied());
    REQUIRE(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == 4);

    // The server's disk fails; the operator restores the backup and gives the server a new epoch (docs/deploy.md).
    server.stop();
    copyServerDatabase(backup, server.databasePath());
    changeServerEpoch(server);
    server.restart();
    REQUIRE(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {afterBackup}) == 0);

    const QString afterRestore = a.createHazard(u"服务器恢复后记录的隐患"_s);
    const SyncReport report = a.sync();
    INFO((report.error ? report.error->message.toStdString() : std::string("no error")));
    CHECK(report.isEverythingApplied());
    CHECK(report.hadSnapshot);
    for (const QString &id : {inBackup, afterBackup, afterRestore}) {
        INFO(id.toStdString());
        CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {id}) == 1);
    }
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == 6); // each change once
    CHECK(serverCount(server, u"SELECT last_client_seq FROM devices"_s) == 6);
    CHECK(a.count(u"SELECT count(*) FROM outbox WHERE state NOT IN ('applied', 'duplicate')"_s) == 0);
    CHECK(a.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
    CHECK(a.rows(u"hazard_events"_s) == serverRows(server, u"hazard_events"_s));
    const SyncReport again = a.sync();
    CHECK(again.isEverythingApplied());
    CHECK(again.rowsPulled == 0);
}
