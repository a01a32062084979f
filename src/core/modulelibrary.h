#pragma once

#include <initializer_list>

#include <QList>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// One of SiteSafe's own modules (src/codecs, src/widgets/charts): a shared library of entry points under C names,
/// with a function that answers its API version, loaded with QLibrary on first use instead of linked (CodecLibrary,
/// ChartLibrary). Loaded modules are never unloaded. The callers turn the two failures into their own sentences.
class ModuleLibrary
{
public:
    /// Error codes of load(): the file could not be loaded (the message is the loader's, e.g. a missing library
    /// the module needs), or it is not the module of this API version (the message names what is wrong).
    static constexpr char kNotLoaded[] = "module.not_loaded";
    static constexpr char kForeign[] = "module.foreign";

    /// Loads `fileName`, checks that `versionName` answers `version`, and resolves `names` in order.
    static Result<QList<QFunctionPointer>> load(const QString &fileName, const char *versionName, int version,
                                                std::initializer_list<const char *> names);
};

} // namespace sitesafe
