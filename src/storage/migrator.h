#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/error.h"

namespace sitesafe {

/// Applies the numbered migrations of sql/client (embedded as :/sql/client/NNNN_name.sql) in order, each in its
/// own transaction that also sets PRAGMA user_version. Before migrating a file that holds data it writes a
/// consistent copy next to it (VACUUM INTO "<file>.before-vN.bak"). A file newer than the program is refused.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration {
        int version = 0;
        QString name;
        QString resource;
    };

    Migrator(QSqlDatabase db, QString path);
    Status migrate();

    static QList<Migration> available();
    static int latestVersion();
    /// The path of the backup taken before migrating to `version`.
    static QString backupPath(const QString &databasePath, int version);

private:
    Status apply(const Migration &migration);

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace sitesafe
