#pragma once

#include <QCoreApplication>

#include "core/error.h"
#include "widgets/charts/chartapi.h"

namespace sitesafe {

/// The chart module (src/widgets/charts: the dashboard's charts with Qt Charts), loaded when the dashboard is first
/// opened rather than linked: Qt Charts and the OpenGL libraries it pulls in cost every start of the client about
/// 1 ms, and most starts never show a chart. UI thread only; the module stays loaded.
class ChartLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ChartLibrary)

public:
    struct Functions {
        charts::CreateCanvas createCanvas = nullptr;
    };

    /// The entry point of the module the build made (SITESAFE_CHARTS_MODULE), loaded on first use; an error that
    /// says what to install when it cannot be loaded or is not the module this build expects (kept and answered
    /// again on every call).
    static Result<Functions> load();
    /// The module `fileName`, loaded now (never unloaded); the same errors. load()'s work, and the test of its
    /// errors with a missing or foreign library.
    static Result<Functions> loadFrom(const QString &fileName);
};

} // namespace sitesafe
