#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitesafe {

/// What in the data folder still needs the sync or the user: changes waiting to be sent, changes the server
/// refused, and fields held with two values. "All changes synced" may only be said when all three are zero.
struct SyncAttention {
    qint64 waiting = 0;   ///< outbox rows pending or frozen in a batch in flight
    qint64 refused = 0;   ///< outbox rows the server rejected (until handled)
    qint64 conflicts = 0; ///< conflicts not resolved yet

    bool isClear() const { return waiting == 0 && refused == 0 && conflicts == 0; }
    friend bool operator==(const SyncAttention &, const SyncAttention &) = default;
};

/// Counts SyncAttention in one read (the status bar and the quit prompt ask it; indexed counts, cheap). Kept
/// apart from OutboxRepository and ConflictRepository so the three numbers come from one statement and one
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
