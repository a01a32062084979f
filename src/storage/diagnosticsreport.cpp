#include "diagnosticsreport.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include "core/logfile.h"
#include "core/logscrubber.h"
#include "core/zipwriter.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QAtomicInt s_connections;

/// Appends "label<TAB>value" for each row of `sql` (two columns).
bool appendPairs(QSqlDatabase db, const QString &sql, QString &out)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return false;
    while (q.next())
        out += u"  "_s + q.value(0).toString() + u'\t' + q.value(1).toString() + u'\n';
    return true;
}

QString scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}
} // namespace

QString DiagnosticsReport::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Result<QString> DiagnosticsReport::databaseText(const QString &dataDirectory)
{
    const QString path = QDir(dataDirectory).filePath(u"sitesafe.db"_s);
    if (!QFileInfo::exists(path))
        return Error {u"diagnostics.no_database"_s,
            tr("There is no SiteSafe database in %1. Choose the data folder the client uses.")
                .arg(QDir::toNativeSeparators(dataDirectory))};
    const QString name = u"sitesafe-diagnostics-%1"_s.arg(s_connections.fetchAndAddRelaxed(1));
    QString text;
    bool isRead = false;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (db.open()) {
            text += u"SQLite\t"_s + scalar(db, u"SELECT sqlite_version()"_s) + u'\n';
            text += u"file\t"_s + QDir::toNativeSeparators(path) + u'\n';
            text += u"bytes\t"_s + QString::number(QFileInfo(path).size()) + u'\n';
            for (const char *pragma : {"user_version", "page_size", "page_count", "freelist_count", "journal_mode"})
                text += QString::fromLatin1(pragma) + u'\t' + scalar(db, u"PRAGMA "_s + QString::fromLatin1(pragma))
                    + u'\n';
            text += u"quick_check\t"_s + scalar(db, u"PRAGMA quick_check(1)"_s) + u'\n';
            text += u"tables (rows)\n"_s;
            QSqlQuery tables(db);
            isRead = tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            tables.finish();
            for (const QString &table : std::as_const(names)) {
                const QString quoted = u"\""_s + QString(table).replace(u'"', u"\"\""_s) + u'"';
                text += u"  "_s + table + u'\t' + scalar(db, u"SELECT count(*) FROM "_s + quoted) + u'\n';
            }
            text += u"hazards by status\n"_s;
            isRead
                = isRead && appendPairs(db, u"SELECT status, count(*) FROM hazards GROUP BY status ORDER BY 1"_s, text);
            text += u"outbox by state\n"_s;
            isRead = isRead && appendPairs(db, u"SELECT state, count(*) FROM outbox GROUP BY state ORDER BY 1"_s, text);
            text += u"open conflicts\t"_s + scalar(db, u"SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"_s)
                + u'\n';
            if (!isRead)
                failure = db.lastError().text();
        } else {
            failure = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!isRead)
        return Error {u"diagnostics.database_unreadable"_s,
            tr("The database %1 could not be read (%2). Run sitesafe-cli check on the data folder.")
                .arg(QDir::toNativeSeparators(path), failure)};
    return text;
}

Result<DiagnosticsReport::Summary> DiagnosticsReport::write(
    const QString &dataDirectory, const QString &zipPath, const Facts &facts)
{
    auto database = databaseText(dataDirectory);
    if (!database)
        return database.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString versions;
    for (const auto &[key, value] : facts)
        versions += key + u'\t' + LogScrubber::scrub(value) + u'\n';
    versions += u"written (UTC)\t"_s + now.toString(Qt::ISODate) + u'\n';

    ZipWriter zip;
    Summary summary;
    zip.add(u"versions.txt"_s, versions.toUtf8(), now);
    zip.add(u"database.txt"_s, database.value().toUtf8(), now);
    summary.files << u"versions.txt"_s << u"database.txt"_s;
    const QString logFolder = LogFile::folderOf(dataDirectory);
    for (const QString &name : LogFile::files(dataDirectory)) {
        QFile file(QDir(logFolder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue; // rotated away meanwhile
        QByteArray scrubbed;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                scrubbed += LogScrubber::scrub(QString::fromUtf8(line)).toUtf8() + '\n';
        }
        zip.add(u"logs/"_s + name, scrubbed, QFileInfo(file).lastModified());
        summary.files << u"logs/"_s + name;
    }
    if (Status saved = zip.save(zipPath); !saved)
        return saved.error();
    summary.bytes = QFileInfo(zipPath).size();
    return summary;
}

} // namespace sitesafe
