#include "datastore.h"

#include <QDir>

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

Result<std::unique_ptr<DataStore>> DataStore::open(const QString &directory, Database::Options options)
{
    if (options.create && !QDir().mkpath(directory))
        return Error{u"storage.folder"_s,
                     tr("The data folder %1 cannot be created. Choose a folder you can write to.").arg(directory)};
    auto db = Database::open(databasePath(directory), options);
    if (!db)
        return db.error();
    return std::unique_ptr<DataStore>(new DataStore(QDir(directory).absolutePath(), std::move(db).value()));
}

} // namespace sitesafe
