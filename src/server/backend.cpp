#include "backend.h"

#include <atomic>

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include "core/clock.h"
#include "postgresbackend.h"
#include "serverconfig.h"
#include "sqlitebackend.h"
#include "statementcache.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Backend::Backend()
{
    static std::atomic<int> instances{0};
    m_connectionPrefix = u"sitesafe-server-%1-"_s.arg(++instances);
}

Backend::~Backend()
{
    // Worker threads are gone by now (HttpFrontend waits for them); close every connection this instance made,
    // after the statements prepared on them.
    m_statements.clear();
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name);
    }
}

QString Backend::threadConnectionName() const
{
    return m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()), 16);
}

Result<QSqlDatabase> Backend::connection()
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        {
            // The statements go first: they belong to the connection being removed.
            QMutexLocker lock(&m_statementsMutex);
            m_statements.erase(name);
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    return openConnection(name);
}

Result<StatementCache *> Backend::statements()
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    const QString name = threadConnectionName();
    QMutexLocker lock(&m_statementsMutex);
    std::unique_ptr<StatementCache> &cache = m_statements[name];
    if (!cache) {
        const bool isSqlite = kind() == Kind::Sqlite;
        cache = std::make_unique<StatementCache>(conn.value(), isSqlite, isSqlite);
    }
    return cache.get();
}

Status Backend::beginRead(QSqlDatabase &db)
{
    if (!db.transaction())
        return Error{u"db.begin"_s, u"The database cannot start a transaction: %1"_s.arg(db.lastError().text())};
    if (kind() == Kind::Postgres) {
        // One snapshot for the whole page: the high-water mark and the rows agree.
        QSqlQuery q(db);
        q.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s);
    }
    return {};
}

Status Backend::migrate()
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    QSqlQuery q(db);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s))
        return Error{u"db.migrate"_s, q.lastError().text()};
    int current = 0;
    if (q.exec(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s) && q.next())
        current = q.value(0).toInt();
    // An open read statement would keep SQLite from dropping a table a migration rebuilds ("table is locked").
    q.finish();
    const QStringList files = QDir(migrationsFolder()).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const int version = fileName.left(4).toInt();
        if (version <= current)
            continue;
        QFile file(QDir(migrationsFolder()).filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            return Error{u"db.migrate"_s, u"Cannot read migration %1."_s.arg(fileName)};
        // Our server migrations hold plain statements only (no triggers or functions): each ends with ';' at
        // the end of a line, and comment lines start with "--".
        QStringList statements;
        QString statement;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.trimmed().startsWith(u"--"_s) || line.trimmed().isEmpty())
                continue;
            statement += line + u'\n';
            if (line.trimmed().endsWith(u';')) {
                statements.append(statement);
                statement.clear();
            }
        }
        if (!db.transaction())
            return Error{u"db.migrate"_s, db.lastError().text()};
        for (const QString &sql : statements) {
            QSqlQuery s(db);
            if (!s.exec(sql)) {
                const QString error = s.lastError().text();
                db.rollback();
                return Error{u"db.migrate"_s, u"Migration %1 failed: %2"_s.arg(fileName, error)};
            }
        }
        QSqlQuery mark(db);
        mark.prepare(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s);
        mark.addBindValue(version);
        mark.addBindValue(Timestamp::toText(m_clock->now()));
        if (!mark.exec() || !db.commit()) {
            db.rollback();
            return Error{u"db.migrate"_s, mark.lastError().text()};
        }
    }
    return {};
}

Result<std::unique_ptr<Backend>> Backend::open(const ServerConfig &config, const Clock &clock)
{
    std::unique_ptr<Backend> backend;
    if (config.isPostgres()) {
        auto pg = PostgresBackend::fromUrl(config.databaseUrl);
        if (!pg)
            return pg.error();
        backend = std::move(pg).value();
    } else {
        backend = std::make_unique<SqliteBackend>(config.sqlitePath());
    }
    backend->m_clock = &clock;
    auto conn = backend->connection();
    if (!conn)
        return conn.error();
    return backend;
}

} // namespace sitesafe
