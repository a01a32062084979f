#include "migrator.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include "sqlscript.h"
#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Migrator::Migrator(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)) {}

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> migrations;
    const QDir dir(u":/sql/client"_s);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            migrations.append({match.captured(1).toInt(), match.captured(2), dir.filePath(file)});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestVersion()
{
    const QList<Migration> all = available();
    return all.isEmpty() ? 0 : all.constLast().version;
}

QString Migrator::backupPath(const QString &databasePath, int version)
{
    return databasePath + u".before-v%1.bak"_s.arg(version);
}

Status Migrator::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return StorageError::fromSql(q.lastError(), tr("reading the schema version"));
    const int current = q.value(0).toInt();
    q.finish(); // VACUUM INTO and BEGIN need no statement left running
    const int latest = latestVersion();
    if (current > latest)
        return Error{u"storage.newer_schema"_s,
                     tr("This data file was written by a newer SiteSafe (schema %1; this program knows up to %2). "
                        "Nothing was changed. Install the newer SiteSafe to open it.")
                         .arg(current)
                         .arg(latest)};
    if (current == latest)
        return {};

    if (current > 0) {
        const QString backup = backupPath(m_path, latest);
        QFile::remove(backup);
        QSqlQuery vacuum(m_db);
        vacuum.prepare(u"VACUUM INTO ?"_s);
        vacuum.addBindValue(backup);
        if (!vacuum.exec())
            return StorageError::fromSql(vacuum.lastError(), tr("copying the data file before upgrading it"));
    }
    for (const Migration &m : available()) {
        if (m.version <= current)
            continue;
        if (Status applied = apply(m); !applied)
            return applied;
    }
    return {};
}

Status Migrator::apply(const Migration &migration)
{
    QFile file(migration.resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"storage.migration_missing"_s, tr("Migration %1 is missing from this build.").arg(migration.name)};
    const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
    const QString what = tr("upgrading the data file (step %1, %2)").arg(migration.version).arg(migration.name);

    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return StorageError::fromSql(q.lastError(), what);
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            const Error error = StorageError::fromSql(q.lastError(), what);
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
            return error;
        }
    }
    // PRAGMA takes no bound parameters: the version is an integer we format ourselves.
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)) || !q.exec(u"COMMIT"_s)) {
        const Error error = StorageError::fromSql(q.lastError(), what);
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return error;
    }
    return {};
}

} // namespace sitesafe
