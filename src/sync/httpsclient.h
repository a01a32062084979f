#pragma once

#include <functional>

#include <QCoreApplication>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include "core/error.h"
#include "tlssettings.h"

class QNetworkReply;

namespace sitesafe {

/// One request to the provincial server, relative to its base URL.
struct HttpRequest {
    QByteArray method = "GET";
    QString path;                ///< "/api/v1/meta"
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QByteArray contentType = "application/json";
};

/// What came back. `error` is set when the request did not complete with an HTTP answer (offline, TLS, timeout,
/// redirect, oversized) — an HTTP error status is not an error here; the caller judges the status.
struct HttpResult {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    std::optional<Error> error;

    bool isOk() const { return !error.has_value(); }
};

/// HTTPS to the provincial server with the rules of DESIGN.md §4 and reference/sync-anchors.md §4:
/// TLS errors fail the request (never ignored), SPKI pins checked when the handshake completes — before any
/// request byte is sent — and again on the finished reply (connections are reused), redirects never followed
/// (a captive portal cannot retarget a push), HTTP/2 only when allowed, an inactivity timeout and a total
/// deadline per request, a cap on the response size. Lives in the thread that uses it.
class HttpsClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpsClient(QUrl baseUrl, TlsSettings settings, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    const TlsSettings &settings() const { return m_settings; }
    /// An error about the settings themselves (unreadable CA file), if any.
    const std::optional<Error> &configurationError() const { return m_configurationError; }

    /// Sends `request`; `done` gets the answer. `sent`, if given, is called once the whole request has been
    /// handed to the connection (headers and body), before the answer.
    void send(
        const HttpRequest &request, std::function<void(const HttpResult &)> done, std::function<void()> sent = {});
    /// Forget reused connections (after trust settings change).
    void resetConnections();

private:
    void finish(QNetworkReply *reply, const std::function<void(const HttpResult &)> &done);

    QUrl m_baseUrl;
    TlsSettings m_settings;
    QSslConfiguration m_tls;
    std::optional<Error> m_configurationError;
    QNetworkAccessManager m_network;
};

/// The sentences HttpsClient reports, in one place for translation.
class HttpsErrors
{
    Q_DECLARE_TR_FUNCTIONS(HttpsErrors)

public:
    static Error offline(const QString &detail);
    static Error tls(const QList<class QSslError> &errors, const QString &host);
    static Error pinMismatch(const QString &host);
    static Error timedOut();
    static Error redirected(const QString &target);
    static Error tooLarge(qint64 limit);
    /// The connection was cut after the answer had begun (fewer bytes than announced, or closed mid-body): a
    /// network interruption to retry, not a server that speaks another language.
    static Error interrupted(const QString &detail);
};

} // namespace sitesafe
