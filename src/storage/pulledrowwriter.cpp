#include "pulledrowwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "bulkinserter.h"
#include "database.h"
#include "hazardrepository.h"
#include "shortwords.h"
#include "sqlvalues.h"
#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString what()
{
    return PulledRowWriter::tr("saving data from the server");
}

/// Columns the device advances itself: a notice number block's counter. A pulled (or adopted) copy of the row
/// never moves it back, or a number already used offline would be handed out again; the server never learns the
/// counter (it is not pushed), so its copy always says "nothing used".
bool isLocalCounter(const QString &entity, const QString &column)
{
    return entity == u"notice_number_blocks" && column == u"next_number";
}

QString quoted(const QString &name)
{
    return u"\""_s + QString(name).replace(u'"', u"\"\""_s) + u'"';
}
} // namespace

Status PulledRowWriter::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return StorageError::fromSql(q.lastError(), what());
    return {};
}

Status PulledRowWriter::begin()
{
    m_tx.emplace(m_db, Transaction::Origin::Remote);
    if (!m_tx->isActive())
        return m_tx->error();
    // A child may arrive before its parent inside a page (the parent was changed later); check at COMMIT.
    if (Status s = exec(u"PRAGMA defer_foreign_keys = ON"_s); !s)
        return s;
    // New hazards are indexed here at the end of the page, not by their trigger (client 0016, 0017); the row is
    // deleted again before COMMIT, so no other connection ever sees it.
    if (Status s = exec(u"INSERT INTO search_tokens_writer (id) VALUES (1) ON CONFLICT (id) DO NOTHING"_s); !s)
        return s;
    m_isWritingTokens = true;
    m_newHazards.clear();
    return {};
}

Status PulledRowWriter::indexNewHazards()
{
    if (m_newHazards.isEmpty())
        return {};
    // A rowid whose insert a savepoint took back is simply not found; one taken again by a later row is the row.
    QString list = u"["_s;
    for (qint64 seq : std::as_const(m_newHazards))
        list += QString::number(seq) + u',';
    list.back() = u']';
    m_newHazards.clear();
    QSqlQuery &fts = m_statements.prepared(
        u"INSERT INTO hazards_fts (rowid, description, location, project_name, criterion_text) "
        "SELECT h.seq, h.description, h.location, (SELECT name FROM projects WHERE id = h.project_id), "
        "(SELECT text FROM criteria_items WHERE code = h.criteria_item) "
        "FROM hazards h WHERE h.seq IN (SELECT value FROM json_each(?))"_s);
    fts.addBindValue(list);
    if (!fts.exec())
        return StorageError::fromSql(fts.lastError(), what());
    // The short-word tokens from the texts hazards_fts now holds: the very texts its view reads (0016).
    QSqlQuery &texts = m_statements.prepared(
        u"SELECT id, c0, c1, c2, c3 FROM hazards_fts_content WHERE id IN (SELECT value FROM json_each(?))"_s);
    texts.addBindValue(list);
    if (!texts.exec())
        return StorageError::fromSql(texts.lastError(), what());
    QJsonArray grams;
    while (texts.next())
        grams.append(QJsonArray{texts.value(0).toLongLong(),
                                shortWordTokens(texts.value(1).toString(), texts.value(2).toString(),
                                                texts.value(3).toString(), texts.value(4).toString())});
    texts.finish();
    QSqlQuery &insert = m_statements.prepared(u"INSERT INTO hazard_grams (rowid, bigrams) "
                                              "SELECT value ->> 0, value ->> 1 FROM json_each(?)"_s);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(grams).toJson(QJsonDocument::Compact)));
    if (!insert.exec())
        return StorageError::fromSql(insert.lastError(), what());
    return {};
}

Status PulledRowWriter::ensureRemoteBlob(const QString &sha256)
{
    QSqlQuery &blob = m_statements.prepared(u"INSERT INTO blobs (sha256, size, mime, upload_state, created_at) "
                                            "VALUES (?, 0, 'application/octet-stream', 'remote_only', ?) "
                                            "ON CONFLICT (sha256) DO NOTHING"_s);
    blob.addBindValue(sha256);
    blob.addBindValue(Timestamp::toText(Database::clockOf(m_db).now()));
    if (!blob.exec())
        return StorageError::fromSql(blob.lastError(), what());
    return {};
}

