#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/account.h"
#include "core/error.h"

namespace sitesafe {

/// Where the client stands in the server's change stream after a pulled page: the pull cursor, or (snapshot
/// pages before the last) the token of the next snapshot page, and the server epoch both belong to.
struct PullPosition {
    QString cursor;
    QString snapshotToken;
    QString epoch;
};

/// The sync bookkeeping of one data folder, kept in the `sync_state` table (key → text): this device's id, the
/// pull cursor and the server epoch it belongs to, the client_seq counter, the last write checkpoint, the
/// times of the last successful push and pull, and the offset to the server's clock seen at the last sync. Writes join the caller's transaction when one is open, so a
/// cursor always moves together with the page it belongs to.
class SyncStateStore
{
public:
    /// Implicit on purpose: a connection of the store is its sync state (ServerProfile::load(connection)).
    SyncStateStore(QSqlDatabase db) : m_db(std::move(db)) {} // NOLINT(google-explicit-constructor)

    static constexpr auto kDeviceId = "device_id";
    static constexpr auto kCursor = "cursor";
    static constexpr auto kEpoch = "server_epoch";
    static constexpr auto kSnapshotToken = "snapshot_token"; ///< next snapshot page while a snapshot is under way
    static constexpr auto kLastClientSeq = "last_client_seq";
    static constexpr auto kWriteCheckpoint = "write_checkpoint";
    static constexpr auto kLastPushAt = "last_push_at";
    /// Set by StoreBackup::restore on the copy it puts in place: this device's count of changes sent may be
    /// behind the server's, so the next push sends one batch at a time. Cleared once a push has gone through.
    static constexpr auto kRestoredAt = "restored_at";
    /// The highest server_seq of an applied receipt kept here (this epoch): the pull asks the server to leave out
    /// this device's own rows up to it (sync-protocol.md, "Echo rows"). Cleared when the epoch changes.
    static constexpr auto kEchoThrough = "echo_through";
    static constexpr auto kLastPullAt = "last_pull_at";
    /// The server's clock minus this device's (ms) seen at the last contact, and the device time it was seen at.
    static constexpr auto kServerClockOffset = "server_clock_offset_ms";
    static constexpr auto kServerClockSeenAt = "server_clock_seen_at";
    /// Who signed in last, with the role and jurisdiction the server gave (kept for offline use).
    static constexpr auto kAccountUser = "account_user";
    static constexpr auto kAccountRole = "account_role";
    static constexpr auto kAccountJurisdiction = "account_jurisdiction";

    std::optional<QString> value(const char *key);
    Status setValue(const char *key, const QString &value);
    Status remove(const char *key);
    /// Several values in one transaction: all of them or none.
    Status setValues(const QList<std::pair<const char *, QString>> &values);

    /// Stores the write checkpoint of a push answer and stamps the push time (the store's clock).
    Status recordPush(qint64 writeCheckpoint);
    /// Raises kEchoThrough to `serverSeq` (never lowers it).
    Status raiseEchoThrough(qint64 serverSeq);
    /// kEchoThrough, 0 when none.
    qint64 echoThrough();
    /// Stores where a pulled page brought the client; a cursor (end of a pull or snapshot) also ends the
    /// snapshot under way and stamps the pull time.
    Status storePosition(const PullPosition &position);

    /// This device's id; made (UUIDv7) and stored on first use, so it survives restarts and sign-ins.
    Result<QString> deviceId();
    QString cursor() { return value(kCursor).value_or(QString()); }
    qint64 lastClientSeq();
    QDateTime lastPushAt();
    QDateTime lastPullAt();

    /// Keeps the offset of the server's clock (server minus device, ms) and when (device clock) it was seen.
    Status recordServerClock(qint64 offsetMs, const QDateTime &seenAt);
    /// None until this device has seen the server's clock once.
    std::optional<qint64> serverClockOffsetMs();
    QDateTime serverClockSeenAt();

    /// Keeps who signed in and the role and jurisdiction the server gave (after a sign-in or token refresh).
    Status recordAccount(const Account &account);
    /// None until someone signed in on this data folder.
    std::optional<Account> account();

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
