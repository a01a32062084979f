#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QString>

/// A blocking HTTPS client for load_bench's set-up and check (not timed): trusts only the given CA, HTTP/2 off,
/// no redirects, each call waits on a local event loop for at most 60 s.
class LoadClient
{
public:
    LoadClient(QString baseUrl, const QString &caFile);

    /// POST /auth/token with a new device id; false (with `error()`) on failure.
    bool signIn(const QString &userName, const QString &password);
    /// The answer's JSON; `status` 0 for a failure below HTTP.
    QJsonObject get(const QString &path, int *status);
    QString error() const { return m_error; }

private:
    QJsonObject call(const QByteArray &verb, const QString &path, const QByteArray &body, int *status);

    QString m_base;
    QString m_token;
    QString m_error;
    QSslConfiguration m_tls;
    QNetworkAccessManager m_network;
};
