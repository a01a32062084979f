#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

namespace sitesafe {

/// Compact JSON written straight into bytes: the bytes QJsonDocument::toJson(Compact) writes for the same values
/// (Qt 6's escaping, UTF-8, integers as integers and other numbers in their shortest form), without building the
/// QJsonObject first. The push encodes every mutation it sends, and the QJsonObject was half of that (issue 13).
namespace CompactJson {

/// Appends `text` as a JSON string, quotes included.
void appendString(QByteArray &out, QStringView text);
/// Appends a null, bool, number or string; false (and nothing appended) for an array, an object or undefined.
bool appendScalar(QByteArray &out, const QJsonValue &value);

} // namespace CompactJson

} // namespace sitesafe
