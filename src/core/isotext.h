#pragma once

#include <optional>

#include <QDate>
#include <QStringView>

namespace sitesafe::IsoText {

/// The pieces of a time written by hand in the fixed ISO forms of stored times (Timestamp::toText, list dates):
/// QDateTime's formatter was 3 % of the server's push CPU and, with its parser, a visible part of a list window.

/// A moment `ms` milliseconds after the epoch, in a time scale without offsets: its date and the milliseconds into it.
struct Civil {
    QDate date;
    qint64 msOfDay = 0;
};
Civil civil(qint64 ms);

/// "YYYY-MM-DDTHH:MM:SS[.mmm]Z", what Timestamp::toText writes, as milliseconds since the epoch; nullopt for any
/// other text (the caller then lets QDateTime parse it).
std::optional<qint64> parseUtc(QStringView text);

/// Writes `value` as exactly `width` decimal digits at text[at].
void putDigits(char16_t *text, int at, int value, int width);

} // namespace sitesafe::IsoText