PulledRowWriter::RowSql &PulledRowWriter::sqlFor(const PulledRow &row)
{
    RowSql &sql = m_sql[row.entity];
    if (sql.inserter && sql.columns == row.columns)
        return sql; // the usual case: every row of an entity carries the same columns
    sql.columns = row.columns;
    QStringList names;
    for (const QString &c : row.columns)
        names.append(quoted(c));
    sql.select = u"SELECT server_version%1 FROM %2 WHERE id = ?"_s.arg(
        names.isEmpty() ? QString() : QString(u", "_s + names.join(u", "_s)), quoted(row.entity));
    // A new hazard starts with the cache HazardRepository::create gives it (open, due on its deadline), so the
    // refold of a hazard that only has its created event finds nothing to change.
    sql.isHazard = row.entity == u"hazards";
    sql.copiedColumn = sql.isHazard ? row.columns.indexOf(u"deadline"_s) : -1;
    if (sql.copiedColumn >= 0)
        names.append(u"effective_deadline"_s);
    // A row that is here already is left alone by the INSERT (and its triggers do not run); it is compared next.
    // The INSERT binds through SQLite itself: Qt's bindValue() names every placeholder, a fifth of the apply time.
    sql.inserter = std::make_shared<BulkInserter>(m_db, quoted(row.entity),
                                                  QStringList{u"id"_s} + names + QStringList{u"server_version"_s},
                                                  u"ON CONFLICT (id) DO NOTHING"_s);
    return sql;
}

Result<PulledRowWriter::Stored> PulledRowWriter::stored(const PulledRow &row, const RowSql &sql)
{
    QSqlQuery &local = m_statements.prepared(sql.select);
    local.addBindValue(row.id);
    if (!local.exec())
        return StorageError::fromSql(local.lastError(), what());
    Stored result = Stored::Missing;
    if (local.next()) {
        result = local.value(0).isNull() || local.value(0).toLongLong() != row.serverSeq ? Stored::SameValues
                                                                                          : Stored::Same;
        for (qsizetype i = 0; result != Stored::Different && i < row.values.size(); ++i) {
            if (!SqlValues::isSame(local.value(int(i) + 1), row.values.at(i)))
                result = Stored::Different;
        }
    }
    local.finish(); // a statement left open would block the commit
    return result;
}

Status PulledRowWriter::failed(const QSqlQuery &q)
{
    const Error error = StorageError::fromSql(q.lastError(), what());
    if (error.code == u"storage.constraint" || error.code == u"storage.rule")
        m_lastConstraint = q.lastError().databaseText();
    return error;
}

Status PulledRowWriter::write(const PulledRow &row)
{
    m_lastConstraint.clear();
    m_wroteContent = false;
    RowSql &sql = sqlFor(row);
    // A pushing client pulls its own rows back: rewriting them would run every trigger (full-text index, short
    // words) for nothing, so a row that already holds the pulled values only takes the new server_version. Rows
    // come in runs (a first sync: all new; a pushing client's own rows: all here), so the statement that settled
    // the previous row of the entity is tried first.
    if (sql.isLastHere) {
        auto local = stored(row, sql);
        if (!local)
            return local.error();
        if (local.value() != Stored::Missing)
            return update(row, local.value());
        sql.isLastHere = false;
    }
    QVariantList values;
    values.reserve(row.values.size() + 3);
    values.append(row.id);
    values.append(row.values);
    if (sql.copiedColumn >= 0)
        values.append(row.values.at(sql.copiedColumn));
    values.append(row.serverSeq);
    const Status inserted = sql.inserter->insert(values);
    if (inserted && sql.inserter->lastChanges() == 1) {
        m_wroteContent = true;
        if (sql.isHazard && m_isWritingTokens)
            m_newHazards.insert(sql.inserter->lastRowId());
        return {};
    }
    // Here already (or a row that carries only some columns failed the INSERT's NOT NULL checks before its id
    // was looked at: it may still update a row that is here).
    auto local = stored(row, sql);
    if (!local)
        return local.error();
    if (local.value() == Stored::Missing) {
        if (inserted)
            return Error{u"storage.pulled_row"_s, what()};
        if (inserted.error().code == u"storage.constraint" || inserted.error().code == u"storage.rule")
            m_lastConstraint = sql.inserter->lastMessage();
        return inserted;
    }
    sql.isLastHere = true;
    return update(row, local.value());
}

