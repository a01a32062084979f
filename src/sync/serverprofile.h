#pragma once

#include "core/error.h"
#include "tlssettings.h"

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

namespace sitesafe {

/// Which provincial server a data folder syncs with and how to trust it: the server address, the last user
/// name, the provincial CA file, SPKI pins and the HTTP/2 switch. Kept in the folder's `sync_state` table
/// (not in per-user settings) because the device id, cursor and epoch stored there belong to one server.
/// No password or token is ever stored here.
struct ServerProfile {
    QUrl serverUrl;
    QString userName;
    TlsSettings tls;

    /// A usable https:// address is set.
    bool isConfigured() const { return serverUrl.isValid() && serverUrl.scheme() == QLatin1String("https"); }
    /// "https://host:port|user", the account the refresh token is kept under in the OS keychain.
    QString keychainAccount() const;

    friend bool operator==(const ServerProfile &, const ServerProfile &) = default;

    static ServerProfile load(QSqlDatabase db);
    Status save(QSqlDatabase db) const;
};

} // namespace sitesafe
