#include "modulelibrary.h"

#include <QLibrary>

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<QList<QFunctionPointer>> ModuleLibrary::load(const QString &fileName, const char *versionName, int version,
                                                    std::initializer_list<const char *> names)
{
    // Never unloaded: QLibrary's destructor leaves the library mapped, and what it made outlives this call.
    QLibrary library(fileName);
    if (!library.load())
        return Error{QString::fromLatin1(kNotLoaded), library.errorString()};
    using Version = int (*)();
    const auto answer = reinterpret_cast<Version>(library.resolve(versionName));
    if (!answer)
        return Error{QString::fromLatin1(kForeign), u"no %1"_s.arg(QString::fromLatin1(versionName))};
    if (const int found = answer(); found != version)
        return Error{QString::fromLatin1(kForeign), u"version %1, expected %2"_s.arg(found).arg(version)};
    QList<QFunctionPointer> functions;
    for (const char *name : names) {
        const QFunctionPointer function = library.resolve(name);
        if (!function)
            return Error{QString::fromLatin1(kForeign), u"no %1"_s.arg(QString::fromLatin1(name))};
        functions << function;
    }
    return functions;
}

} // namespace sitesafe
