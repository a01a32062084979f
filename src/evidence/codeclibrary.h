#pragma once

#include <QCoreApplication>

#include "codecs/codecapi.h"
#include "core/error.h"

namespace sitesafe {

/// The codec module (src/codecs: exiv2 for EXIF, zxing-cpp for QR codes), loaded the first time a photo's EXIF or
/// a QR code is read or drawn rather than linked: the two libraries cost every start of the client about 1 ms,
/// and most starts use neither. Thread-safe; the module stays loaded.
class CodecLibrary
{
    Q_DECLARE_TR_FUNCTIONS(CodecLibrary)

public:
    struct Functions {
        codecs::ReadExif readExif = nullptr;
        codecs::ReadQr readQr = nullptr;
        codecs::RenderQr renderQr = nullptr;
    };

    /// The module the build made (SITESAFE_CODECS_MODULE), loaded on first use; an error that says what to install
    /// when it cannot be loaded or is not the module this build expects (kept and answered again on every call).
    static Result<const Functions *> load();
    /// The module `fileName`, loaded now (never unloaded); the same errors. load()'s work, and the test of its
    /// errors with a missing or foreign library.
    static Result<Functions> loadFrom(const QString &fileName);
};

} // namespace sitesafe
