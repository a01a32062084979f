#include "fuzzsupport.h"

#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sitesafe::fuzz {

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

void startQt()
{
    static int argc = 1;
    static char name[] = "sitesafe-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // Qt's own warnings about broken input ("Corrupt JPEG data", …) are expected by the thousand: they would fill
    // the log and slow every input down.
    QLoggingCategory::setFilterRules(u"qt.*=false"_s);
}

QString scratchFolder()
{
    static QTemporaryDir folder(QDir::tempPath() + u"/sitesafe-fuzz-XXXXXX"_s);
    if (!folder.isValid())
        fail("a temporary folder can be made");
    return folder.path();
}

void emptyFolder(const QString &folder)
{
    QDir dir(folder);
    if ((dir.exists() && !dir.removeRecursively()) || !QDir().mkpath(folder))
        fail("the scratch folder can be emptied");
}

void report(const char *what, const QString &outcome)
{
    static const bool isVerbose = qEnvironmentVariableIsSet("SITESAFE_FUZZ_VERBOSE");
    if (isVerbose)
        std::fprintf(stderr, "  %s: %s\n", what, qPrintable(outcome));
}

void fail(const char *invariant)
{
    std::fprintf(stderr, "sitesafe fuzz: invariant broken: %s\n", invariant);
    std::abort();
}

} // namespace sitesafe::fuzz
