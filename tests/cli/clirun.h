#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

/// What one run of the real sitesafe-cli gave back.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the sitesafe-cli of this build with `args` and waits for it (a test fails if it hangs or crashes).
inline CliRun cli(const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(QStringLiteral(SITESAFE_CLI), args);
    REQUIRE(p.waitForFinished(timeoutMs));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
