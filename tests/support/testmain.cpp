// Catch2 main for the non-GUI test programs: a QCoreApplication so Qt's event loop, resources and
// translations work inside tests (reference/codebase-anchors.md §4.4).
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
