#pragma once

#include "backend.h"

namespace sitesafe {

/// SQLite: one file, WAL, synchronous=FULL, foreign keys on, a busy timeout, a 32 MB page cache per connection; BEGIN
/// IMMEDIATE makes every write transaction the single writer, so server_seq is assigned in commit order. The writers of
/// this process queue on a mutex before BEGIN IMMEDIATE: SQLite's busy handler polls with sleeps of up to 100 ms, so a
/// writer it made wait would start milliseconds after the lock came free (issue 13, sixth session); the queue waits at
/// most the busy timeout (10 s), which still covers writers of other processes (`sitesafe-server` commands run while it
/// serves).
class SqliteBackend final : public Backend
{
public:
    explicit SqliteBackend(QString path);

    Kind kind() const override { return Kind::Sqlite; }
    Status beginWrite(QSqlDatabase &db) override;
    void endWrite() override;
    QString migrationsFolder() const override;

protected:
    Result<QSqlDatabase> openConnection(const QString &name) override;

private:
    QString m_path;
    QMutex m_writeGate; ///< held from beginWrite() to endWrite(), by one thread of this process at a time
};

} // namespace sitesafe
