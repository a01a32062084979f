#include "outboxmodel.h"

#include <algorithm>
#include <limits>

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/clock.h"
#include "core/domainlabels.h"
#include "sqlworker.h"
#include "storage/readquery.h"
#include "synclabels.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kValueChars = 40;

QString shortened(const QString &text, int chars)
{
    return text.size() <= chars ? text : text.left(chars - 1) + u"…"_s;
}

/// "Description: old → new; Location: …" and the same one field per line for the tooltip. updated_at travels
/// with every change and says nothing here.
void describeChange(OutboxRow &row, const QString &fieldsJson)
{
    const QJsonObject fields = QJsonDocument::fromJson(fieldsJson.toUtf8()).object();
    QStringList parts;
    QStringList lines;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key() == u"updated_at" || it.key() == u"created_at")
            continue;
        const QJsonObject change = it.value().toObject();
        const QString label = SyncLabels::field(row.entity, it.key());
        const QString value = SyncLabels::value(row.entity, it.key(), change.value(u"value"_s).toVariant());
        if (row.op == u"insert") {
            lines.append(OutboxModel::tr("%1: %2").arg(label, shortened(value, 200)));
            continue;
        }
        const QString base = SyncLabels::value(row.entity, it.key(), change.value(u"base"_s).toVariant());
        parts.append(OutboxModel::tr("%1: %2 → %3").arg(label, shortened(base, kValueChars), shortened(value, kValueChars)));
        lines.append(OutboxModel::tr("%1: %2 → %3").arg(label, shortened(base, 200), shortened(value, 200)));
    }
    row.change = row.op == u"insert" ? OutboxModel::tr("New record, %n field(s)", nullptr, int(lines.size()))
                                     : parts.join(u"; "_s);
    row.changeDetail = lines.join(u"\n"_s);
}

QString reasonOf(const OutboxRow &row, const QString &lastError, const QString &resultJson)
{
    if (!lastError.isEmpty())
        return lastError;
    if (row.state == u"conflict") {
        QStringList names;
        const QJsonArray conflicts = QJsonDocument::fromJson(resultJson.toUtf8()).object().value(u"conflicts"_s).toArray();
        for (const QJsonValue &c : conflicts)
            names.append(SyncLabels::field(row.entity, c.toObject().value(u"field"_s).toString()));
        return names.isEmpty() ? OutboxModel::tr("Changed on both sides")
                               : OutboxModel::tr("Changed on both sides: %1").arg(names.join(u", "_s));
    }
    if (row.state == u"duplicate")
        return OutboxModel::tr("The server had already applied it");
    return {};
}
} // namespace

/// What a job hands back to the UI thread.
struct OutboxModel::Fetched {
    quint64 generation = 0;
    bool isReload = false;
    OutboxSummary summary;
    QList<OutboxRow> rows;
    QString error;
};

qint64 OutboxSummary::count(OutboxGroup group) const
{
    switch (group) {
    case OutboxGroup::All: return pending + inFlight + applied + duplicate + conflict + rejected;
    case OutboxGroup::Waiting: return pending + inFlight;
    case OutboxGroup::Applied: return applied + duplicate;
    case OutboxGroup::Conflict: return conflict;
    case OutboxGroup::Rejected: return rejected;
    }
    return 0;
}

OutboxModel::OutboxModel(const QString &databasePath, QObject *parent)
    : QAbstractTableModel(parent), m_worker(new SqlWorker(databasePath, this))
{
}

OutboxModel::~OutboxModel() = default;

QStringList OutboxModel::states(OutboxGroup group)
{
    switch (group) {
    case OutboxGroup::All: return {};
    case OutboxGroup::Waiting: return {u"pending"_s, u"in_flight"_s};
    case OutboxGroup::Applied: return {u"applied"_s, u"duplicate"_s};
    case OutboxGroup::Conflict: return {u"conflict"_s};
    case OutboxGroup::Rejected: return {u"rejected"_s};
    }
    return {};
}

