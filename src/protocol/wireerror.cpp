#include "wireerror.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sitesafe {

QJsonObject WireError::toJson() const
{
    return QJsonObject{{u"error"_s, code}, {u"message"_s, message}};
}

QByteArray WireError::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

WireError WireError::fromBytes(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return WireError{o.value(u"error"_s).toString(), o.value(u"message"_s).toString()};
}

} // namespace sitesafe
