// Help ▸ Export diagnostics… in the main window ([diagnostics]): the zip is written off the UI thread, the status
// bar names it, and the real unzip lists what support gets.
#include "widgets/diagnosticsexport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>

#include <catch2/catch.hpp>

#include "models/democopy.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

TEST_CASE("Export diagnostics writes the zip in the background and says where", "[widgets][diagnostics]")
{
    DemoCopy copy;
    WindowFixture f(copy.directory());
    DiagnosticsExport *exporter = f.window->diagnosticsExport();
    REQUIRE(exporter);
    QTemporaryDir out;
    const QString zip = out.filePath(u"诊断信息.zip"_s);
    QSignalSpy finished(exporter, &DiagnosticsExport::finished);
    exporter->exportTo(zip);
    CHECK(exporter->isRunning());
    // A second request while one runs is refused with a sentence, not queued.
    exporter->exportTo(out.filePath(u"second.zip"_s));
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(1).toString().contains(u"already running"_s));
    REQUIRE(waitFor([&] { return finished.size() == 2; }, 60000));
    CHECK(finished.at(1).at(0).toString() == zip);
    CHECK(finished.at(1).at(1).toString().isEmpty());
    CHECK_FALSE(exporter->isRunning());
    CHECK(f.window->statusBar()->currentMessage().contains(u"诊断信息.zip"_s));

    const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
    REQUIRE_FALSE(unzip.isEmpty());
    QProcess list;
    list.start(unzip, {u"-Z1"_s, zip});
    REQUIRE(list.waitForFinished(30000));
    REQUIRE(list.exitCode() == 0);
    const QStringList names = QString::fromUtf8(list.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    CHECK(names.contains(u"versions.txt"_s));
    CHECK(names.contains(u"database.txt"_s));

    // A folder that cannot take the file: the error says which file and what to do.
    const QString blocked = out.filePath(u"no-such-folder/d.zip"_s);
    exporter->exportTo(blocked);
    REQUIRE(waitFor([&] { return finished.size() == 3; }, 60000));
    CHECK(finished.at(2).at(1).toString().contains(u"no-such-folder"_s));
}
