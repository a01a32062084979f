#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sitesafe {

/// The sync bookkeeping of one data folder, kept in the `sync_state` table (key → text): this device's id, the
/// pull cursor and the server epoch it belongs to, the client_seq counter, the last write checkpoint and the
/// times of the last successful push and pull. Writes join the caller's transaction when one is open, so a
/// cursor always moves together with the page it belongs to.
class SyncStateStore
{
public:
    explicit SyncStateStore(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr auto kDeviceId = "device_id";
    static constexpr auto kCursor = "cursor";
    static constexpr auto kEpoch = "server_epoch";
    static constexpr auto kSnapshotToken = "snapshot_token"; ///< next snapshot page while a snapshot is under way
    static constexpr auto kLastClientSeq = "last_client_seq";
    static constexpr auto kWriteCheckpoint = "write_checkpoint";
    static constexpr auto kLastPushAt = "last_push_at";
    static constexpr auto kLastPullAt = "last_pull_at";

    std::optional<QString> value(const char *key);
    Status setValue(const char *key, const QString &value);
    Status remove(const char *key);

    /// This device's id; made (UUIDv7) and stored on first use, so it survives restarts and sign-ins.
    Result<QString> deviceId();
    QString cursor() { return value(kCursor).value_or(QString()); }
    qint64 lastClientSeq();
    QDateTime lastPushAt();
    QDateTime lastPullAt();

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
