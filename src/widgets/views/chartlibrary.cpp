#include "chartlibrary.h"

#include <QLibrary>

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<ChartLibrary::Functions> ChartLibrary::loadFrom(const QString &fileName)
{
    // Never unloaded: QLibrary's destructor leaves the library mapped, and the charts it made outlive this call.
    QLibrary library(fileName);
    if (!library.load())
        return Error{u"widgets.charts"_s,
                     tr("The dashboard's charts need SiteSafe's module %1 and Qt Charts (Debian package "
                        "libqt6charts6), but it could not be loaded: %2. Install it (sudo apt install libqt6charts6), "
                        "or reinstall SiteSafe.")
                         .arg(fileName, library.errorString())};
    const auto version = reinterpret_cast<charts::ApiVersion>(library.resolve(charts::kApiVersionName));
    Functions f;
    f.createCanvas = reinterpret_cast<charts::CreateCanvas>(library.resolve(charts::kCreateCanvasName));
    if (!version || !f.createCanvas || version() != charts::kApiVersion)
        return Error{u"widgets.charts"_s,
                     tr("The module %1 is not the one this SiteSafe was built with. Reinstall SiteSafe.")
                         .arg(library.fileName())};
    return f;
}

Result<ChartLibrary::Functions> ChartLibrary::load()
{
    static const Result<Functions> configured = loadFrom(QStringLiteral(SITESAFE_CHARTS_MODULE));
    return configured;
}

} // namespace sitesafe