Status PulledRowWriter::update(const PulledRow &row, Stored local)
{
    if (local == Stored::Same)
        return {};
    if (local == Stored::SameValues)
        return storeVersion(row);
    m_wroteContent = true;
    const QSet<QString> dirty = m_outbox.unsentFields(row.entity, row.id);
    QStringList assignments;
    QVariantList values;
    for (qsizetype i = 0; i < row.columns.size(); ++i) {
        if (dirty.contains(row.columns.at(i)))
            continue; // unsent local edit: kept until its receipt arrives
        const QString column = quoted(row.columns.at(i));
        assignments.append(isLocalCounter(row.entity, row.columns.at(i))
                               ? QString(column + u" = MAX("_s + column + u", ?)"_s)
                               : QString(column + u" = ?"_s));
        values.append(row.values.value(i));
    }
    assignments.append(u"server_version = ?"_s);
    values.append(row.serverSeq);
    QSqlQuery &q =
        m_statements.prepared(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(quoted(row.entity), assignments.join(u", "_s)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(row.id);
    if (!q.exec())
        return failed(q);
    return {};
}

Status PulledRowWriter::storeVersion(const PulledRow &row)
{
    QSqlQuery &q = m_statements.prepared(u"UPDATE %1 SET server_version = ? WHERE id = ?"_s.arg(quoted(row.entity)));
    q.addBindValue(row.serverSeq);
    q.addBindValue(row.id);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), what());
    return {};
}

Status PulledRowWriter::refreshHazards(const QSet<QString> &hazardIds)
{
    for (const QString &id : hazardIds) {
        auto fold = m_hazards.refreshCache(id);
        if (!fold && fold.error().code != u"hazard.missing")
            return fold.error(); // an event whose hazard is not here (held) waits for it
    }
    return {};
}

Result<QList<ForeignKeyBreak>> PulledRowWriter::foreignKeyBreaks()
{
    QList<ForeignKeyBreak> breaks;
    QHash<QString, QHash<int, std::pair<QString, QString>>> keys; // table → fk id → (child column, parent column)
    QSqlQuery check(m_db);
    check.setForwardOnly(true);
    if (!check.exec(u"PRAGMA foreign_key_check"_s))
        return StorageError::fromSql(check.lastError(), what());
    while (check.next()) {
        const QString table = check.value(0).toString();
        if (!keys.contains(table)) {
            QSqlQuery list(m_db);
            if (!list.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(quoted(table))))
                return StorageError::fromSql(list.lastError(), what());
            while (list.next())
                keys[table].insert(list.value(0).toInt(), {list.value(3).toString(), list.value(4).toString()});
        }
        const auto [childColumn, parentColumn] = keys.value(table).value(check.value(3).toInt());
        QSqlQuery row(m_db);
        row.prepare(u"SELECT id, %1 FROM %2 WHERE rowid = ?"_s.arg(quoted(childColumn), quoted(table)));
        row.addBindValue(check.value(1));
        if (!row.exec())
            return StorageError::fromSql(row.lastError(), what());
        if (row.next())
            breaks.append({table, row.value(0).toString(), check.value(2).toString(),
                           parentColumn.isEmpty() ? u"id"_s : parentColumn, row.value(1)});
    }
    return breaks;
}

Status PulledRowWriter::savepoint()
{
    return exec(u"SAVEPOINT pulled_row"_s);
}

Status PulledRowWriter::undoToSavepoint()
{
    if (Status s = exec(u"ROLLBACK TO pulled_row"_s); !s)
        return s;
    return releaseSavepoint();
}

Status PulledRowWriter::releaseSavepoint()
{
    return exec(u"RELEASE pulled_row"_s);
}

Status PulledRowWriter::commit(const std::optional<PullPosition> &position)
{
    if (!m_tx)
        return Error{u"storage.no_transaction"_s, what()};
    if (m_isWritingTokens) { // from here on (a COMMIT refused, rows held), the trigger writes the tokens again
        if (Status s = indexNewHazards(); !s)
            return s;
        if (Status s = exec(u"DELETE FROM search_tokens_writer"_s); !s)
            return s;
        m_isWritingTokens = false;
    }
    if (position) {
        if (Status s = SyncStateStore(m_db).storePosition(*position); !s)
            return s;
    }
    Status s = m_tx->commit();
    m_tx.reset();
    if (!s && s.error().message.contains(u"FOREIGN KEY"_s))
        m_lastConstraint = u"FOREIGN KEY constraint failed"_s;
    return s;
}

void PulledRowWriter::rollback()
{
    m_isWritingTokens = false;
    m_newHazards.clear();
    if (m_tx)
        m_tx->rollback();
    m_tx.reset();
}

} // namespace sitesafe
