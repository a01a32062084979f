#include "sqlitebackend.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sitesafe {

SqliteBackend::SqliteBackend(QString path) : m_path(std::move(path)) {}

QString SqliteBackend::migrationsFolder() const
{
    return u":/sql/server/sqlite"_s;
}

Result<QSqlDatabase> SqliteBackend::openConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return Error{u"db.open"_s, u"Cannot open the server database %1: %2"_s.arg(m_path, db.lastError().text())};
    QSqlQuery q(db);
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA foreign_keys=ON"_s, u"PRAGMA busy_timeout=10000"_s}) {
        if (!q.exec(pragma))
            return Error{u"db.open"_s, u"%1 failed: %2"_s.arg(pragma, q.lastError().text())};
    }
    return db;
}

Status SqliteBackend::beginWrite(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return Error{u"db.busy"_s, u"The database is busy: %1"_s.arg(q.lastError().text())};
    return {};
}

} // namespace sitesafe
