#include "rowstore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "protocol/wirevalue.h"
#include "statementcache.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
Error dbError(const QSqlQuery &q)
{
    return Error{u"db.error"_s, q.lastError().text()};
}

Error dbError(const DirectStatement &q)
{
    return Error{u"db.error"_s, q.errorText()};
}

/// What fetch() reads of an entity: its wire columns and server_seq, and the SELECT by id. Built once per
/// entity from the rule table (which never changes at run time).
struct FetchShape {
    QStringList columns; ///< the wire columns, then server_seq
    QString sql;
    QString returning; ///< " RETURNING <wire columns>"
};

const FetchShape &fetchShape(const EntityRule &rule)
{
    static const QHash<QString, FetchShape> shapes = [] {
        QHash<QString, FetchShape> out;
        for (const EntityRule &r : EntityRules::all()) {
            FetchShape shape;
            shape.columns = r.wireColumns();
            shape.returning = u" RETURNING "_s + shape.columns.join(u", "_s);
            shape.columns.append(u"server_seq"_s);
            shape.sql = u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(shape.columns.join(u", "_s), r.entity);
            out.insert(r.entity, shape);
        }
        return out;
    }();
    return *shapes.find(rule.entity);
}

/// Reads the RETURNING row of a write into `stored` (when asked for). `onRow`: the caller has stepped onto it.
Status readStored(DirectStatement &q, const EntityRule &rule, QList<QJsonValue> *stored, bool onRow = false)
{
    if (!stored)
        return {};
    if (!onRow && !q.next())
        return Error{u"db.error"_s, u"The %1 row just written was not returned."_s.arg(rule.entity)};
    const qsizetype count = fetchShape(rule).columns.size() - 1; // all but server_seq
    stored->clear();
    stored->reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        stored->append(q.json(int(i)));
    return {};
}

/// Entities on some rule's jurisdiction path (a hazard for its events): a new row of these is kept for the scope
/// of the children that usually follow it in the batch. (An attachment's owner is read when asked for.)
bool isScopeParent(const QString &entity)
{
    static const QSet<QString> parents = [] {
        QSet<QString> out;
        for (const EntityRule &r : EntityRules::all()) {
            for (const JurisdictionHop &hop : r.jurisdictionPath)
                out.insert(hop.table);
        }
        return out;
    }();
    return parents.contains(entity);
}

QString placeholders(qsizetype count)
{
    QString marks;
    marks.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        marks += i ? u", ?"_s : u"?"_s;
    return marks;
}
} // namespace

RowStore::RowStore(StatementCache &statements) : m_statements(statements), m_db(statements.database()) {}

Result<std::optional<QVariantMap>> RowStore::fetch(const EntityRule &rule, const QString &id)
{
    const FetchShape &shape = fetchShape(rule);
    auto statement = m_statements.direct(shape.sql);
    if (!statement)
        return statement.error();
    DirectStatement &q = statement.value();
    q.bind(0, id);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return std::optional<QVariantMap>();
    QVariantMap row;
    for (qsizetype i = 0; i < shape.columns.size(); ++i)
        row.insert(shape.columns[i], q.value(int(i)));
    return std::optional<QVariantMap>(std::move(row));
}

Result<std::optional<QVariantMap>> RowStore::fetchParent(const EntityRule &rule, const QString &id)
{
    const QString key = rule.entity + u'/' + id;
    if (auto it = m_parents.constFind(key); it != m_parents.cend())
        return *it;
    auto row = fetch(rule, id);
    if (row)
        m_parents.insert(key, row.value());
    return row;
}

Result<RowStore::RowScope> RowStore::scopeOf(const EntityRule &rule, const QVariantMap &row, int depth)
{
    if (depth > 4)
        return RowScope{{}, {}, false};
    switch (rule.scope) {
    case EntityRule::Scope::Global:
        return RowScope{};
    case EntityRule::Scope::Device:
        return RowScope{{}, row.value(rule.deviceColumn).toString(), true};
    case EntityRule::Scope::Owner: {
        const EntityRule *owner = EntityRules::find(row.value(rule.ownerEntityColumn).toString());
        if (!owner || owner->scope == EntityRule::Scope::Owner)
            return RowScope{{}, {}, false};
        auto ownerRow = fetchParent(*owner, row.value(rule.ownerIdColumn).toString());
        if (!ownerRow)
            return ownerRow.error();
        if (!ownerRow.value())
            return RowScope{{}, {}, false};
        return scopeOf(*owner, *ownerRow.value(), depth + 1);
    }
    case EntityRule::Scope::Jurisdiction:
        break;
    }
    QVariantMap current = row;
    for (const JurisdictionHop &hop : rule.jurisdictionPath) {
        const EntityRule *next = EntityRules::find(hop.table);
        const QString parentId = current.value(hop.column).toString();
        if (!next || parentId.isEmpty())
            return RowScope{{}, {}, false};
        auto parent = fetchParent(*next, parentId);
        if (!parent)
            return parent.error();
        if (!parent.value())
            return RowScope{{}, {}, false};
        current = *parent.value();
    }
    const QString code = current.value(rule.jurisdictionColumn).toString();
    return RowScope{code, {}, !code.isEmpty()};
}

