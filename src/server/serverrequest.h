#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace sitesafe {

/// A request as our handlers see it: a plain value copied out of QHttpServerRequest on the listening thread,
/// so worker threads own it and the handlers do not depend on QHttpServer's API (which changed in 6.5 and 6.8).
struct ServerRequest {
    QString method; ///< "GET", "POST", …
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;
    QStringList pathArguments; ///< values of the route's {placeholders}, in order

    /// The value of a header, compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

} // namespace sitesafe
