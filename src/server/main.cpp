// sitesafe-server: the provincial reference sync server. Argument parsing and wiring live in the library.
#include <cstdio>

#include <QCoreApplication>
#include <QTextStream>

#include "server/servercommands.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sitesafe-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return sitesafe::ServerCommands::run(QCoreApplication::arguments(), out, err);
}
