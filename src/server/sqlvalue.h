#pragma once

#include <QJsonValue>
#include <QVariant>

namespace sitesafe {

/// Conversions between wire values (JSON scalars) and database values, the same for SQLite and PostgreSQL:
/// booleans are stored as 0/1, whole numbers as integers, everything else as text or double.
namespace SqlValue {
QVariant fromJson(const QJsonValue &value);
QJsonValue toJson(const QVariant &value);
/// The compare of per-field compare-and-set: null equals only null; numbers compare numerically (1 == 1.0);
/// otherwise the text forms compare.
bool same(const QJsonValue &a, const QJsonValue &b);
/// Text form for the conflicts table.
QString toText(const QJsonValue &value);
} // namespace SqlValue

} // namespace sitesafe
