#include "datastore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include "core/uuidv7.h"
#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

DataStore::DataStore(QString directory, std::unique_ptr<Database> database)
    : m_directory(std::move(directory)), m_database(std::move(database)), m_blobs(m_directory + u"/blobs"_s)
{
}

QString DataStore::databasePath(const QString &directory)
{
    return QDir(directory).filePath(u"sitesafe.db"_s);
}

bool DataStore::exists(const QString &directory)
{
    const QFileInfo file(databasePath(directory));
    return file.exists() && file.size() > 0;
}

Result<std::unique_ptr<DataStore>> DataStore::open(const QString &directory, Database::Options options)
{
    if (options.create && !QDir().mkpath(directory))
        return Error{u"storage.folder"_s,
                     tr("The data folder %1 cannot be created. Choose a folder you can write to.").arg(directory)};
    auto db = Database::open(databasePath(directory), options);
    if (!db)
        return db.error();
    std::unique_ptr<DataStore> store(new DataStore(QDir(directory).absolutePath(), std::move(db).value()));
    if (options.migrate && store->deviceId().isEmpty()) {
        // The device id is made with the store, not at its first sync: two stores made from one seed are two
        // devices from the start, and the demo can give its notice-number blocks to this device. (A store made
        // by an older build gets its id here too, as SyncStateStore would have made it at the first sync.)
        QSqlQuery q(store->connection());
        q.prepare(u"INSERT INTO sync_state (key, value) VALUES ('device_id', ?) ON CONFLICT (key) DO NOTHING"_s);
        q.addBindValue(UuidV7::generate());
        if (!q.exec())
            return StorageError::fromSql(q.lastError(), tr("creating the data folder %1").arg(directory));
    }
    return store;
}

std::future<Result<std::unique_ptr<DataStore>>> DataStore::openInBackground(const QString &directory)
{
    QThread *caller = QThread::currentThread();
    return std::async(std::launch::async, [directory, caller]() -> Result<std::unique_ptr<DataStore>> {
        auto store = open(directory);
        if (store)
            store.value()->database().handOverConnection(caller);
        return store;
    });
}

QString DataStore::deviceId()
{
    QSqlQuery q(connection());
    q.prepare(u"SELECT value FROM sync_state WHERE key = 'device_id'"_s);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

Result<qint64> DataStore::projectCount()
{
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT count(*) FROM projects"_s) || !q.next())
        return StorageError::fromSql(q.lastError(), tr("reading the projects"));
    return q.value(0).toLongLong();
}

} // namespace sitesafe
