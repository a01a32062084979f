#pragma once

#include <memory>

#include <QSqlDatabase>
#include <QStringList>

#include "support/tempdir.h"
#include "sync/syncengine.h"

namespace sitesafe {
class Clock;
class DataStore;
}
class ServerProcess;

/// One client data folder of a sync test: an empty store that gets its data from the server's snapshot, an
/// engine pointed at the test server, and the small helpers the tests edit and inspect it with.
class SyncClient
{
public:
    /// `clock` (optional, must outlive the client) stamps every write of the store, as on a laptop whose clock
    /// is off.
    explicit SyncClient(const sitesafe::Clock *clock = nullptr);
    ~SyncClient();

    sitesafe::DataStore &store() { return *m_store; }
    /// The data folder.
    QString folder() const { return m_dir.path(); }
    /// Closes the engine and the store; the folder stays as it is on disk (reopen() opens it again).
    void close();
    /// Opens the folder again (after close(), or after its database was replaced on disk); no engine until a
    /// connect call.
    void reopen();
    QSqlDatabase db();
    sitesafe::SyncEngine &engine() { return *m_engine; }

    /// A new engine for `server` (trusting its dev CA unless `tls` says otherwise), signed in as zhangwei.
    void connect(const ServerProcess &server, sitesafe::SyncOptions options = {}, bool signIn = true);
    void connectWith(const sitesafe::SyncOptions &options);
    /// A new engine for `server`, signed in as `user` (an account ServerProcess::addUser made).
    void connectAs(const ServerProcess &server, const QString &user);
    /// A new engine that reaches `server` through `baseUrl` (a FaultProxy in front of it), signed in as `user`.
    void connectThrough(const QString &baseUrl, const ServerProcess &server, sitesafe::SyncOptions options = {},
        const QString &user = QStringLiteral("zhangwei"));
    sitesafe::SyncReport sync();

    QString anyProjectId();
    /// A new hazard with its created event (two outbox rows).
    QString createHazard(const QString &description);
    void editHazard(const QString &id, const QString &field, const QString &value);
    void addComment(const QString &hazardId, const QString &note);
    /// A photo of `size` random bytes (from `seed`) stored locally and attached to `hazardId`; the attachment row
    /// queues a mutation. Returns its sha256.
    QString attachPhoto(const QString &hazardId, qint64 size, quint32 seed = 42);
    /// GET /api/v1/blobs/{sha256} through the engine's connection answers 200 with this store's bytes of the photo.
    void checkServerServesPhoto(const QString &sha256);

    qint64 count(const QString &sql, const QVariantList &values = {});
    QString text(const QString &sql, const QVariantList &values = {});
    /// Every synced column of the rows of `entity` (sorted by id), one line per row, for comparison.
    QStringList rows(const QString &entity);

private:
    TestDir m_dir;
    const sitesafe::Clock *m_clock = nullptr;
    std::unique_ptr<sitesafe::DataStore> m_store;
    std::unique_ptr<sitesafe::SyncEngine> m_engine;
};

/// The same canonical rows read from the server's database; requires at least one (every caller compares them
/// with a client's rows, and two empty lists prove nothing).
QStringList serverRows(const ServerProcess &server, const QString &entity);
qint64 serverCount(const ServerProcess &server, const QString &sql, const QVariantList &values = {});
/// The first column of the first row (empty when there is none).
QString serverText(const ServerProcess &server, const QString &sql, const QVariantList &values = {});
/// A connection to the server's database (SQLite file or PostgreSQL), on this thread, for reads of a test's own.
QSqlDatabase serverDatabase(const ServerProcess &server);
/// Canonical lines of `entity` rows from any connection (client or server use the same column names).
QStringList canonicalRows(QSqlDatabase db, const QString &entity);
