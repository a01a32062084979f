#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
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

/// One demo store shared by the read-only tests (created once: it takes a few seconds).
const QString &demoDir()
{
    static TestDir dir;
    static const QString path = [] {
        const CliRun r
            = cli({u"demo"_s, u"--data-dir"_s, dir.path(), u"--seed"_s, u"7"_s, u"--today"_s, u"2026-11-28"_s});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return dir.path();
    }();
    return path;
}
} // namespace

TEST_CASE("Help everywhere, wrong usage exits with code 2", "[cli]")
{
    const CliRun help = cli({u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"demo"_s));
    CHECK(help.out.contains(u"check"_s));
    CHECK(cli({u"demo"_s, u"--help"_s}).out.contains(u"--scale"_s));
    CHECK(cli({u"check"_s, u"--help"_s}).out.contains(u"--data-dir"_s));
    CHECK(cli({}).exitCode == 2);
    const CliRun unknown = cli({u"frobnicate"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"frobnicate"_s));
    CHECK(cli({u"demo"_s}).exitCode == 2);                                            // no --data-dir
    CHECK(cli({u"demo"_s, u"--data-dir"_s, u"/tmp/x"_s, u"--scale"_s, u"huge"_s}).exitCode == 2);
    CHECK(cli({u"demo"_s, u"--no-such-option"_s}).exitCode == 2);
    CHECK(cli({u"check"_s}).exitCode == 2);
    CHECK(cli({u"check"_s, u"--data-dir"_s, u"/tmp"_s, u"extra"_s}).exitCode == 2);
}

TEST_CASE("The demo dataset: 19 市县, at least 300 projects, hazards in every state", "[cli][demo]")
{
    StoreReader db(demoDir() + u"/sitesafe.db"_s);
    CHECK(db.scalar(u"SELECT count(*) FROM jurisdictions WHERE kind <> 'park'"_s) == 19);
    CHECK(db.scalar(u"SELECT count(*) FROM jurisdictions WHERE code IN ('460100', '460200', '460300', '460400', "
                    "'469001', '469002', '469005', '469006', '469007', '469021', '469022', '469023', '469024', "
                    "'469025', '469026', '469027', '469028', '469029', '469030')"_s) == 19);
    CHECK(db.scalar(u"SELECT count(*) FROM projects"_s) >= 300);
    CHECK(db.scalar(u"SELECT count(DISTINCT status) FROM hazards"_s) == 6);
    CHECK(db.scalar(u"SELECT count(*) FROM hazards WHERE is_supervision_listed = 1"_s) > 0);
    CHECK(db.scalar(u"SELECT count(*) FROM certificates WHERE valid_until < '2026-11-28'"_s) > 0);
    CHECK(db.scalar(u"SELECT count(*) FROM criteria_items WHERE level = 'item' AND code LIKE 'V2024-%'"_s) == 53);
    CHECK(db.scalar(u"SELECT count(*) FROM incidents"_s) > 0);
    CHECK(db.scalar(u"SELECT count(*) FROM danger_events"_s) > 0);
    CHECK(db.scalar(u"SELECT count(*) FROM notice_number_blocks"_s) > 0);
    // No ID-card number in clear anywhere: only masked values.
    CHECK(db.scalar(u"SELECT count(*) FROM people WHERE id_number_masked NOT GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]"
                    "[*][*][*][*][*][*][*][*][0-9][0-9][0-9][0-9X]'"_s) == 0);
    // The demo leaves three local edits waiting to be synced.
    CHECK(db.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'hazards' AND state = 'pending'"_s) == 3);
}

TEST_CASE("check reports a healthy demo store and its counts", "[cli][check]")
{
    const CliRun r = cli({u"check"_s, u"--data-dir"_s, demoDir()});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"Result: OK"_s));
    CHECK(r.out.contains(u"projects"_s));
    CHECK(r.out.contains(u"closed"_s));
}

TEST_CASE("The same seed gives the same dataset, a used folder is refused", "[cli][demo]")
{
    TestDir other;
    const CliRun r
        = cli({u"demo"_s, u"--data-dir"_s, other.path(), u"--seed"_s, u"7"_s, u"--today"_s, u"2026-11-28"_s});
    REQUIRE(r.exitCode == 0);
    const QString query = u"SELECT id, project_id, description, status, effective_deadline FROM hazards "
                          "WHERE server_version IS NOT NULL ORDER BY id"_s;
    QByteArray a, b;
    {
        StoreReader first(demoDir() + u"/sitesafe.db"_s);
        a = first.digest(query);
    }
    {
        StoreReader second(other.path() + u"/sitesafe.db"_s);
        b = second.digest(query);
    }
    CHECK(a == b);

    const CliRun again = cli({u"demo"_s, u"--data-dir"_s, other.path()});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"already holds a dataset"_s));
}

TEST_CASE("An UPDATE made with the sqlite3 shell on the demo store is queued, check stays healthy", "[cli][demo]")
{
    TestDir dir;
    REQUIRE(cli({u"demo"_s, u"--data-dir"_s, dir.path(), u"--seed"_s, u"3"_s}).exitCode == 0);
    const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
    REQUIRE_FALSE(shell.isEmpty());
    QProcess p;
    p.start(shell, {dir.path() + u"/sitesafe.db"_s,
                    u"UPDATE hazards SET location = '5号楼东侧' WHERE seq = (SELECT min(seq) FROM hazards);"_s});
    REQUIRE(p.waitForFinished(10000));
    REQUIRE(p.exitCode() == 0);
    StoreReader db(dir.path() + u"/sitesafe.db"_s);
    CHECK(db.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'hazards' AND op = 'update' AND "
                    "json_extract(fields, '$.location.value') = '5号楼东侧'"_s) == 1);
    CHECK(cli({u"check"_s, u"--data-dir"_s, dir.path()}).exitCode == 0);
}

TEST_CASE("check on a damaged or missing store fails with a clear message", "[cli][check]")
{
    TestDir dir;
    CHECK(cli({u"check"_s, u"--data-dir"_s, dir.path()}).err.contains(u"no data file"_s));
    QFile f(dir.file(u"sitesafe.db"_s));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const CliRun r = cli({u"check"_s, u"--data-dir"_s, dir.path()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"not a SiteSafe data file"_s));
}
