#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/error.h"

namespace sitesafe {

/// What in the data folder still needs the sync or the user: changes waiting to be sent, changes the server
/// refused, fields held with two values, and received rows held back because they break a local constraint
/// (docs/sync-protocol.md, "Held pulled rows"). "All changes synced" may only be said when all four are zero.
struct SyncAttention {
    qint64 waiting = 0;   ///< outbox rows pending or frozen in a batch in flight
    qint64 refused = 0;   ///< outbox rows the server rejected (until handled)
    qint64 conflicts = 0; ///< conflicts not resolved yet
    qint64 held = 0;      ///< pulled rows held back (held_pulled_rows) until they apply

    bool isClear() const { return waiting == 0 && refused == 0 && conflicts == 0 && held == 0; }
    friend bool operator==(const SyncAttention &, const SyncAttention &) = default;
};

/// Counts SyncAttention in one read (the status bar and the quit prompt ask it; indexed counts, cheap). Kept
/// apart from OutboxRepository and ConflictRepository so the numbers come from one statement and one
/// snapshot of the file.
class SyncAttentionReader
{
    Q_DECLARE_TR_FUNCTIONS(SyncAttentionReader)

public:
    explicit SyncAttentionReader(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<SyncAttention> read();

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
