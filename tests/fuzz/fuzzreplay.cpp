// Replays a corpus folder through one fuzz target (tests/fuzz/*_fuzz.cpp) without libFuzzer: the dev build's
// ctest test (label fuzz-replay) that keeps every input a fuzzer found, crashes included, as a regression test.
#include <cstdio>

#include <QDir>
#include <QFile>

#include "fuzzsupport.h"

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_FOLDER\n", argv[0]);
        return 2;
    }
    LLVMFuzzerInitialize(&argc, &argv);
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    const QStringList names = folder.entryList(QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        std::fprintf(stderr, "%s: no inputs in %s\n", argv[0], argv[1]);
        return 1; // a wrong folder must not pass with nothing run
    }
    for (const QString &name : names) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot read %s\n", argv[0], qPrintable(file.fileName()));
            return 1;
        }
        const QByteArray input = file.readAll();
        std::printf("%s\n", qPrintable(name));
        std::fflush(stdout); // the input that crashes is the last one named
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
    std::printf("%lld inputs replayed\n", static_cast<long long>(names.size()));
    return 0;
}
