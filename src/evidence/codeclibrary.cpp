#include "codeclibrary.h"

#include <QLibrary>

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<CodecLibrary::Functions> CodecLibrary::loadFrom(const QString &fileName)
{
    // Never unloaded: QLibrary's destructor leaves the library mapped, and the functions outlive this call.
    QLibrary library(fileName);
    if (!library.load())
        return Error{u"evidence.codecs"_s,
                     tr("Reading photo times and QR codes needs SiteSafe's module %1 and the libraries it uses, "
                        "exiv2 and zxing-cpp (Debian packages libexiv2-27 and libzxing2), but it could not be "
                        "loaded: %2. Install them (sudo apt install libexiv2-27 libzxing2), or reinstall SiteSafe.")
                         .arg(fileName, library.errorString())};
    const auto version = reinterpret_cast<codecs::ApiVersion>(library.resolve(codecs::kApiVersionName));
    Functions f;
    f.readExif = reinterpret_cast<codecs::ReadExif>(library.resolve(codecs::kReadExifName));
    f.readQr = reinterpret_cast<codecs::ReadQr>(library.resolve(codecs::kReadQrName));
    f.renderQr = reinterpret_cast<codecs::RenderQr>(library.resolve(codecs::kRenderQrName));
    if (!version || !f.readExif || !f.readQr || !f.renderQr || version() != codecs::kApiVersion)
        return Error{u"evidence.codecs"_s,
                     tr("The module %1 is not the one this SiteSafe was built with. Reinstall SiteSafe.")
                         .arg(library.fileName())};
    return f;
}

Result<const CodecLibrary::Functions *> CodecLibrary::load()
{
    // Loaded once, by the first thread that needs it; a failure is kept and reported each time.
    static const Result<Functions> configured = loadFrom(QStringLiteral(SITESAFE_CODECS_MODULE));
    if (!configured)
        return configured.error();
    return &configured.value();
}

} // namespace sitesafe
