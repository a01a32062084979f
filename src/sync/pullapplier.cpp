#include "pullapplier.h"

#include "syncstatestore.h"
#include "protocol/wirevalue.h"

#include "protocol/entityrules.h"
#include "storage/hazardrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString what()
{
    return PullApplier::tr("saving data from the server");
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

Result<int> PullApplier::apply(const QList<PulledChange> &changes, const Position &position)
{
    Transaction tx(m_db, Transaction::Origin::Remote);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery pragma(m_db);
    // A child may arrive before its parent inside a page (the parent was changed later); check at COMMIT.
    pragma.exec(u"PRAGMA defer_foreign_keys = ON"_s);
    QSet<QString> hazards;
    int applied = 0;
    for (const PulledChange &change : changes) {
        if (!EntityRules::find(change.entity) || change.row.isEmpty())
            continue; // an entity this client does not know yet: the next program version will pull it again
        if (Status s = applyRow(change, hazards); !s)
            return s.error();
        ++applied;
    }
    HazardRepository repository(m_db);
    for (const QString &id : std::as_const(hazards)) {
        QSqlQuery exists(m_db);
        exists.prepare(u"SELECT 1 FROM hazards WHERE id = ?"_s);
        exists.addBindValue(id);
        if (exists.exec() && exists.next()) {
            if (auto fold = repository.refreshCache(id); !fold)
                return fold.error();
        }
    }
    if (Status s = storePosition(position); !s)
        return s.error();
    if (Status s = tx.commit(); !s) {
        if (s.error().code == u"storage.constraint" && s.error().message.contains(u"FOREIGN KEY"_s))
            return Error{u"sync.missing_parent"_s,
                         tr("A row arrived before the row it belongs to; it is applied together with the next page.")};
        return s.error();
    }
    return applied;
}

Status PullApplier::storePosition(const Position &position)
{
    SyncStateStore state(m_db);
    Status s;
    if (!position.epoch.isEmpty())
        s = state.setValue(SyncStateStore::kEpoch, position.epoch);
    if (s && !position.cursor.isEmpty()) {
        s = state.setValue(SyncStateStore::kCursor, position.cursor);
        if (s)
            s = state.remove(SyncStateStore::kSnapshotToken);
        if (s)
            s = state.setValue(SyncStateStore::kLastPullAt, now());
    } else if (s && !position.snapshotToken.isEmpty()) {
        s = state.setValue(SyncStateStore::kSnapshotToken, position.snapshotToken);
    }
    return s;
}

QSet<QString> PullApplier::dirtyFields(const QString &entity, const QString &id)
{
    QSet<QString> dirty;
    QSqlQuery &q = m_statements.prepared(
        u"SELECT fields FROM outbox WHERE entity = ? AND entity_id = ? AND state IN ('pending', 'in_flight')"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            const QJsonObject fields = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                dirty.insert(it.key());
        }
    }
    q.finish();
    return dirty;
}

Status PullApplier::applyRow(const PulledChange &change, QSet<QString> &hazards)
{
    const EntityRule &rule = *EntityRules::find(change.entity);
    // Column names come from the rule table, never from the answer.
    QStringList columns;
    for (const QString &column : rule.wireColumns()) {
        if (column != u"id" && change.row.contains(column))
            columns.append(column);
    }
    if (rule.entity == u"attachments") {
        // The photo itself comes later, on demand; the row needs its blob entry now.
        QSqlQuery &blob = m_statements.prepared(u"INSERT INTO blobs (sha256, size, mime, upload_state, created_at) VALUES (?, 0, "
                                   "'application/octet-stream', 'remote_only', ?) ON CONFLICT (sha256) DO NOTHING"_s);
        blob.addBindValue(change.row.value(u"blob_sha256"_s).toString());
        blob.addBindValue(now());
        if (!blob.exec())
            return StorageError::fromSql(blob.lastError(), what());
    }
    if (rule.entity == u"hazards")
        hazards.insert(change.entityId);
    if (rule.lifecycle == EntityRule::Lifecycle::HazardEvents)
        hazards.insert(change.row.value(rule.lifecycleParentColumn).toString());

    QSqlQuery &exists = m_statements.prepared(u"SELECT 1 FROM \"%1\" WHERE id = ?"_s.arg(rule.entity));
    exists.addBindValue(change.entityId);
    if (!exists.exec())
        return StorageError::fromSql(exists.lastError(), what());
    const bool isNew = !exists.next();
    exists.finish(); // a statement left open would block the commit
    QSqlQuery *q = nullptr;
    if (isNew) {
        QStringList quoted, marks;
        for (const QString &c : std::as_const(columns)) {
            quoted.append(u"\"%1\""_s.arg(c));
            marks.append(u"?"_s);
        }
        q = &m_statements.prepared(u"INSERT INTO \"%1\" (id, %2, server_version) VALUES (?, %3, ?)"_s.arg(
            rule.entity, quoted.join(u", "_s), marks.join(u", "_s)));
        q->addBindValue(change.entityId);
        for (const QString &c : std::as_const(columns))
            q->addBindValue(WireValue::variant(change.row.value(c)));
        q->addBindValue(change.serverSeq);
    } else {
        const QSet<QString> dirty = dirtyFields(rule.entity, change.entityId);
        QStringList assignments;
        QVariantList values;
        for (const QString &c : std::as_const(columns)) {
            if (dirty.contains(c))
                continue; // unsent local edit: kept until its receipt arrives
            assignments.append(u"\"%1\" = ?"_s.arg(c));
            values.append(WireValue::variant(change.row.value(c)));
        }
        assignments.append(u"server_version = ?"_s);
        values.append(change.serverSeq);
        q = &m_statements.prepared(u"UPDATE \"%1\" SET %2 WHERE id = ?"_s.arg(rule.entity, assignments.join(u", "_s)));
        for (const QVariant &v : std::as_const(values))
            q->addBindValue(v);
        q->addBindValue(change.entityId);
    }
    if (!q->exec())
        return StorageError::fromSql(q->lastError(), what());
    return {};
}

} // namespace sitesafe
