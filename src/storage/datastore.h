#pragma once

#include <future>
#include <memory>

#include "blobstore.h"
#include "database.h"

namespace sitesafe {

/// A SiteSafe data folder: the SQLite file (sitesafe.db) and the content-addressed photo store (blobs/).
class DataStore
{
    Q_DECLARE_TR_FUNCTIONS(DataStore)
    Q_DISABLE_COPY_MOVE(DataStore)

public:
    /// Opens the folder; a store created here gets its own device id at once (sync_state 'device_id', UUIDv7,
    /// the key and format SyncStateStore reads), so two stores made from the same data are two devices.
    static Result<std::unique_ptr<DataStore>> open(const QString &directory, Database::Options options = {});
    /// open() on a helper thread, for a caller with other work to do meanwhile (the client loads its fonts while
    /// the data file's schema is parsed: a few milliseconds each). The store's connection is handed to the calling
    /// thread, which takes the result with get(); the errors are open()'s, worded in the language installed then.
    static std::future<Result<std::unique_ptr<DataStore>>> openInBackground(const QString &directory);

    QString directory() const { return m_directory; }
    Database &database() { return *m_database; }
    QSqlDatabase connection() { return m_database->connection(); }
    BlobStore &blobs() { return m_blobs; }
    /// The clock given at open (Database::Options::clock) that stamps every write of this folder.
    const Clock &clock() const { return m_database->clock(); }

    static QString databasePath(const QString &directory);
    /// Whether the database file of `directory` exists (a folder without one is a new laptop's).
    static bool exists(const QString &directory);

    /// This store's device id (the one SyncStateStore signs in with); empty if the store has none yet.
    QString deviceId();
    /// Number of projects held: 0 for a store that has no dataset yet.
    Result<qint64> projectCount();

private:
    DataStore(QString directory, std::unique_ptr<Database> database);

    QString m_directory;
    std::unique_ptr<Database> m_database;
    BlobStore m_blobs;
};

} // namespace sitesafe
