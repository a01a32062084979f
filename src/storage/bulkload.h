#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/error.h"

namespace sitesafe {

/// Makes writing a whole data set into a store that holds no hazards yet fast, and leaves the store as if every row
/// had been written alone (issue 13: the demo at province scale). begin() drops every trigger and every non-unique
/// index, keeping their SQL as sqlite_master holds it, and relaxes durability (rollback journal in memory,
/// synchronous OFF, a large page cache): a crash during the load may leave the file unusable, so use it only on a
/// file made for the load. Between begin() and finish() write only server data (Transaction::Origin::Remote, as
/// DatasetWriter does): for it the outbox and read-only triggers do nothing anyway, and the search triggers' work is
/// done by finish() in one pass per index. finish() creates the indexes again, fills hazards_fts and hazard_grams,
/// puts the triggers back with their exact SQL and the store's own settings (WAL, synchronous FULL). Unique indexes
/// and foreign keys stay, so the rows are checked as they are written. If finish() is not called (the load failed),
/// the destructor restores the store all the same, with the rows written so far.
class BulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(BulkLoad)
    Q_DISABLE_COPY_MOVE(BulkLoad)

public:
    explicit BulkLoad(QSqlDatabase db);
    ~BulkLoad();

    Status begin();
    Status finish();

private:
    struct SchemaObject {
        QString name;
        QString sql;
    };

    Status relax();
    Status restoreSettings();
    Status rebuild();

    QSqlDatabase m_db;
    QList<SchemaObject> m_indexes;
    QList<SchemaObject> m_triggers;
    QString m_journalMode;
    QString m_synchronous;
    QString m_cacheSize;
    bool m_isActive = false;
};

} // namespace sitesafe