void RowStore::countSeqInMemory()
{
    m_countsSeq = true;
}

Result<qint64> RowStore::nextSeq()
{
    if (m_countsSeq) {
        if (!m_seq) {
            auto stored = storedSeq();
            if (!stored)
                return stored.error();
            m_seq = m_flushedSeq = stored.value();
        }
        return ++*m_seq;
    }
    // One statement: SQLite (3.35+) and PostgreSQL both return the new value from the UPDATE.
    auto statement = m_statements.direct(u"UPDATE seq_counter SET value = value + 1 WHERE id = 1 RETURNING value"_s);
    if (!statement)
        return statement.error();
    DirectStatement &q = statement.value();
    if (!q.exec() || !q.next())
        return dbError(q);
    return q.value(0).toLongLong();
}

Result<qint64> RowStore::highWater()
{
    if (m_countsSeq && m_seq)
        return *m_seq; // what seq_counter holds once flushSeq() has run
    return storedSeq();
}

Result<qint64> RowStore::storedSeq()
{
    auto statement = m_statements.direct(u"SELECT value FROM seq_counter WHERE id = 1"_s);
    if (!statement)
        return statement.error();
    DirectStatement &q = statement.value();
    if (!q.exec() || !q.next())
        return dbError(q);
    return q.value(0).toLongLong();
}

const QString &RowStore::insertSql(const EntityRule &rule, const QVariantMap &values, bool returning, bool keepExisting)
{
    // One statement per entity and column set (a client sends the same fields for every row of a kind), its SQL
    // found again by a hash of the names rather than built per row.
    size_t key = qHashMulti(0, rule.entity, returning, keepExisting);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        key = qHashMulti(key, it.key());
    InsertShape &shape = m_insertShapes[key];
    const auto sameShape = [&] {
        if (shape.entity != rule.entity || shape.columns.size() != values.size())
            return false;
        qsizetype i = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it, ++i) {
            if (shape.columns.at(i) != it.key())
                return false;
        }
        return true;
    };
    if (shape.sql.isEmpty() || !sameShape()) {
        QString columns = u"id, server_seq"_s;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            columns += u", "_s + it.key();
        shape.entity = rule.entity;
        shape.columns = values.keys();
        shape.sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(rule.entity, columns, placeholders(values.size() + 2))
            + (keepExisting ? u" ON CONFLICT (id) DO NOTHING"_s : QString())
            + (returning ? fetchShape(rule).returning : QString());
    }
    return shape.sql;
}

Status RowStore::flushSeq()
{
    if (!m_countsSeq || !m_seq || *m_seq == m_flushedSeq)
        return {};
    auto statement = m_statements.direct(u"UPDATE seq_counter SET value = ? WHERE id = 1"_s);
    if (!statement)
        return statement.error();
    DirectStatement &q = statement.value();
    q.bind(0, *m_seq);
    if (!q.exec())
        return dbError(q);
    m_flushedSeq = *m_seq;
    return {};
}

void RowStore::restoreSeq(std::optional<qint64> mark)
{
    if (m_countsSeq)
        m_seq = mark;
}

Status RowStore::returnSeq(qint64 seq)
{
    if (m_countsSeq) {
        if (m_seq == seq)
            --*m_seq;
        return {};
    }
    auto statement = m_statements.direct(u"UPDATE seq_counter SET value = value - 1 WHERE id = 1 AND value = ?"_s);
    if (!statement)
        return statement.error();
    DirectStatement &q = statement.value();
    q.bind(0, seq);
    if (!q.exec())
        return dbError(q);
    return {};
}

Status RowStore::insert(const EntityRule &rule, const QString &id, const QVariantMap &values, qint64 seq,
                        QList<QJsonValue> *stored, bool *inserted)
{
    Q_ASSERT(!inserted || stored); // the RETURNING row is what tells a written row from one left alone
    forgetCachedRow(rule.entity, id);
    auto statement = m_statements.direct(insertSql(rule, values, stored != nullptr, inserted != nullptr));
    if (!statement)
        return statement.error();
    DirectStatement &q = statement.value();
    q.bind(0, id);
    q.bind(1, seq);
    int i = 2;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(i++, it.value());
    if (!q.exec())
        return dbError(q);
    if (inserted) {
        *inserted = q.next();
        if (!*inserted)
            return q.errorText().isEmpty() ? Status{} : dbError(q);
    }
    if (Status s = readStored(q, rule, stored, inserted != nullptr); !s || !stored || !isScopeParent(rule.entity))
        return s;
    // The row as stored is what fetch() would read now (for the columns scopes follow, which are text): the next
    // mutation of a push is usually its child (a hazard's created event), whose scope goes through this row.
    const QStringList &names = fetchShape(rule).columns;
    QVariantMap row;
    for (qsizetype column = 0; column < stored->size(); ++column)
        row.insert(names[column], WireValue::variant(stored->at(column)));
    row.insert(u"server_seq"_s, seq);
    m_parents.insert(rule.entity + u'/' + id, std::optional<QVariantMap>(std::move(row)));
    return {};
}

