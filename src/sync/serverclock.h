#pragma once

#include <optional>

#include <QDateTime>

namespace sitesafe {

struct HttpResult;

/// The offset of the server's clock to this device's, read from one answer of the server: its `server_time`
/// (/ping and /meta carry one, to the millisecond) or else its Date header (to the second), against the middle
/// of the round trip on the device clock. The error is at most half the round trip (plus a second with Date).
class ServerClock
{
public:
    /// Server minus device, in milliseconds; none when the answer states no time.
    static std::optional<qint64> offsetMs(const HttpResult &answer, const QDateTime &sentAt,
                                          const QDateTime &receivedAt);
    /// The server's time an answer states; invalid when it states none.
    static QDateTime serverTime(const HttpResult &answer);
};

} // namespace sitesafe
