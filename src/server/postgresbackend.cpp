#include "postgresbackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sitesafe {

PostgresBackend::PostgresBackend(Settings settings) : m_settings(std::move(settings)) {}

Result<std::unique_ptr<PostgresBackend>> PostgresBackend::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgres" && url.scheme() != u"postgresql"))
        return Error{u"config.bad_db_url"_s,
                     u"The database must be a postgres://user@host:port/database URL, not %1."_s.arg(
                         url.toString(QUrl::RemovePassword))};
    Settings s;
    s.host = QUrlQuery(url).queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (s.host.isEmpty())
        s.host = url.host();
    s.port = url.port(5432);
    s.user = url.userName(QUrl::FullyDecoded);
    s.password = url.password(QUrl::FullyDecoded);
    s.database = url.path().mid(1);
    if (s.database.isEmpty())
        return Error{u"config.bad_db_url"_s, u"The database URL names no database."_s};
    return std::make_unique<PostgresBackend>(s);
}

QString PostgresBackend::migrationsFolder() const
{
    return u":/sql/server/postgres"_s;
}

Result<QSqlDatabase> PostgresBackend::openConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_settings.host);
    db.setPort(m_settings.port);
    db.setUserName(m_settings.user);
    if (!m_settings.password.isEmpty())
        db.setPassword(m_settings.password);
    db.setDatabaseName(m_settings.database);
    db.setConnectOptions(u"connect_timeout=10"_s);
    if (!db.open())
        return Error{u"db.open"_s, u"Cannot connect to PostgreSQL database %1 on %2: %3"_s.arg(
                                       m_settings.database, m_settings.host, db.lastError().text())};
    QSqlQuery q(db);
    // Per-request time limit on the database side; lock waits count against it too.
    q.exec(u"SET statement_timeout = 30000"_s);
    q.exec(u"SET client_min_messages = warning"_s);
    return db;
}

Status PostgresBackend::beginWrite(QSqlDatabase &db)
{
    if (!db.transaction())
        return Error{u"db.begin"_s, u"The database cannot start a transaction: %1"_s.arg(db.lastError().text())};
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM seq_counter WHERE id = 1 FOR UPDATE"_s)) {
        const QString error = q.lastError().text();
        db.rollback();
        return Error{u"db.busy"_s, u"The database is busy: %1"_s.arg(error)};
    }
    return {};
}

} // namespace sitesafe
