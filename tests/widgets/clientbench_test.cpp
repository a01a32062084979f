// The measuring parts of the client benchmarks (bench/, `make bench-client`) can fail: the stall watchdog sees a
// UI thread blocked on purpose, and both programs of the start-up benchmark print their "interactive" line.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

#include "models/demofixture.h"
#include "stallwatchdog.h"
#include "support/tempdir.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe::test;

namespace {
/// The program's "interactive <ns>" value from its stderr, or -1 if it did not say it within 20 s.
qint64 interactiveLine(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"SITESAFE_REPORT_INTERACTIVE"_s, u"1"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home);
    environment.remove(u"SITESAFE_PASSWORD"_s);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    QByteArray seen;
    QElapsedTimer t;
    t.start();
    qint64 value = -1;
    while (value < 0 && t.elapsed() < 20000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        seen += process.readAllStandardError();
        const qsizetype at = seen.indexOf("interactive ");
        if (at >= 0 && seen.indexOf('\n', at) > at)
            value = seen.mid(at + 12, seen.indexOf('\n', at) - at - 12).toLongLong();
    }
    process.kill();
    process.waitForFinished();
    INFO(seen.toStdString());
    CHECK(value > 0);
    return value;
}
} // namespace

TEST_CASE("The stall watchdog reports a UI thread blocked for 120 ms", "[widgets][clientbench]")
{
    StallWatchdog watchdog;
    watchdog.start();
    QTimer::singleShot(50, [] { QThread::msleep(120); });
    REQUIRE(waitFor([&watchdog] { return watchdog.longestMs() > 0 && !watchdog.stalls().isEmpty(); }, 5000));
    QTest::qWait(50);
    watchdog.stop();
    CHECK(watchdog.longestMs() >= 100);
    CHECK(watchdog.longestMs() < 1000);
    CHECK(watchdog.countOver(50) == 1);
}

TEST_CASE("The start-up probe says when the client and the bare window are interactive", "[widgets][clientbench]")
{
    TestDir dir;
    // A copy of the demo store: the client may write to the folder it opens.
    REQUIRE(QDir().mkpath(dir.file(u"store"_s)));
    REQUIRE(QFile::copy(DemoFixture::databasePath(), dir.file(u"store/sitesafe.db"_s)));
    interactiveLine(QStringLiteral(SITESAFE_BARE_WINDOW), {}, dir.file(u"config"_s));
    interactiveLine(QStringLiteral(SITESAFE_APP),
                    {u"--data-dir"_s, dir.file(u"store"_s), u"--today"_s, DemoFixture::today().toString(Qt::ISODate)},
                    dir.file(u"config"_s));
}
