#include "readconnection.h"

#include <QSqlQuery>

#include "database.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

ReadConnection ReadConnection::openNamed(const QString &path, const QString &name)
{
    if (QSqlDatabase::contains(name))
        return ReadConnection(QSqlDatabase::database(name, false));
    Database::configureSqlite();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(Database::kBusyTimeoutMs));
    if (db.open()) {
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA query_only = 1"_s);
        pragma.exec(u"PRAGMA cache_size = -%1"_s.arg(kCacheKiB));
    }
    return ReadConnection(db);
}

void ReadConnection::closeNamed(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace sitesafe
