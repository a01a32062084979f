#pragma once

#include <memory>

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include "core/error.h"
#include "httpsclient.h"

namespace sitesafe {

struct PendingCall; ///< SyncConnection::start()'s request under way

/// A signed-in conversation with the provincial server for one device: sign-in (POST /auth/token), the access
/// token in memory only, and the refresh token handed out through refreshTokenChanged() for the caller to keep
/// in the OS keychain (TokenStore). call() adds the bearer token and, on a 401, refreshes once and retries once
/// (sync-anchors §2.7–2.8). Requests are made one at a time and waited for with a local event loop, so this
/// object belongs to the sync worker thread (or a command-line program), never to the UI thread.
class SyncConnection : public QObject
{
    Q_OBJECT

public:
    SyncConnection(QUrl serverUrl, TlsSettings tls, QString deviceId, QObject *parent = nullptr);

    QString deviceId() const { return m_deviceId; }
    QUrl serverUrl() const { return m_client.baseUrl(); }
    bool hasCredentials() const { return !m_accessToken.isEmpty() || !m_refreshToken.isEmpty(); }
    QString role() const { return m_role; }
    QString jurisdiction() const { return m_jurisdiction; }
    /// How many times the access token was renewed through the refresh token.
    int refreshCount() const { return m_refreshCount; }

    /// Signs in with a user name and password (the password is not kept).
    Status signIn(const QString &userName, const QString &password);
    /// Continues a session whose refresh token was kept (TokenStore) — no password needed.
    void restoreSession(const QString &refreshToken);
    /// Revokes the refresh token on the server and forgets both tokens.
    void signOut();

    /// Sends an authenticated request and waits for the answer; refreshes the access token once on a 401.
    HttpResult call(HttpRequest request);
    /// An authenticated request sent by start() and waited for by finish(), so its answer travels while this
    /// thread works (the pull asks for its next page before it applies the one it holds). Dropped unfinished,
    /// its answer is never read.
    std::shared_ptr<PendingCall> start(HttpRequest request);
    /// Waits for the answer of start(); a 401 refreshes the access token once and sends the request again.
    HttpResult finish(const std::shared_ptr<PendingCall> &pending);
    /// Sends a request without a token (GET /meta) and waits for it.
    HttpResult send(const HttpRequest &request);

Q_SIGNALS:
    /// A new refresh token (sign-in or rotation): keep it with TokenStore::save. Empty after sign-out.
    void refreshTokenChanged(const QString &refreshToken);
    /// About to send a request (for progress displays and tests).
    void requestStarted(const QByteArray &method, const QString &path, qint64 bodyBytes);

private:
    Status refresh();
    Status acceptTokens(const HttpResult &result);

    HttpsClient m_client;
    QString m_deviceId;
    QString m_accessToken;
    QString m_refreshToken;
    QString m_role;
    QString m_jurisdiction;
    int m_refreshCount = 0;
};

/// The sentences the sync engine reports for answers of the server, in one place for translation.
class SyncErrors
{
    Q_DECLARE_TR_FUNCTIONS(SyncErrors)

public:
    /// Turns a transport failure or an HTTP error answer into something the user can act on.
    static Error fromResult(const HttpResult &result, const QString &what);
    /// A sign-in as `userName` in a data folder that holds `owner`'s work (one account per data folder).
    static Error otherAccount(const QString &owner, const QString &userName);
    static Error needsSignIn();
    static Error badAnswer(const QString &what);
    static Error outOfOrder(const QString &detail);
};

} // namespace sitesafe
