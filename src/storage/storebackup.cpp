#include "storebackup.h"

#include <fcntl.h>
#include <functional>
#include <optional>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

#include "datafolderlock.h"
#include "datastore.h"
#include "migrator.h"
#include "syncstatestore.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kPagesPerStep = 4096; // 16 MB at the client's 4 KB pages: a progress step every few tens of ms
constexpr int kBusyRetries = 200; // × 50 ms: a writer holding the destination or source that long is stuck

/// One raw SQLite connection, closed when it goes.
class Connection
{
public:
    Connection() = default;
    ~Connection() { sqlite3_close_v2(m_db); }
    Q_DISABLE_COPY_MOVE(Connection)

    bool open(const QString &path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, 10000);
        return rc == SQLITE_OK;
    }
    sqlite3 *handle() const { return m_db; }
    QString errorText() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s; }

    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

    /// The first column of the first row of `sql` (with one optional text parameter), or nullopt on failure.
    std::optional<QVariant> scalar(const char *sql, const QString &parameter = {})
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return std::nullopt;
        const QByteArray utf8 = parameter.toUtf8();
        if (!parameter.isNull())
            sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
        std::optional<QVariant> value;
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            value = sqlite3_column_type(statement, 0) == SQLITE_INTEGER
                ? QVariant(qint64(sqlite3_column_int64(statement, 0)))
                : QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        } else if (rc == SQLITE_DONE) {
            value = QVariant();
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3 *m_db = nullptr;
};

/// Copies every page of `from` into `to` through the online backup API, reporting progress between steps.
/// `from` should hold a read transaction, so every step reads the same snapshot.
std::optional<QString> copyPages(
    Connection &from, Connection &to, const StoreBackup::Progress &progress, const std::atomic<bool> *stop = nullptr)
{
    sqlite3_backup *backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup)
        return to.errorText();
    int rc = SQLITE_OK;
    int busy = 0;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (stop && stop->load()) {
            sqlite3_backup_finish(backup);
            return StoreBackup::tr("stopped");
        }
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busy > kBusyRetries)
                break;
            QThread::msleep(50);
            continue;
        }
        if (progress) {
            const qint64 total = sqlite3_backup_pagecount(backup);
            progress(total - sqlite3_backup_remaining(backup), total);
        }
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished));
    return std::nullopt;
}

/// fsync of a file or a folder (so a rename in it is durable).
bool syncPath(const QString &path)
{
    QFile file(path);
    const bool isDirectory = QFileInfo(path).isDir();
    if (isDirectory) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            return false;
        const bool ok = ::fsync(fd) == 0;
        ::close(fd);
        return ok;
    }
    return file.open(QIODevice::ReadOnly) && ::fsync(file.handle()) == 0;
}

Error writeFailed(const QString &file, const QString &why)
{
    return Error {u"backup.write_failed"_s,
        StoreBackup::tr("The backup could not be written to %1 (%2). Nothing in the data folder was changed. "
                        "Check that the folder exists, is writable and has free space.")
            .arg(QDir::toNativeSeparators(file), why)};
}

Error notABackup(const QString &file, const QString &why)
{
    return Error {u"backup.invalid"_s,
        StoreBackup::tr("%1 is not a usable SiteSafe backup (%2). Nothing was changed. Choose another backup file.")
            .arg(QDir::toNativeSeparators(file), why)};
}

/// The summary of an open database (schema, queued changes, hazards, device id).
StoreBackup::Summary summarize(Connection &db, const QString &path)
{
    StoreBackup::Summary s;
    s.schemaVersion = int(db.scalar("PRAGMA user_version").value_or(0).toLongLong());
    s.unsentChanges
        = db.scalar("SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')").value_or(0).toLongLong();
    s.hazards = db.scalar("SELECT count(*) FROM hazards").value_or(0).toLongLong();
    s.deviceId = db.scalar("SELECT value FROM sync_state WHERE key = 'device_id'").value_or(QString()).toString();
    s.bytes = QFileInfo(path).size();
    return s;
}

