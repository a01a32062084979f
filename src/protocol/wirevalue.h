#pragma once

#include <QJsonValue>
#include <QVariant>

namespace sitesafe {

/// The one conversion between wire values (JSON scalars) and database values, used by the client (SQLite) and
/// the server (SQLite | PostgreSQL) alike, so both store, hash and compare a value the same way.
/// Rules: null is a typed NULL; booleans are stored as 0/1; a JSON number is an integer when it is whole and
/// its magnitude is below 2^53 (every such integer is exact in a JSON double), otherwise a real; strings stay
/// text even when they look numeric. Bytes never travel: a byte array read from the database is UTF-8 text.
class WireValue
{
public:
    /// Largest magnitude (exclusive) stored as an integer: 2^53, the first integer a double cannot tell from
    /// its neighbour.
    static constexpr double IntegerLimit = 9007199254740992.0;

    /// For binding: null stays a typed NULL, whole numbers below 2^53 become integers, other numbers reals.
    static QVariant variant(const QJsonValue &value);
    /// A stored column value as it travels on the wire.
    static QJsonValue json(const QVariant &value);
    /// For the text columns of `conflicts`: the value as people read it (numbers in their shortest exact form,
    /// booleans 0/1), a typed NULL for null.
    static QVariant text(const QJsonValue &value);
    /// The compare of per-field compare-and-set: null equals only null; numbers and booleans compare
    /// numerically (1 == 1.0 == true); otherwise the text forms compare.
    static bool same(const QJsonValue &a, const QJsonValue &b);
};

} // namespace sitesafe
