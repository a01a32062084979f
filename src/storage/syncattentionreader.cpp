#include "syncattentionreader.h"

#include <QSqlQuery>

#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<SyncAttention> SyncAttentionReader::read()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One statement: the counts belong to the same moment (a sync may be recording receipts meanwhile).
    if (!q.exec(u"SELECT (SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')), "
                "(SELECT count(*) FROM outbox WHERE state = 'rejected'), "
                "(SELECT count(*) FROM conflicts WHERE resolved_at IS NULL), "
                "(SELECT count(*) FROM held_pulled_rows)"_s)
        || !q.next())
        return StorageError::fromSql(q.lastError(), tr("counting the changes not yet synced"));
    SyncAttention a;
    a.waiting = q.value(0).toLongLong();
    a.refused = q.value(1).toLongLong();
    a.conflicts = q.value(2).toLongLong();
    a.held = q.value(3).toLongLong();
    return a;
}

} // namespace sitesafe
