#include "codeclibrary.h"

#include "core/modulelibrary.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<CodecLibrary::Functions> CodecLibrary::loadFrom(const QString &fileName)
{
    auto loaded = ModuleLibrary::load(fileName, codecs::kApiVersionName, codecs::kApiVersion,
                                      {codecs::kReadExifName, codecs::kReadQrName, codecs::kRenderQrName});
    if (!loaded && loaded.error().code == QLatin1String(ModuleLibrary::kNotLoaded))
        return Error{u"evidence.codecs"_s,
                     tr("Reading photo times and QR codes needs SiteSafe's module %1 and the libraries it uses, "
                        "exiv2 and zxing-cpp (Debian packages libexiv2-27 and libzxing2), but it could not be "
                        "loaded: %2. Install them (sudo apt install libexiv2-27 libzxing2), or reinstall SiteSafe.")
                         .arg(fileName, loaded.error().message)};
    if (!loaded)
        return Error{u"evidence.codecs"_s,
                     tr("The module %1 is not the one this SiteSafe was built with. Reinstall SiteSafe.")
                         .arg(fileName)};
    Functions f;
    f.readExif = reinterpret_cast<codecs::ReadExif>(loaded.value().at(0));
    f.readQr = reinterpret_cast<codecs::ReadQr>(loaded.value().at(1));
    f.renderQr = reinterpret_cast<codecs::RenderQr>(loaded.value().at(2));
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
