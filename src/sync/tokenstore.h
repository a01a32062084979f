#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// Keeps the refresh token in the OS keychain (Secret Service, Keychain, Credential Manager) through
/// qtkeychain with the insecure plain-file fallback OFF. Where no keychain service runs, the token lives only
/// in this object for the running program and `persistenceError()` tells the user why they will have to sign
/// in again next time. The access token is never stored here: it lives in memory only.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    /// `account` identifies the server and user, e.g. "https://sync.example/api|zhangwei".
    explicit TokenStore(QString account, QObject *parent = nullptr);

    static QString serviceName();

    void save(const QString &refreshToken, std::function<void(const Status &)> done);
    void load(std::function<void(const std::optional<QString> &token, const Status &status)> done);
    void remove(std::function<void(const Status &)> done);

    /// Set when the keychain refused (no service, locked, denied): the token is then kept in memory only.
    const std::optional<Error> &persistenceError() const { return m_persistenceError; }
    bool isPersistent() const { return !m_persistenceError.has_value(); }

private:
    Error keychainError(int code, const QString &detail) const;

    QString m_account;
    std::optional<QString> m_memoryToken;
    std::optional<Error> m_persistenceError;
};

} // namespace sitesafe
