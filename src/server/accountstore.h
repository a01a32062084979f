#pragma once

#include <QSqlDatabase>
#include <QString>

#include "caller.h"
#include "core/error.h"

namespace sitesafe {

class Backend;

/// Accounts, devices and tokens (sync-anchors §2.8): argon2id passwords; a short-lived access token and a
/// rotating refresh token bound to the device, both random and stored only as hashes; reusing a refresh token
/// that was already rotated revokes its whole family (RFC 9700); failed logins are rate-limited per user name
/// and per address. Every method runs in its own transaction on the calling thread's connection.
class AccountStore
{
public:
    struct Settings {
        int accessTokenTtlSeconds = 15 * 60;
        int refreshTokenTtlSeconds = 60 * 24 * 3600;
        int maxFailuresPerName = 5;
        int maxFailuresPerAddress = 30;
        int failureWindowSeconds = 15 * 60;
    };

    struct TokenPair {
        QString accessToken;
        QString refreshToken;
        int expiresIn = 0;
        Caller caller;
    };

    AccountStore(Backend &backend, Settings settings);

    Status addUser(const QString &name, const QString &role, const QString &jurisdictionCode,
                   const QString &password);
    /// Errors: auth.rate_limited, auth.invalid_credentials, auth.bad_request.
    Result<TokenPair> login(const QString &name, const QString &password, const QString &deviceId,
                            const QString &remoteAddress);
    /// Errors: auth.invalid_grant (unknown, expired, revoked, wrong device), auth.token_reused (family revoked).
    Result<TokenPair> refresh(const QString &refreshToken, const QString &deviceId);
    Status revoke(const QString &refreshToken);
    /// Errors: auth.unauthorized, auth.token_expired.
    Result<Caller> authenticate(const QString &accessToken);

    /// Seconds a rate-limited caller should wait.
    int retryAfterSeconds() const { return m_settings.failureWindowSeconds; }

private:
    Result<TokenPair> issue(QSqlDatabase &db, const Caller &caller, const QString &family);
    /// The server clock (Backend::clock()): token expiry and rate-limit windows move with it in tests.
    qint64 nowMs() const;
    QString nowText() const;

    Backend &m_backend;
    Settings m_settings;
};

} // namespace sitesafe
