#pragma once

#include "backend.h"

namespace sitesafe {

/// SQLite: one file, WAL, synchronous=FULL, foreign keys on, a busy timeout, a 32 MB page cache per connection; BEGIN IMMEDIATE makes every
/// write transaction the single writer, so server_seq is assigned in commit order.
class SqliteBackend final : public Backend
{
public:
    explicit SqliteBackend(QString path);

    Kind kind() const override { return Kind::Sqlite; }
    Status beginWrite(QSqlDatabase &db) override;
    QString migrationsFolder() const override;

protected:
    Result<QSqlDatabase> openConnection(const QString &name) override;

private:
    QString m_path;
};

} // namespace sitesafe
