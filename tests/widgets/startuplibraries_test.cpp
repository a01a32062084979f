// The libraries of rarely used features are loaded when the feature is first used, not at start-up
// (docs/architecture.md, "Libraries loaded on first use"): exiv2 and zxing-cpp in the codec module, Qt Charts in the
// chart module. The client is started for real (its link line is what counts) and the dynamic loader lists what
// it loads; then the modules are loaded in this process and draw a chart.
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include "models/demofixture.h"
#include "support/tempdir.h"
#include "widgets/views/chartlibrary.h"
#include "widgets/views/dashboardchartview.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
const QStringList kLoadedLater{u"libexiv2"_s, u"libZXing"_s, u"libQt6Charts"_s, u"libQt6OpenGL"_s,
                               u"libsitesafe-codecs"_s, u"libsitesafe-charts"_s};

/// The files mapped into this process.
QString mappedFiles()
{
    QFile maps(u"/proc/self/maps"_s);
    REQUIRE(maps.open(QIODevice::ReadOnly));
    return QString::fromUtf8(maps.readAll());
}
} // namespace

TEST_CASE("The client shows its window without loading exiv2, zxing-cpp or Qt Charts", "[widgets][app][startup]")
{
    TestDir home;
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home.file(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.file(u"data"_s));
    environment.insert(u"LD_DEBUG"_s, u"files"_s); // glibc's loader names every object it loads on stderr
    environment.remove(u"SITESAFE_PASSWORD"_s);
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(SITESAFE_APP), {u"--data-dir"_s, DemoFixture::directory(), u"--today"_s,
                                             DemoFixture::today().toString(Qt::ISODate), u"--close-after-shown"_s});
    REQUIRE(app.waitForFinished(60000));
    const QString output = QString::fromUtf8(app.readAllStandardOutput());
    const QString loaded = QString::fromUtf8(app.readAllStandardError());
    INFO(output.toStdString());
    CHECK(app.exitCode() == 0);
    REQUIRE(output.contains(u"shown-after-ms"_s));
    REQUIRE(loaded.contains(u"file=libQt6Widgets.so"_s)); // the loader's list is there
    for (const QString &library : kLoadedLater) {
        INFO(library.toStdString());
        CHECK_FALSE(loaded.contains(library));
    }
}

TEST_CASE("The chart module is loaded with the first chart and draws it", "[widgets][charts][startup]")
{
    DashboardChartView view(u"testChart"_s);
    REQUIRE(view.canvas());
    CHECK(mappedFiles().contains(u"libsitesafe-charts.so"_s));
    CHECK(mappedFiles().contains(u"libQt6Charts.so"_s));
    view.setBars(u"Hazards by place"_s, {u"Haikou"_s, u"Sanya"_s}, {{u"Open"_s, {3, 5}, QColor(Qt::red)}}, false);
    CHECK(view.title() == u"Hazards by place"_s);
    CHECK(view.pointCount() == 2);
}

TEST_CASE("A missing or foreign chart module is an error that says what to install", "[widgets][charts]")
{
    TestDir dir;
    auto missing = ChartLibrary::loadFrom(dir.file(u"libsitesafe-charts.so"_s));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == u"widgets.charts"_s);
    CHECK(missing.error().message.contains(u"libqt6charts6"_s));
    CHECK(missing.error().message.contains(dir.file(u"libsitesafe-charts.so"_s)));

    auto foreign = ChartLibrary::loadFrom(u"libz.so.1"_s);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().message.contains(u"not the one this SiteSafe was built with"_s));
}
