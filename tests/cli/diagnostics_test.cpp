// Issue 14, [diagnostics]: 导出诊断信息 (`sitesafe-cli diagnostics`, the client's Help ▸ Export diagnostics…) on a
// real demo data folder whose log holds careless lines with a hazard's text, people's names, an ID-card number, a
// mobile number and tokens. The zip, unpacked with the real unzip, holds the versions, the database's counts and
// the log, and a grep for every hazard text, location, project, enterprise and person name of the store, the
// tokens and the full numbers finds nothing.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include "clirun.h"
#include "core/logfile.h"
#include "storereader.h"
#include "support/tempdir.h"

using namespace Qt::StringLiterals;

namespace {
/// Every distinct value of `sql`'s first column of two characters or more, read from the store at `path`.
QStringList values(const QString &path, const QString &sql)
{
    QStringList out;
    for (const QString &v : StoreReader(path).values(sql))
        if (v.trimmed().size() >= 2)
            out << v.trimmed();
    out.removeDuplicates();
    return out;
}

QString tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    INFO(name.toStdString() << " is needed (scripts/install-deps.sh installs it)");
    REQUIRE_FALSE(path.isEmpty());
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
} // namespace

TEST_CASE("The diagnostics zip holds versions, counts and the log, and no hazard text, no name and no token",
    "[cli][diagnostics]")
{
    TestDir folder;
    REQUIRE(
        cli({u"demo"_s, u"--data-dir"_s, folder.path(), u"--seed"_s, u"9"_s, u"--today"_s, u"2026-10-31"_s}).exitCode
        == 0);
    const QString database = folder.file(u"sitesafe.db"_s);
    const QStringList descriptions = values(database, u"SELECT description FROM hazards"_s);
    const QStringList people = values(database,
        u"SELECT name FROM people UNION SELECT found_by FROM hazards "
        "UNION SELECT responsible_person FROM hazards"_s);
    REQUIRE(descriptions.size() > 50);
    REQUIRE(people.size() > 10);

    // The program's log, with what a careless message would put there.
    const QString token = u"kq3V9xTz0mB7yP2cL5nR8wF1hJ4dS6gA0eU3iO9tZxY"_s; // 43 characters: a base64url token
    const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzaGVuZyJ9.c2lnbmF0dXJlLXBhcnQ"_s;
    REQUIRE(sitesafe::LogFile::install(folder.path()));
    qWarning() << "could not save hazard" << descriptions.first() << "for" << people.first();
    qWarning("request failed: Authorization: Bearer %s", qPrintable(token));
    qWarning("token refresh answered {\"access_token\":\"%s\",\"refresh_token\":\"%s\"}", qPrintable(jwt),
        qPrintable(token));
    qWarning("person 460100199001011234 phone 13876543210 rejected");
    qInfo("sync finished: 3 applied, 0 conflicts, 0 rejected, 120 rows pulled, 0 still pending");
    sitesafe::LogFile::uninstall();
    const QByteArray log = readFile(folder.file(u"logs/sitesafe.log"_s));
    CHECK(log.contains("sync finished: 3 applied"));
    CHECK_FALSE(log.contains(descriptions.first().toUtf8())); // scrubbed as it was written
    CHECK_FALSE(log.contains(token.toUtf8()));

    const QString zip = folder.file(u"support.zip"_s);
    const CliRun run = cli({u"diagnostics"_s, u"--data-dir"_s, folder.path(), u"--out"_s, zip});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"versions.txt, database.txt, logs/sitesafe.log"_s));

    // The real unzip reads it whole (CRCs checked) and unpacks it.
    QProcess check;
    check.start(tool(u"unzip"_s), {u"-t"_s, zip});
    REQUIRE(check.waitForFinished(60000));
    INFO(check.readAll().toStdString());
    REQUIRE(check.exitCode() == 0);
    TestDir unpacked;
    QProcess unzip;
    unzip.start(tool(u"unzip"_s), {u"-q"_s, zip, u"-d"_s, unpacked.path()});
    REQUIRE(unzip.waitForFinished(60000));
    REQUIRE(unzip.exitCode() == 0);

    // What support needs: the versions, every table's count as the store has it, the log line.
    const QString versions = QString::fromUtf8(readFile(unpacked.file(u"versions.txt"_s)));
    CHECK(versions.contains(u"SiteSafe\t"_s));
    CHECK(versions.contains(u"OpenSSL\t"_s));
    CHECK(versions.contains(u"Device id\t"_s));
    const QString stats = QString::fromUtf8(readFile(unpacked.file(u"database.txt"_s)));
    CHECK(stats.contains(u"quick_check\tok"_s));
    const QStringList hazardCount = values(database, u"SELECT count(*) FROM hazards"_s);
    REQUIRE(hazardCount.size() == 1);
    CHECK(stats.contains(u"  hazards\t"_s + hazardCount.first() + u'\n'));
    CHECK(readFile(unpacked.file(u"logs/sitesafe.log"_s)).contains("sync finished: 3 applied"));

    // What it must not hold: one grep over every unpacked file for every text and name of the store, the tokens
    // and the full numbers (exit code 1: no line matched).
    QStringList forbidden = descriptions + people;
    forbidden += values(database,
        u"SELECT location FROM hazards UNION SELECT name FROM projects "
        "UNION SELECT name FROM enterprises"_s);
    forbidden << token << jwt << u"460100199001011234"_s << u"13876543210"_s;
    const QString patterns = folder.file(u"forbidden.txt"_s);
    {
        QFile f(patterns);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(forbidden.join(u'\n').toUtf8() + '\n');
    }
    QProcess grep;
    grep.start(tool(u"grep"_s), {u"-rF"_s, u"-f"_s, patterns, unpacked.path()});
    REQUIRE(grep.waitForFinished(60000));
    const QString found = QString::fromUtf8(grep.readAllStandardOutput());
    INFO("found: " << found.left(2000).toStdString());
    CHECK(grep.exitCode() == 1);
    CHECK(found.isEmpty());
}