OutboxSummary OutboxModel::loadSummary(ReadConnection db)
{
    OutboxSummary s;
    ReadQuery q(db);
    if (q.exec(u"SELECT state, count(*) FROM outbox GROUP BY state"_s)) {
        while (q.next()) {
            const QString state = q.value(0).toString();
            const qint64 n = q.value(1).toLongLong();
            if (state == u"pending") s.pending = n;
            else if (state == u"in_flight") s.inFlight = n;
            else if (state == u"applied") s.applied = n;
            else if (state == u"duplicate") s.duplicate = n;
            else if (state == u"conflict") s.conflict = n;
            else if (state == u"rejected") s.rejected = n;
        }
    }
    q.finish();
    // Keys of SyncStateStore (sync library), read here without linking it.
    if (q.exec(u"SELECT key, value FROM sync_state WHERE key IN ('last_push_at', 'last_pull_at')"_s)) {
        while (q.next()) {
            const QDateTime at = Timestamp::fromText(q.value(1).toString());
            (q.value(0).toString() == u"last_push_at" ? s.lastPushAt : s.lastPullAt) = at;
        }
    }
    return s;
}

QList<OutboxRow> OutboxModel::loadPage(ReadConnection db, OutboxGroup group, qint64 beforeSeq, int limit, QString *error)
{
    // One statement per state, each an indexed range on outbox_state (state, seq) walked backwards, merged here:
    // an IN (…) over two states would make SQLite sort every matching row to find the newest page.
    const QString sql =
        u"SELECT o.seq, o.created_at, o.entity, o.entity_id, o.op, o.fields, o.state, o.server_seq, o.content_hash, "
        "o.last_error, o.result, o.attempts, "
        "CASE o.entity WHEN 'hazards' THEN h.description WHEN 'hazard_events' THEN eh.description "
        "WHEN 'inspections' THEN ip.name END, he.kind "
        "FROM outbox o "
        "LEFT JOIN hazards h ON o.entity = 'hazards' AND h.id = o.entity_id "
        "LEFT JOIN hazard_events he ON o.entity = 'hazard_events' AND he.id = o.entity_id "
        "LEFT JOIN hazards eh ON eh.id = he.hazard_id "
        "LEFT JOIN inspections i ON o.entity = 'inspections' AND i.id = o.entity_id "
        "LEFT JOIN projects ip ON ip.id = i.project_id "
        "WHERE %1 o.seq < ? ORDER BY o.seq DESC LIMIT ?"_s;
    const qint64 before = beforeSeq < 0 ? std::numeric_limits<qint64>::max() : beforeSeq;
    QStringList states = OutboxModel::states(group);
    if (states.isEmpty())
        states.append(QString()); // all states: one walk down the primary key
    QList<OutboxRow> rows;
    for (const QString &state : states) {
        ReadQuery q(db);
        q.prepare(sql.arg(state.isEmpty() ? QString() : u"o.state = ? AND"_s));
        if (!state.isEmpty())
            q.addBindValue(state);
        q.addBindValue(before);
        q.addBindValue(limit);
        if (!q.exec()) {
            if (error)
                *error = tr("The outbox could not be read (%1). Check the data folder in Settings, or run "
                            "“sitesafe-cli check”.")
                             .arg(q.errorText());
            return {};
        }
        while (q.next()) {
            OutboxRow row;
            row.seq = q.value(0).toLongLong();
            row.createdAt = q.value(1).toString();
            row.entity = q.value(2).toString();
            row.entityId = q.value(3).toString();
            row.op = q.value(4).toString();
            row.state = q.value(6).toString();
            row.serverSeq = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
            row.contentHash = q.value(8).toString();
            row.attempts = q.value(11).toInt();
            row.recordName = q.value(12).toString();
            if (!q.value(13).isNull())
                row.recordName = tr("%1: %2").arg(DomainLabels::hazardEvent(q.value(13).toString()), row.recordName);
            describeChange(row, q.value(5).toString());
            row.reason = reasonOf(row, q.value(9).toString(), q.value(10).toString());
            rows.append(std::move(row));
        }
    }
    std::sort(rows.begin(), rows.end(), [](const OutboxRow &a, const OutboxRow &b) { return a.seq > b.seq; });
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void OutboxModel::setGroup(OutboxGroup group)
{
    m_group = group;
    reload();
}

void OutboxModel::reload()
{
    const quint64 generation = ++m_requestedGeneration;
    const OutboxGroup group = m_group;
    const int pageSize = m_pageSize;
    m_isFetching = false; // a page of the previous generation is dropped when it arrives
    m_worker->post<Fetched>(
        this,
        [generation, group, pageSize](ReadConnection db) {
            Fetched f;
            f.generation = generation;
            f.isReload = true;
            f.summary = loadSummary(db);
            f.rows = loadPage(db, group, -1, pageSize, &f.error);
            return f;
        },
        [this](Fetched f) { applyPage(f); });
}

bool OutboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_isFetching && m_shownGeneration == m_requestedGeneration;
}

void OutboxModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_isFetching = true;
    const quint64 generation = m_shownGeneration;
    const OutboxGroup group = m_group;
    const int pageSize = m_pageSize;
    const qint64 before = m_rows.constLast().seq;
    m_worker->post<Fetched>(
        this,
        [generation, group, pageSize, before](ReadConnection db) {
            Fetched f;
            f.generation = generation;
            f.rows = loadPage(db, group, before, pageSize, &f.error);
            return f;
        },
        [this](Fetched f) { applyPage(f); });
}

void OutboxModel::applyPage(const Fetched &fetched)
{
    if (fetched.generation != m_requestedGeneration)
        return;
    if (!fetched.error.isEmpty()) {
        if (!fetched.isReload) {
            m_isFetching = false;
            m_hasMore = false; // no retry loop from a view that keeps asking; the next reload tries again
        }
        Q_EMIT loadFailed(fetched.error);
        return;
    }
    // canFetchMore() stays false while views are told about the change: a view (or the model tester) asking
    // for more from inside rowsAboutToBeInserted would otherwise fetch the same page twice.
    if (fetched.isReload) {
        m_hasMore = false;
        beginResetModel();
        m_shownGeneration = fetched.generation;
        m_summary = fetched.summary;
        m_rows = fetched.rows;
        endResetModel();
        m_hasMore = fetched.rows.size() >= m_pageSize && m_rows.size() < m_summary.count(m_group);
        Q_EMIT loaded();
        return;
    }
    if (!fetched.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fetched.rows.size() - 1));
        m_rows.append(fetched.rows);
        endInsertRows();
    }
    m_hasMore = fetched.rows.size() >= m_pageSize && m_rows.size() < m_summary.count(m_group);
    m_isFetching = false;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxRow &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Time: return DomainLabels::localDateTime(row.createdAt);
        case Record:
            return tr("%1 · %2").arg(SyncLabels::entity(row.entity),
                                     row.recordName.isEmpty() ? row.entityId.left(8) : shortened(row.recordName, 60));
        case Change: return row.change;
        case State: return SyncLabels::outboxState(row.state);
        case ServerSeq: return row.serverSeq >= 0 ? QVariant(row.serverSeq) : QVariant();
        case ContentHash: return row.contentHash.left(12);
        case Reason: return row.reason;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Record: return tr("%1\nId: %2").arg(row.recordName, row.entityId).trimmed();
        case Change: return row.changeDetail.isEmpty() ? QVariant() : QVariant(row.changeDetail);
        case State: return tr("Sent %n time(s)", nullptr, row.attempts);
        case ContentHash: return row.contentHash.isEmpty() ? QVariant() : QVariant(row.contentHash);
        case Reason: return row.reason.isEmpty() ? QVariant() : QVariant(row.reason);
        default: return {};
        }
    case Qt::ForegroundRole:
        if ((column == State || column == Reason) && (row.state == u"conflict" || row.state == u"rejected"))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (column == ServerSeq)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeqRole: return row.seq;
    case StateCodeRole: return row.state;
    case EntityRole: return row.entity;
    case EntityIdRole: return row.entityId;
    default: return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time: return tr("Time");
    case Record: return tr("Record");
    case Change: return tr("Change");
    case State: return tr("State");
    case ServerSeq: return tr("Server no.");
    case ContentHash: return tr("Content hash");
    case Reason: return tr("Reason");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sitesafe
