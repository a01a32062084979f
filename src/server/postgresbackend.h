#pragma once

#include "backend.h"

namespace sitesafe {

/// PostgreSQL (QPSQL): several stateless server processes share one database. A write transaction locks the
/// seq_counter row first, which serialises writers so server_seq order equals commit order (sync-anchors §2.2).
class PostgresBackend final : public Backend
{
public:
    struct Settings {
        QString host;
        int port = 5432;
        QString user;
        QString password;
        QString database;
    };

    explicit PostgresBackend(Settings settings);
    /// postgres://user[:password]@host[:port]/database (host may be a socket folder via ?host=/path).
    static Result<std::unique_ptr<PostgresBackend>> fromUrl(const QString &url);

    Kind kind() const override { return Kind::Postgres; }
    Status beginWrite(QSqlDatabase &db) override;
    QString migrationsFolder() const override;

protected:
    Result<QSqlDatabase> openConnection(const QString &name) override;

private:
    Settings m_settings;
};

} // namespace sitesafe
