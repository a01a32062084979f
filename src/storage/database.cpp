#include "database.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include "migrator.h"
#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QAtomicInt s_instanceCounter;

/// Connection name → the clock of the Database that made it (Database::clockOf).
struct ClockRegistry {
    QMutex mutex;
    QHash<QString, const Clock *> clocks;
};

ClockRegistry &clockRegistry()
{
    static ClockRegistry registry;
    return registry;
}

void forgetClock(const QString &connectionName)
{
    ClockRegistry &registry = clockRegistry();
    QMutexLocker lock(&registry.mutex);
    registry.clocks.remove(connectionName);
}

/// A file that is not empty must start with SQLite's magic header; anything else is not our data.
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"storage.unreadable"_s,
                     Database::tr("The data file %1 cannot be read (%2). Check its permissions.")
                         .arg(path, file.errorString())};
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16) || file.size() < 512)
        return Error{u"storage.not_a_database"_s,
                     Database::tr("%1 is not a SiteSafe data file or its first page is damaged. It was left "
                                  "untouched; restore it from a backup or choose another data folder.")
                         .arg(path)};
    return {};
}
} // namespace

Database::Database(QString path, const Clock &clock)
    : m_path(std::move(path))
    , m_clock(clock)
    , m_namePrefix(u"sitesafe-%1-"_s.arg(s_instanceCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        names = m_connectionNames.values();
        m_connectionNames.clear();
    }
    for (const QString &name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
        forgetClock(name);
    }
}

const Clock &Database::clockOf(const QSqlDatabase &connection)
{
    ClockRegistry &registry = clockRegistry();
    QMutexLocker lock(&registry.mutex);
    const Clock *clock = registry.clocks.value(connection.connectionName());
    return clock ? *clock : Clock::system();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    if (!options.create && !QFileInfo::exists(path))
        return Error{u"storage.missing"_s, tr("There is no data file at %1.").arg(path)};
    if (Status header = checkHeader(path); !header)
        return header.error();

    std::unique_ptr<Database> db(new Database(path, options.clock ? *options.clock : Clock::system()));
    QSqlDatabase connection = db->connection();
    if (!connection.isOpen())
        return Error{u"storage.open"_s, tr("The data file %1 cannot be opened: %2")
                                            .arg(path, connection.lastError().text())};

    // Reading the schema touches page 1 and the schema table: a damaged file fails here, before any write.
    QSqlQuery probe(connection);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_schema"_s))
        return StorageError::fromSql(probe.lastError(), tr("opening %1").arg(path));
    probe.finish();
    if (options.quickCheck) {
        QSqlQuery check(connection);
        if (!check.exec(u"PRAGMA quick_check"_s) || !check.next())
            return StorageError::fromSql(check.lastError(), tr("checking %1").arg(path));
        if (const QString verdict = check.value(0).toString(); verdict != u"ok")
            return Error{u"storage.corrupt"_s,
                         tr("The data file %1 is damaged (%2). It was left untouched; run “sitesafe-cli check” "
                            "and restore from a backup.")
                             .arg(path, verdict)};
        check.finish();
    }
    if (options.migrate) {
        Migrator migrator(connection, path);
        if (Status migrated = migrator.migrate(); !migrated)
            return migrated.error();
    }
    return db;
}

QSqlDatabase Database::connection()
{
    QThread *thread = QThread::currentThread();
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connectionNames.value(thread);
        if (name.isEmpty()) {
            name = m_namePrefix + QString::number(m_connectionsMade++);
            m_connectionNames.insert(thread, name);
        } else {
            return QSqlDatabase::database(name, false);
        }
    }
    Result<QSqlDatabase> opened = openConnection(name);
    return opened ? opened.value() : QSqlDatabase::database(name, false);
}

void Database::releaseConnection()
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connectionNames.take(QThread::currentThread());
    }
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    forgetClock(name);
}

void Database::handOverConnection(QThread *thread)
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        Q_ASSERT(!m_connectionNames.contains(thread));
        name = m_connectionNames.take(QThread::currentThread());
        if (name.isEmpty())
            return;
        m_connectionNames.insert(thread, name);
    }
    // What QSqlDatabase::moveToThread does from Qt 6.8 on: the driver is the connection's QObject, and
    // QSqlDatabase::database() answers only in the driver's thread.
    if (QSqlDriver *driver = QSqlDatabase::database(name, false).driver())
        driver->moveToThread(thread);
}

void Database::configureSqlite()
{
    // SQLITE_MISUSE once the library is initialized (a connection opened before, by this process or a test):
    // the statistics then stay on, which changes nothing but speed.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
}

Result<QSqlDatabase> Database::openConnection(const QString &name)
{
    configureSqlite();
    {
        ClockRegistry &registry = clockRegistry();
        QMutexLocker lock(&registry.mutex);
        registry.clocks.insert(name, &m_clock);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open())
        return StorageError::fromSql(db.lastError(), tr("opening %1").arg(m_path));
    QSqlQuery q(db);
    // WAL: readers never block the writer; FULL: a committed transaction survives power loss.
    const QStringList pragmas{u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                              u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = %1"_s.arg(kBusyTimeoutMs)};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return StorageError::fromSql(q.lastError(), tr("opening %1").arg(m_path));
    }
    return db;
}

int Database::schemaVersion()
{
    QSqlQuery q(connection());
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace sitesafe
