// Catch2 main for test programs that draw (QPainter text, fonts, image renditions) without showing a window: a
// QGuiApplication on the offscreen platform, so they run on a machine without a display.
#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
