// The log file for support (LogFile) and what it never holds (LogScrubber): [diagnostics].
#include "core/logfile.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include "core/logscrubber.h"
#include "support/tempdir.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

TEST_CASE(
    "Log lines lose Chinese text, ID-card and mobile numbers, tokens and passwords, and keep the rest", "[diagnostics]")
{
    using LogScrubber::scrub;
    CHECK(scrub(u"could not save hazard 脚手架连墙件缺失 for 李强志"_s) == u"could not save hazard ‹…› for ‹…›"_s);
    CHECK(scrub(u"person 460100199001011234 rejected"_s) == u"person 460100********1234 rejected"_s);
    CHECK(scrub(u"phone 13876543210."_s) == u"phone 138****3210."_s);
    CHECK(scrub(u"Authorization: Bearer kq3V9xTz0mB7yP2cL5nR8wF1hJ4dS6gA0eU3iO9tZxY"_s)
        == u"Authorization: [redacted]"_s);
    CHECK(scrub(u"{\"refresh_token\":\"abc.def\",\"user\":\"sheng\"}"_s)
        == u"{\"refresh_token\":\"[redacted]\",\"user\":\"sheng\"}"_s);
    CHECK(scrub(u"password=hunter2 next"_s) == u"password=[redacted] next"_s);
    CHECK(scrub(u"id eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln end"_s) == u"id [redacted] end"_s);
    CHECK(scrub(u"blob 3f786850e387550fdab836ed7e6dc881de23001b3f786850e387550fdab836ed"_s) == u"blob [redacted]"_s);
    // What support needs stays: ids, paths, counts, codes, times.
    const QString kept = u"2026-12-07T01:02:03.004Z hazard 01930000-0000-7000-8000-000000000001 in "
                         "/home/inspector/.local/share/SiteSafe/sitesafe.db: sync.http_status 503, 12 rows"_s;
    CHECK(scrub(kept) == kept);
}

TEST_CASE("The log file rotates by size and keeps five files, newest lines in sitesafe.log", "[diagnostics]")
{
    TestDir folder;
    constexpr qint64 kMax = 4096;
    REQUIRE(LogFile::install(folder.path(), kMax));
    for (int i = 0; i < 400; ++i)
        qInfo("line %04d of the rotation test, padded to about a hundred bytes ..............................", i);
    LogFile::uninstall();
    qInfo("after uninstall: not in the file");

    const QStringList files = LogFile::files(folder.path());
    CHECK(files
        == QStringList {
            u"sitesafe.log"_s, u"sitesafe.log.1"_s, u"sitesafe.log.2"_s, u"sitesafe.log.3"_s, u"sitesafe.log.4"_s});
    QByteArray all;
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        QFile f(QDir(LogFile::folderOf(folder.path())).filePath(*it));
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.size() <= kMax + 200); // a file is rotated after the line that reaches the limit
        all += f.readAll();
    }
    CHECK(all.contains("line 0399"));
    CHECK_FALSE(all.contains("line 0000")); // rotated away: the folder stays bounded
    CHECK_FALSE(all.contains("after uninstall"));
    // The kept lines are the newest, in order, each once.
    const qsizetype first = all.indexOf("line 03");
    REQUIRE(first >= 0);
    CHECK(all.indexOf("line 0399") > all.indexOf("line 0398"));
    CHECK(all.count("line 0398") == 1);
    CHECK(all.contains(" info line 0399 of the rotation test"));
}
