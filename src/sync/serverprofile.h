#pragma once

#include <QString>
#include <QUrl>

#include "core/error.h"
#include "storage/syncstatestore.h"
#include "tlssettings.h"

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

    static ServerProfile load(SyncStateStore state);
    /// The five values change together or not at all.
    Status save(SyncStateStore state) const;
};

} // namespace sitesafe