/// Copies `from` as one read snapshot (a writer may go on meanwhile: WAL) into the new file `to` with the backup
/// API, as one self-contained file (journal_mode DELETE, no -wal beside it), synced to disk. `to` is removed on
/// failure. The error: `unreadable(why)` when `from` cannot be read, writeFailed(`reportAs`, why) otherwise.
std::optional<Error> copySnapshot(const QString &from, const QString &to, const QString &reportAs,
    const std::function<Error(const QString &)> &unreadable, const StoreBackup::Progress &progress,
    const std::atomic<bool> *stop)
{
    Connection source;
    if (!source.open(from, SQLITE_OPEN_READONLY) || !source.exec("BEGIN")
        || !source.scalar("SELECT count(*) FROM sqlite_master"))
        return unreadable(source.errorText());
    QFile::remove(to);
    QFile::remove(to + u"-journal"_s);
    {
        Connection target;
        if (!target.open(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
            return writeFailed(reportAs, target.errorText());
        if (const std::optional<QString> failed = copyPages(source, target, progress, stop)) {
            QFile::remove(to);
            return writeFailed(reportAs, *failed);
        }
        target.exec("PRAGMA journal_mode = DELETE");
    }
    source.exec("COMMIT");
    if (QFileInfo::exists(to + u"-wal"_s) || !syncPath(to)) {
        QFile::remove(to);
        return writeFailed(reportAs, StoreBackup::tr("the copy could not be synced to disk"));
    }
    return std::nullopt;
}
} // namespace

Result<StoreBackup::Summary> StoreBackup::write(
    const QString &databasePath, const QString &file, const Progress &progress, const std::atomic<bool> *stop)
{
    if (!QFileInfo::exists(databasePath)) {
        return Error {u"backup.no_database"_s,
            tr("There is no SiteSafe database at %1 to back up.").arg(QDir::toNativeSeparators(databasePath))};
    }
    const QString partial = file + u".partial"_s;
    if (std::optional<Error> failed = copySnapshot(
            databasePath, partial, file, [&file](const QString &why) { return writeFailed(file, why); }, progress,
            stop))
        return *failed;
    QFile::remove(file);
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return writeFailed(file, tr("the finished copy could not be renamed"));
    }
    syncPath(QFileInfo(file).absolutePath());
    Connection written;
    if (!written.open(file, SQLITE_OPEN_READONLY))
        return writeFailed(file, written.errorText());
    return summarize(written, file);
}

Result<StoreBackup::Summary> StoreBackup::inspect(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return notABackup(file, tr("no such file"));
    Connection db;
    if (!db.open(file, SQLITE_OPEN_READONLY))
        return notABackup(file, db.errorText());
    const std::optional<QVariant> check = db.scalar("PRAGMA quick_check");
    if (!check || check->toString() != u"ok"_s)
        return notABackup(file, check ? tr("damaged: %1").arg(check->toString()) : db.errorText());
    const int version = int(db.scalar("PRAGMA user_version").value_or(0).toLongLong());
    for (const char *table : {"outbox", "sync_state", "hazards", "audit_log"}) {
        if (!db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", QString::fromLatin1(table))
                 .value_or(QVariant())
                 .isValid())
            return notABackup(file, tr("it is not a SiteSafe database"));
    }
    if (version > Migrator::latestVersion()) {
        return Error {u"backup.newer_schema"_s,
            tr("The backup %1 was made by a newer SiteSafe (schema %2; this program knows up to %3). Nothing "
               "was changed. Install the newer SiteSafe to restore it.")
                .arg(QDir::toNativeSeparators(file))
                .arg(version)
                .arg(Migrator::latestVersion())};
    }
    return summarize(db, file);
}

Result<qint64> StoreBackup::changesLostBy(const QString &currentPath, const QString &backupFile)
{
    Connection db;
    if (!db.open(currentPath, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI))
        return Error {
            u"backup.read_failed"_s, tr("The data folder's database could not be read (%1).").arg(db.errorText())};
    const QString uri
        = QUrl::fromLocalFile(QFileInfo(backupFile).absoluteFilePath()).toString(QUrl::FullyEncoded) + u"?mode=ro"_s;
    if (!db.scalar("ATTACH DATABASE ?1 AS backup", uri))
        return notABackup(backupFile, db.errorText());
    const std::optional<QVariant> lost
        = db.scalar("SELECT count(*) FROM main.outbox o WHERE o.state IN ('pending', 'in_flight') AND NOT EXISTS "
                    "(SELECT 1 FROM backup.outbox b WHERE b.mutation_id = o.mutation_id)");
    if (!lost)
        return Error {
            u"backup.read_failed"_s, tr("The data folder's database could not be read (%1).").arg(db.errorText())};
    return lost->toLongLong();
}

