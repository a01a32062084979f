#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace sitesafe {

/// A response as our handlers produce it; HttpFrontend turns it into whatever the Qt version needs.
struct HttpResponse {
    int status = 200;
    QByteArray mimeType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    /// A body that is JSON already (written with CompactJson).
    static HttpResponse json(QByteArray body, int status = 200);
    /// The JSON error body {"error": code, "message": text}.
    static HttpResponse error(int status, const QString &code, const QString &message);
    static HttpResponse empty(int status);

    /// Compresses the body (Content-Encoding: deflate, the zlib format) when `acceptEncoding` (the request's
    /// Accept-Encoding) accepts deflate and the body is worth it. Pull pages repeat the same keys in every row:
    /// about a fifth of the bytes on the wire, which is what a weak 4G link on a site pays for.
    void deflateFor(QByteArrayView acceptEncoding);
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
};

} // namespace sitesafe
