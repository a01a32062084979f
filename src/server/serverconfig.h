#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// What `init` decides once for a data folder: where the database is (SQLite file in the folder, or a
/// postgres:// URL) and where blobs go (always DATA_DIR/blobs). Stored as DATA_DIR/server.json (mode 0600,
/// it may hold a database password).
struct ServerConfig {
    QString dataDir;
    QString databaseUrl; ///< empty: SQLite at DATA_DIR/server.db

    bool isPostgres() const { return !databaseUrl.isEmpty(); }
    QString sqlitePath() const;
    QString blobDir() const;

    Status save() const;
    static Result<ServerConfig> load(const QString &dataDir);
};

} // namespace sitesafe
