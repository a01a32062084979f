#pragma once

#include <QJsonValue>
#include <QVariant>

namespace sitesafe {

/// Converts wire values (JSON scalars; booleans travel as 0/1) to and from what SQLite stores on the client.
class WireValue
{
public:
    /// For binding: null stays a typed NULL, integral numbers become integers, other numbers reals.
    static QVariant variant(const QJsonValue &value);
    /// For the text columns of `conflicts`: the value as people read it, NULL for null.
    static QVariant text(const QJsonValue &value);
    /// A stored column value as it travels on the wire.
    static QJsonValue json(const QVariant &value);
};

} // namespace sitesafe
