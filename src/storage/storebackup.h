#pragma once

#include <atomic>
#include <functional>

#include <QCoreApplication>
#include <QString>

#include "core/clock.h"
#include "core/error.h"

namespace sitesafe {

/// Backups of a data folder's database (issue 14). A backup is a consistent copy of sitesafe.db made with SQLite's
/// online backup API from one read snapshot, so the program may keep working while it is made; photos are not in
/// it (blobs/ is content-addressed and never rewritten). A restore never loses what it replaces: the database it
/// replaces is kept next to it, and it refuses to drop changes not yet sent to the server unless forced.
class StoreBackup
{
    Q_DECLARE_TR_FUNCTIONS(StoreBackup)

public:
    /// What a database file holds, as far as a backup or a restore cares.
    struct Summary {
        int schemaVersion = 0;
        qint64 bytes = 0;
        /// Changes queued for the server (outbox pending or in flight).
        qint64 unsentChanges = 0;
        qint64 hazards = 0;
        QString deviceId;
    };
    /// Pages copied so far and in all; called between steps (the copy goes on while it runs).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// Writes a copy of the database at `databasePath` to `file`. The copy is written to "<file>.partial", synced
    /// and renamed, so `file` is either the old one or a complete new one. Setting `*stop` (checked between steps)
    /// abandons the copy: an error, and no file written.
    static Result<Summary> write(const QString &databasePath, const QString &file, const Progress &progress = {},
        const std::atomic<bool> *stop = nullptr);

    /// Whether `file` is a sound SiteSafe database this program can open: readable, PRAGMA quick_check clean, a
    /// schema it knows (not newer), the tables a data folder has. Opened read-only; nothing is written.
    static Result<Summary> inspect(const QString &file);

    /// Changes queued in the database at `currentPath` (pending or in flight) that restoring `backupFile` would
    /// drop: those the backup does not hold as queued too.
    static Result<qint64> changesLostBy(const QString &currentPath, const QString &backupFile);

    struct RestoreOptions {
        /// Restore even when changes not yet sent would be lost (they stay in the database kept aside).
        bool isForced = false;
        /// Stamps the name of the database kept aside; the system clock when null.
        const Clock *clock = nullptr;
    };
    struct Restored {
        Summary summary;
        /// The database that was replaced, kept as "sitesafe.db.before-restore-<UTC time>"; empty when the folder
        /// had none.
        QString keptAside;
        /// Queued changes the replaced database held that the backup does not; -1: not known (it could not be
        /// read, a forced restore of a damaged database).
        qint64 changesLost = 0;
    };
    /// Replaces the database of data folder `directory` by `backupFile`. Refused, with nothing changed, when the
    /// backup is not sound, when the folder is in use (SiteSafe still running on it), or, unless `isForced`, when
    /// queued changes would be lost or the folder's database cannot be read (backup.unreadable_database). The copy
    /// put in place is marked restored (sync_state 'restored_at'), which its next sync reads.
    static Result<Restored> restore(const QString &directory, const QString &backupFile, const RestoreOptions &options,
        const Progress &progress = {});
};

} // namespace sitesafe
