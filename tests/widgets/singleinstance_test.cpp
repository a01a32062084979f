// One running client per data folder ([widgets][instance]), with two real client processes on the offscreen
// platform: the second start on the same folder brings the first window to the front and exits; the first one goes
// on, and its log says it was asked.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include "models/democopy.h"
#include "session/folderinstancechannel.h"
#include "support/tempdir.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
void startClient(QProcess &process, const QString &folder, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home);
    environment.remove(u"SITESAFE_PASSWORD"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SITESAFE_APP),
        {u"--data-dir"_s, folder, u"--today"_s, DemoFixture::today().toString(Qt::ISODate)});
}

qsizetype linesSaying(const QString &log, const QByteArray &text)
{
    QFile file(log);
    return file.open(QIODevice::ReadOnly) ? file.readAll().count(text) : 0;
}
} // namespace

TEST_CASE(
    "A second start on the same data folder brings the first window to the front and exits", "[widgets][instance]")
{
    DemoCopy copy;
    TestDir home;
    QProcess first;
    startClient(first, copy.directory(), home.path());
    // The first client is up once its folder's channel answers (bounded: 30 s).
    QElapsedTimer waited;
    waited.start();
    bool isAnswering = false;
    while (!isAnswering && waited.elapsed() < 30000 && first.state() != QProcess::NotRunning)
        isAnswering = FolderInstanceChannel::activateRunning(copy.directory(), 200) || !first.waitForFinished(100);
    INFO(first.readAllStandardError().toStdString());
    REQUIRE(isAnswering);
    REQUIRE(first.state() == QProcess::Running);
    const QString log = copy.directory() + u"/logs/sitesafe.log"_s;
    const QByteArray asked = "a second start on this data folder brought the window to the front";
    const qsizetype before = linesSaying(log, asked);

    QProcess second;
    startClient(second, copy.directory(), home.path());
    REQUIRE(second.waitForFinished(30000));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(QString::fromUtf8(second.readAllStandardError()).contains(u"already open"_s));
    // The first client answered, logged it, and still runs.
    CHECK(linesSaying(log, asked) == before + 1);
    CHECK(first.state() == QProcess::Running);
    CHECK(linesSaying(log, "started (Qt") == 1); // the second start never opened the folder
    first.kill();
    first.waitForFinished();
}
