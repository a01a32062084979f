#pragma once

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>

/// libFuzzer's entry points, defined by every tests/fuzz/*_fuzz.cpp: called by libFuzzer in the fuzz build and by
/// fuzzreplay.cpp (the corpus as a ctest test) in the dev build.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace sitesafe::fuzz {

/// The input as bytes, without a copy: valid during LLVMFuzzerTestOneInput only.
QByteArray bytesOf(const uint8_t *data, size_t size);
/// The process's QCoreApplication (tr(), plugins, temporary files), made once; libFuzzer's arguments are not
/// given to Qt. Qt's own logging categories (qt.*) are silenced.
void startQt();
/// A folder for this process's files (stores, imported files), removed at exit.
QString scratchFolder();
/// Makes `folder` an empty folder (removing what an earlier input left there).
void emptyFolder(const QString &folder);
/// With SITESAFE_FUZZ_VERBOSE set (checking what seeds reach): prints `what` and `outcome` on stderr.
void report(const char *what, const QString &outcome);
/// A broken invariant: says which on stderr and aborts, so libFuzzer keeps the input as a crash.
[[noreturn]] void fail(const char *invariant);

} // namespace sitesafe::fuzz
