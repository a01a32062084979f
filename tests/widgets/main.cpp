// Catch2 main for tests_widgets: a QApplication on the offscreen platform unless the caller chose one
// (reference/codebase-anchors.md §4.4). Set here, not through CTest, because catch_discover_tests runs the
// program at build time without the test properties' environment.
#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SiteSafeTests"));
    QApplication::setApplicationName(QStringLiteral("tests_widgets"));
    return Catch::Session().run(argc, argv);
}
