#include "chartlibrary.h"

#include "core/modulelibrary.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<ChartLibrary::Functions> ChartLibrary::loadFrom(const QString &fileName)
{
    auto loaded = ModuleLibrary::load(fileName, charts::kApiVersionName, charts::kApiVersion,
                                      {charts::kCreateCanvasName});
    if (!loaded && loaded.error().code == QLatin1String(ModuleLibrary::kNotLoaded))
        return Error{u"widgets.charts"_s,
                     tr("The dashboard's charts need SiteSafe's module %1 and Qt Charts (Debian package "
                        "libqt6charts6), but it could not be loaded: %2. Install it (sudo apt install libqt6charts6), "
                        "or reinstall SiteSafe.")
                         .arg(fileName, loaded.error().message)};
    if (!loaded)
        return Error{u"widgets.charts"_s,
                     tr("The module %1 is not the one this SiteSafe was built with. Reinstall SiteSafe.")
                         .arg(fileName)};
    return Functions{reinterpret_cast<charts::CreateCanvas>(loaded.value().at(0))};
}

Result<ChartLibrary::Functions> ChartLibrary::load()
{
    static const Result<Functions> configured = loadFrom(QStringLiteral(SITESAFE_CHARTS_MODULE));
    return configured;
}

} // namespace sitesafe
