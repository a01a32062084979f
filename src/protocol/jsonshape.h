#pragma once

#include <QByteArray>

#include "core/error.h"

namespace sitesafe {

/// Checks the shape of a JSON text before anything parses it: nesting depth and the length of every array
/// (sync-anchors §3 case 25: deeply nested JSON, 100k-entry arrays). A linear scan that understands strings
/// and escapes; it does not validate the grammar (QJsonDocument does that afterwards).
class JsonShape
{
public:
    struct Limits {
        int maxDepth = 16;
        int maxArrayLength = 1000;
    };

    /// ok, or Error{"json_too_deep" | "json_array_too_long", message}.
    static Status check(const QByteArray &json, Limits limits);
};

} // namespace sitesafe