namespace {
/// Notes in the restored copy that it is one (sync_state 'restored_at'): its count of changes sent may be behind
/// the server's, so its first push goes one batch at a time (SyncEngine).
std::optional<Error> markRestored(const QString &file, const Clock &clock)
{
    Connection db;
    const QByteArray sql = QByteArray("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('")
        + SyncStateStore::kRestoredAt + "', ?1)";
    if (!db.open(file, SQLITE_OPEN_READWRITE)
        || !db.scalar(sql.constData(), clock.now().toUTC().toString(Qt::ISODateWithMs)))
        return writeFailed(file, db.errorText());
    return std::nullopt;
}
} // namespace

Result<StoreBackup::Restored> StoreBackup::restore(
    const QString &directory, const QString &backupFile, const RestoreOptions &options, const Progress &progress)
{
    Result<Summary> backup = inspect(backupFile);
    if (!backup)
        return backup.error();
    DataFolderLock lock(directory);
    if (!lock.tryLock())
        return lock.error();
    const QString database = DataStore::databasePath(directory);
    Restored restored;
    const bool hasDatabase = QFileInfo::exists(database);
    bool isReadable = hasDatabase;
    if (hasDatabase) {
        Result<qint64> lost = changesLostBy(database, backupFile);
        if (!lost) {
            // The backup was found sound above: what cannot be read is the folder's own database.
            if (!options.isForced) {
                return Error {u"backup.unreadable_database"_s,
                    tr("The data folder's database cannot be read (%1); it may be damaged. Nothing was changed. "
                       "Restore with --force: the damaged database is then kept aside as it is.")
                        .arg(lost.error().message)};
            }
            lost = qint64(-1);
            isReadable = false;
        }
        restored.changesLost = lost.value();
        if (restored.changesLost > 0 && !options.isForced) {
            return Error {u"backup.unsent_changes"_s,
                tr("%n change(s) made here have not been sent to the server and are not in this backup: "
                   "restoring would lose them. Nothing was changed. Sync first, or restore with --force "
                   "(the current database is then kept aside, with those changes in it).",
                    nullptr, int(restored.changesLost))};
        }
    }
    // The copy first, next to the database: until the renames below the folder is as it was.
    const QString incoming = database + u".restoring"_s;
    if (std::optional<Error> failed = copySnapshot(
            backupFile, incoming, incoming, [&backupFile](const QString &why) { return notABackup(backupFile, why); },
            progress, nullptr))
        return *failed;
    const Clock &clock = options.clock ? *options.clock : Clock::system();
    if (std::optional<Error> failed = markRestored(incoming, clock)) {
        QFile::remove(incoming);
        return *failed;
    }
    if (isReadable) {
        // Fold the write-ahead log into the file, so the database kept aside is whole in one file.
        {
            // The first column is 1 when a reader or writer kept the checkpoint from finishing.
            Connection current;
            if (!current.open(database, SQLITE_OPEN_READWRITE)
                || current.scalar("PRAGMA wal_checkpoint(TRUNCATE)").value_or(1).toLongLong() != 0) {
                QFile::remove(incoming);
                return Error {u"backup.folder_in_use"_s,
                    tr("The data folder is in use (%1). Close SiteSafe and try again; nothing was changed.")
                        .arg(current.errorText())};
            }
        }
    }
    if (hasDatabase) {
        restored.keptAside = database + u".before-restore-"_s + clock.now().toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
        if (!QFile::rename(database, restored.keptAside)) {
            QFile::remove(incoming);
            return writeFailed(restored.keptAside, tr("the current database could not be set aside"));
        }
        // A damaged database keeps its write-ahead log beside it (whatever it holds may help); a sound one has
        // just been folded into its file.
        if (isReadable)
            QFile::remove(database + u"-wal"_s);
        else if (QFile::exists(database + u"-wal"_s))
            QFile::rename(database + u"-wal"_s, restored.keptAside + u"-wal"_s);
        QFile::remove(database + u"-shm"_s);
    }
    if (!QFile::rename(incoming, database)) {
        if (hasDatabase)
            QFile::rename(restored.keptAside, database); // as it was
        QFile::remove(incoming);
        return writeFailed(database, tr("the restored database could not be put in place"));
    }
    syncPath(directory);
    restored.summary = backup.value();
    return restored;
}

} // namespace sitesafe
