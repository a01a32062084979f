#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include "core/error.h"
#include "hazardrepository.h"
#include "outboxrepository.h"
#include "statementcache.h"
#include "syncstatestore.h"
#include "transaction.h"

namespace sitesafe {

class BulkInserter;

/// One pulled server row as storage writes it: table and column names already checked against the protocol's
/// rule table by the caller, values already converted to SQL values.
struct PulledRow {
    QString entity;
    QString id;
    qint64 serverSeq = 0;
    QStringList columns; ///< without id
    QVariantList values; ///< one per column
};

/// A row whose reference (FOREIGN KEY) points nowhere, found inside the open transaction.
struct ForeignKeyBreak {
    QString entity;
    QString entityId;
    QString parentEntity;
    QString parentColumn;
    QVariant parentValue;
};

/// Writes pulled server rows (storage's half of the pull): a page and the position it brings the client to in
/// ONE Transaction::Origin::Remote transaction with foreign keys checked at COMMIT (a child may come before its
/// parent inside a page). Rows are upserted by id with their server_version; a field with an unsent local edit
/// keeps its local value (OutboxRepository::unsentFields), and a notice number block's counter (next_number)
/// only ever moves forward. Keeps its prepared statements for the life of the writer: compiling an INSERT into
/// hazards also compiles its triggers, most of the apply time.
class PulledRowWriter
{
    Q_DECLARE_TR_FUNCTIONS(PulledRowWriter)

public:
    explicit PulledRowWriter(QSqlDatabase db) : m_db(db), m_statements(db), m_outbox(db), m_hazards(std::move(db)) {}

    Status begin();
    /// An attachment's photo comes later, on demand: the row needs its `remote_only` blob entry now.
    Status ensureRemoteBlob(const QString &sha256);
    /// Inserts or updates one row. A stored row that already holds every pulled value only takes the new
    /// server_version (wroteContent() is false then). On failure lastConstraint() holds SQLite's words when a
    /// constraint broke.
    Status write(const PulledRow &row);
    /// Whether the last write() inserted the row or changed a value of it.
    bool wroteContent() const { return m_wroteContent; }
    /// SQLite's text of the constraint the last failed write broke; empty when it was no constraint.
    QString lastConstraint() const { return m_lastConstraint; }
    /// Refolds the status cache of these hazards (those that exist).
    Status refreshHazards(const QSet<QString> &hazardIds);
    /// The rows whose references point nowhere now, inside the open transaction (PRAGMA foreign_key_check over
    /// the whole store: only run after COMMIT refused a reference, or for held rows).
    Result<QList<ForeignKeyBreak>> foreignKeyBreaks();
    /// Marks a point inside the transaction that one row's write can be undone to.
    Status savepoint();
    Status undoToSavepoint();
    Status releaseSavepoint();
    /// Stores the position (if any) and commits. A FOREIGN KEY failure comes back with code "storage.constraint"
    /// and lastConstraint() "FOREIGN KEY constraint failed".
    Status commit(const std::optional<PullPosition> &position);
    void rollback();

private:
    /// How the stored row compares with a pulled one: missing, different, the same values under another
    /// server_version, or the same.
    enum class Stored { Missing, Different, SameValues, Same };

    /// The SQL texts for rows of one entity with one set of columns, built once.
    struct RowSql {
        QStringList columns;
        QString select;
        std::shared_ptr<BulkInserter> inserter; ///< INSERT … ON CONFLICT (id) DO NOTHING
        qsizetype copiedColumn = -1; ///< a pulled column whose value also starts a local cache column
        bool isLastHere = false;     ///< the previous row of this entity was here already
        bool isHazard = false;       ///< a new row goes into the search indexes at commit (indexNewHazards)
    };

    Status exec(const QString &sql);
    RowSql &sqlFor(const PulledRow &row);
    Result<Stored> stored(const PulledRow &row, const RowSql &sql);
    Status failed(const QSqlQuery &q);
    /// A row that is here: nothing, its server_version, or its values (fields with unsent local edits kept).
    Status update(const PulledRow &row, Stored local);
    Status storeVersion(const PulledRow &row);
    /// Puts the hazards this transaction inserted into hazards_fts and hazard_grams, one statement each (client
    /// 0016, 0017): FTS5 writes its pending terms out at every statement savepoint, so indexing row by row made a
    /// segment per row. Called just before COMMIT, while search_tokens_writer keeps the trigger away.
    Status indexNewHazards();

    QSqlDatabase m_db;
    StatementCache m_statements;
    OutboxRepository m_outbox;
    HazardRepository m_hazards; ///< refolds the status of hazards a page touched, statements kept
    QHash<QString, RowSql> m_sql; ///< by entity
    std::optional<Transaction> m_tx;
    QString m_lastConstraint;
    bool m_wroteContent = false;
    QSet<qint64> m_newHazards;      ///< rowids of hazards inserted in this transaction, indexed at commit()
    bool m_isWritingTokens = false; ///< search_tokens_writer holds its row: new hazards' indexing is ours
};

} // namespace sitesafe
