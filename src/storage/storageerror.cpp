#include "storageerror.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xFF) : -1;
}
} // namespace

bool StorageError::isDiskFull(const QSqlError &error)
{
    return primaryCode(error) == SQLITE_FULL;
}

bool StorageError::isCorrupt(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

Error StorageError::fromSql(const QSqlError &error, const QString &what)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (primaryCode(error)) {
    case SQLITE_FULL:
        return {u"storage.disk_full"_s,
                tr("The disk is full while %1. Nothing was changed; free some space and try again.").arg(what)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {u"storage.corrupt"_s,
                tr("The data file is damaged (%1) while %2. Stop working on it and run “sitesafe-cli check”; "
                   "your backups and the server copy are untouched.")
                    .arg(detail, what)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {u"storage.read_only"_s,
                tr("The data file cannot be written while %1 (%2). Check that the folder is writable.")
                    .arg(what, detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {u"storage.busy"_s,
                tr("The data file is busy while %1: another SiteSafe window or program is writing. Try again.")
                    .arg(what)};
    case SQLITE_CONSTRAINT:
        if (detail.contains(u"sitesafe: "_s))
            return {u"storage.rule"_s, tr("Not allowed while %1: %2").arg(what, detail.section(u"sitesafe: "_s, 1))};
        return {u"storage.constraint"_s, tr("The data is inconsistent while %1 (%2).").arg(what, detail)};
    default:
        return {u"storage.sql"_s, tr("A database error occurred while %1: %2").arg(what, detail)};
    }
}

} // namespace sitesafe
