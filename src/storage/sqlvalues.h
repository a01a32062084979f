#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include "core/timetrust.h"

namespace sitesafe::SqlValues {

/// NULL for an empty string, the text otherwise.
QVariant text(const QString &value);
/// NULL for an invalid date, ISO "yyyy-MM-dd" otherwise.
QVariant date(QDate value);
/// NULL for an invalid time, UTC ISO-8601 with milliseconds otherwise.
QVariant time(const QDateTime &value);
QVariant boolean(bool value);
/// Whether a value read from SQLite equals one about to be written: numbers by value (20000 and 20000.0 are one
/// value, as in the content hash), texts by their characters, NULL only as NULL. Anything else is a difference.
bool isSame(const QVariant &stored, const QVariant &value);
/// NULL when the device never learnt its offset to the server clock, the offset in ms otherwise.
QVariant offset(const TimeTrust &trust);
TimeTrust toTimeTrust(const QVariant &offsetMs, const QVariant &isDoubtful);
QString jsonArray(const QStringList &values);
QStringList fromJsonArray(const QString &json);
QDate toDate(const QVariant &value);
QDateTime toTime(const QVariant &value);

} // namespace sitesafe::SqlValues
