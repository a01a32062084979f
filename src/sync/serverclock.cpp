#include "serverclock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/clock.h"
#include "httpsclient.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QDateTime ServerClock::serverTime(const HttpResult &answer)
{
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    if (const QDateTime stated = Timestamp::fromText(body.value(u"server_time"_s).toString()); stated.isValid())
        return stated;
    // RFC 9110 IMF-fixdate ("Sat, 05 Dec 2026 14:44:55 GMT"), which Qt reads as RFC 2822.
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(answer.headers.value("date")), Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime();
}

std::optional<qint64> ServerClock::offsetMs(const HttpResult &answer, const QDateTime &sentAt,
                                            const QDateTime &receivedAt)
{
    const QDateTime server = serverTime(answer);
    if (!server.isValid() || !sentAt.isValid() || !receivedAt.isValid())
        return std::nullopt;
    const QDateTime middle = sentAt.addMSecs(sentAt.msecsTo(receivedAt) / 2);
    return middle.msecsTo(server);
}

} // namespace sitesafe
