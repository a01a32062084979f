#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QString>

/// One answer as the test sees it.
struct TestReply {
    int status = 0;                 ///< 0 when the request failed below HTTP (TLS, connection)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonObject json() const;
    QString errorCode() const { return json().value(QStringLiteral("error")).toString(); }
    QByteArray header(const QByteArray &name) const;
};

/// A real HTTPS client for the server tests: QNetworkAccessManager trusting only the test CA (no system CAs),
/// HTTP/2 off, no redirects followed. Calls block on a local event loop with a deadline.
class TestClient
{
public:
    TestClient(QString baseUrl, const QString &caFile);

    void setToken(QString token) { m_token = std::move(token); }
    TestReply get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    TestReply head(const QString &path);
    TestReply post(const QString &path, const QJsonObject &body);
    TestReply send(const QByteArray &verb, const QString &path, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /// A POST left travelling (QNetworkAccessManager opens another connection for a second one at once);
    /// wait() reads its answer. The reply belongs to this client.
    QNetworkReply *startPost(const QString &path, const QJsonObject &body);
    /// Waits (event loop, 20 s deadline) for `reply` to finish, then reads and deletes it.
    static TestReply wait(QNetworkReply *reply);

private:
    QNetworkReply *start(const QByteArray &verb, const QString &path, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers);

    QString m_base;
    QString m_token;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_manager;
};
