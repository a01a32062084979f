#pragma once

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantMap>

#include "core/error.h"
#include "protocol/entityrules.h"

namespace sitesafe {

class StatementCache;

/// Rule-driven access to entity rows on one connection, for any entity of EntityRules: read a row, insert or
/// update its fields with a new server_seq, record it in change_log with its scope, and resolve which 市县 a
/// row belongs to by following the rule's jurisdiction path. Table and column names come only from the rule
/// table (never from requests); values are always bound. Statements come from the connection's StatementCache.
///
/// A RowStore lives for one transaction (a push batch, a pull page, an import). The parent rows it reads to
/// resolve scopes are kept for its lifetime (the 100s of mutations of a batch share a few projects); a write
/// through insert()/update() drops the written row from that cache, and forgetCachedRows() drops all of it (call
/// it after a rollback to a savepoint, and after writing entity rows by other means).
class RowStore
{
public:
    /// Where a row is visible: a 市县 code, a device, or province-wide (both empty).
    struct RowScope {
        QString jurisdictionCode;
        QString deviceId;
        bool isResolved = true; ///< false: a parent row on the path does not exist (yet)
    };

    explicit RowStore(StatementCache &statements);

    /// The stored row (the rule's wire columns and server_seq), or nullopt when absent.
    Result<std::optional<QVariantMap>> fetch(const EntityRule &rule, const QString &id);
    /// The row's scope, following the jurisdiction path from the row's own column values.
    Result<RowScope> scopeOf(const EntityRule &rule, const QVariantMap &row, int depth = 0);

    /// Hands out the next server_seq. Call inside a write transaction (Backend::beginWrite).
    Result<qint64> nextSeq();
    /// The last server_seq handed out (counted ones included).
    Result<qint64> highWater();
    /// For a push batch, which hands out hundreds of seqs: from now on nextSeq() reads seq_counter once and counts
    /// in memory, and flushSeq() writes the count back; it must run before COMMIT. Safe because the write
    /// transaction holds seq_counter to itself (SQLite's BEGIN IMMEDIATE, PostgreSQL's row lock in
    /// Backend::beginWrite). After a rollback to a savepoint, restoreSeq() with the seqMark() taken before it.
    void countSeqInMemory();
    Status flushSeq();
    std::optional<qint64> seqMark() const { return m_seq; }
    void restoreSeq(std::optional<qint64> mark);
    /// Takes back `seq`, the last nextSeq() of this transaction, when nothing was written with it.
    Status returnSeq(qint64 seq);

    /// Writes the row. With `stored`, the statement also returns the row's wire columns as the database stored
    /// them (RETURNING: after type affinity and defaults), in the order of `rule.wireColumns()`, which is what a
    /// read-back would give: the server writes wire columns in no other way (no triggers; the fold writes cache
    /// columns only). ContentHash::of takes them as they are.
    /// With `inserted` (and `stored`), a row whose id exists is left alone (ON CONFLICT (id) DO NOTHING) and
    /// `inserted` says whether the row was written; without it such a row fails the statement.
    Status insert(const EntityRule &rule, const QString &id, const QVariantMap &values, qint64 seq,
                  QList<QJsonValue> *stored = nullptr, bool *inserted = nullptr);
    Status update(const EntityRule &rule, const QString &id, const QVariantMap &values, qint64 seq,
                  QList<QJsonValue> *stored = nullptr);
    /// Records the row's latest seq and scope. `echoDevice`: the device whose push wrote this version exactly as
    /// that device holds it (sync-protocol.md, "Echo rows"); empty for every other write.
    Status logChange(const QString &entity, const QString &id, qint64 seq, const RowScope &scope,
                     const QString &echoDevice = {});
    /// The device whose echo the row's current version is (logChange), empty when none.
    Result<QString> echoDevice(const QString &entity, const QString &id);
    /// Loads, records and scopes a server-owned row in one go (seed, import): insert or replace by id.
    Status upsertReference(const EntityRule &rule, const QVariantMap &row, const QString &stamp);

    /// Wire form of rows of one entity: {id: row JSON with the rule's wire columns}.
    Result<QHash<QString, QJsonObject>> wireRows(const EntityRule &rule, const QStringList &ids);

    QSqlDatabase database() const { return m_db; }
    StatementCache &statements() { return m_statements; }
    void forgetCachedRows() { m_parents.clear(); }
    void forgetCachedRow(const QString &entity, const QString &id) { m_parents.remove(entity + u'/' + id); }

private:
    Result<qint64> storedSeq();
    /// fetch() through the parent cache (scope resolution only).
    Result<std::optional<QVariantMap>> fetchParent(const EntityRule &rule, const QString &id);

    /// An INSERT's SQL for one entity and column set (see insertSql()).
    struct InsertShape {
        QString entity;
        QStringList columns;
        QString sql;
    };
    const QString &insertSql(const EntityRule &rule, const QVariantMap &values, bool returning, bool keepExisting);

    StatementCache &m_statements;
    QSqlDatabase m_db;
    QHash<QString, std::optional<QVariantMap>> m_parents; ///< "entity/id" → row (nullopt: absent)
    QHash<size_t, InsertShape> m_insertShapes; ///< by a hash of entity, flags and column names
    bool m_countsSeq = false;
    std::optional<qint64> m_seq; ///< counted in memory: the last seq handed out (unset until the first)
    qint64 m_flushedSeq = 0; ///< what seq_counter holds in this transaction
};

} // namespace sitesafe