Status RowStore::update(const EntityRule &rule, const QString &id, const QVariantMap &values, qint64 seq,
                        QList<QJsonValue> *stored)
{
    forgetCachedRow(rule.entity, id);
    QString sets = u"server_seq = ?"_s;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        sets += u", "_s + it.key() + u" = ?"_s;
    auto statement = m_statements.direct(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(rule.entity, sets)
                                          + (stored ? fetchShape(rule).returning : QString()));
    if (!statement)
        return statement.error();
    DirectStatement &q = statement.value();
    int i = 0;
    q.bind(i++, seq);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(i++, it.value());
    q.bind(i, id);
    if (!q.exec())
        return dbError(q);
    return readStored(q, rule, stored);
}

Status RowStore::logChange(const QString &entity, const QString &id, qint64 seq, const RowScope &scope,
                           const QString &echoDevice)
{
    auto statement = m_statements.direct(
        u"INSERT INTO change_log (server_seq, entity, entity_id, jurisdiction_code, device_id, echo_device) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id) DO UPDATE SET server_seq = excluded.server_seq, "
        "jurisdiction_code = excluded.jurisdiction_code, device_id = excluded.device_id, "
        "echo_device = excluded.echo_device"_s);
    if (!statement)
        return statement.error();
    DirectStatement &q = statement.value();
    q.bind(0, seq);
    q.bind(1, entity);
    q.bind(2, id);
    q.bind(3, scope.jurisdictionCode.isEmpty() ? QString() : scope.jurisdictionCode);
    q.bind(4, scope.deviceId.isEmpty() ? QString() : scope.deviceId);
    q.bind(5, echoDevice.isEmpty() ? QString() : echoDevice);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<QString> RowStore::echoDevice(const QString &entity, const QString &id)
{
    auto statement = m_statements.direct(u"SELECT echo_device FROM change_log WHERE entity = ? AND entity_id = ?"_s);
    if (!statement)
        return statement.error();
    DirectStatement &q = statement.value();
    q.bind(0, entity);
    q.bind(1, id);
    if (!q.exec())
        return dbError(q);
    return q.next() ? q.json(0).toString() : QString();
}

Status RowStore::upsertReference(const EntityRule &rule, const QVariantMap &row, const QString &stamp)
{
    const QString id = row.value(u"id"_s).toString();
    auto seq = nextSeq();
    if (!seq)
        return seq.error();
    QVariantMap values;
    for (const QString &f : rule.fields) {
        if (row.contains(f))
            values.insert(f, row.value(f));
    }
    values.insert(u"updated_at"_s, row.value(u"updated_at"_s, stamp));
    auto existing = fetch(rule, id);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        if (Status s = update(rule, id, values, seq.value()); !s)
            return s;
    } else {
        values.insert(u"created_at"_s, row.value(u"created_at"_s, stamp));
        if (Status s = insert(rule, id, values, seq.value()); !s)
            return s;
    }
    QVariantMap full = values;
    full.insert(u"id"_s, id);
    auto scope = scopeOf(rule, full);
    if (!scope)
        return scope.error();
    return logChange(rule.entity, id, seq.value(), scope.value());
}

Result<QHash<QString, QJsonObject>> RowStore::wireRows(const EntityRule &rule, const QStringList &ids)
{
    QHash<QString, QJsonObject> out;
    const QStringList columns = rule.wireColumns();
    constexpr qsizetype kChunk = 200;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        const QString sql =
            u"SELECT %1 FROM %2 WHERE id IN (%3)"_s.arg(columns.join(u", "_s), rule.entity, placeholders(chunk.size()));
        // Kept prepared: one id (a receipt's read-back) and full chunks. Other lengths are one-offs.
        std::optional<StatementCache::Statement> cached;
        std::optional<QSqlQuery> oneOff;
        if (chunk.size() == 1 || chunk.size() == kChunk) {
            auto statement = m_statements.prepare(sql);
            if (!statement)
                return statement.error();
            cached.emplace(std::move(statement).value());
        } else {
            oneOff.emplace(m_db);
            oneOff->setForwardOnly(true);
            if (!oneOff->prepare(sql))
                return dbError(*oneOff);
        }
        QSqlQuery &q = cached ? cached->query() : *oneOff;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            q.bindValue(int(i), chunk[i]);
        if (!q.exec())
            return dbError(q);
        while (q.next()) {
            QJsonObject row;
            for (qsizetype i = 0; i < columns.size(); ++i)
                row.insert(columns[i], WireValue::json(q.value(int(i))));
            out.insert(row.value(u"id"_s).toString(), row);
        }
    }
    return out;
}

} // namespace sitesafe
