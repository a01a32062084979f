#include "hazardtablemodel.h"

#include <algorithm>
#include <limits>
#include <utility>

#include <QBrush>
#include <QColor>
#include <QMutex>

#include "core/domainlabels.h"
#include "sqlworker.h"
#include "storage/readquery.h"
#include "windowedfetchstate.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

/// What a job hands back to the UI thread.
struct HazardTableModel::Fetched {
    quint64 generation = 0;
    int page = -1;
    qint64 total = -1;
    bool walksSortIndex = false;
    QList<HazardRow> rows;
    bool isSkipped = false;
    QString error;
};

namespace {
bool bindAndExec(ReadQuery &q, const SqlStatement &s)
{
    if (!q.prepare(s.sql))
        return false;
    for (const QVariant &v : s.values)
        q.addBindValue(v);
    return q.exec();
}

QList<HazardRow> readRows(ReadQuery &q)
{
    QList<HazardRow> rows;
    while (q.next()) {
        HazardRow row = HazardQuery::readRow(q);
        row.foundAtText = DomainLabels::localDateTime(row.foundAt);
        row.criterionText = DomainLabels::criterion(row.criteriaItem);
        rows.append(std::move(row));
    }
    return rows;
}

QString queryError(const ReadQuery &q)
{
    return HazardTableModel::tr("The hazard list could not be read (%1). Check the data folder in Settings, "
                                "or run “sitesafe-cli check”.")
        .arg(q.errorText());
}

/// Reads a window, then the sync badges of just its rows. Empty on success, else the error sentence.
QString readWindow(ReadConnection db, const SqlStatement &window, QList<HazardRow> &rows)
{
    ReadQuery q(db);
    if (!bindAndExec(q, window))
        return queryError(q);
    rows = readRows(q);
    q.finish();
    if (rows.isEmpty())
        return {};
    QList<qint64> seqs;
    seqs.reserve(rows.size());
    for (const HazardRow &row : std::as_const(rows))
        seqs << row.seq;
    if (!bindAndExec(q, HazardQuery::syncStateStatement(seqs)))
        return queryError(q);
    HazardQuery::readSyncStates(q, rows);
    q.finish();
    return {};
}
} // namespace

HazardTableModel::HazardTableModel(const QString &databasePath, QDate today, QObject *parent)
    : QAbstractTableModel(parent),
      m_worker(new SqlWorker(databasePath, this)),
      m_state(std::make_shared<WindowedFetchState>())
{
    HazardFilter initial;
    initial.today = today;
    m_requested = HazardQuery(initial, HazardColumn::FoundAt, Qt::DescendingOrder);
    m_shown = m_requested;
    startReload();
}

HazardTableModel::~HazardTableModel() = default;

int HazardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int HazardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(HazardColumn::Count);
}

void HazardTableModel::setFilter(const HazardFilter &filter)
{
    if (filter == m_requested.filter() && m_requestedGeneration > 0)
        return;
    m_requested = HazardQuery(filter, m_requested.sortColumn(), m_requested.sortOrder());
    startReload();
}

void HazardTableModel::setQuery(const HazardFilter &filter, HazardColumn sortColumn, Qt::SortOrder order)
{
    m_requested = HazardQuery(filter, sortColumn, order);
    startReload();
}

void HazardTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(HazardColumn::Count))
        return;
    m_requested = HazardQuery(m_requested.filter(), HazardColumn(column), order);
    startReload();
}

void HazardTableModel::reload()
{
    startReload();
}

void HazardTableModel::startReload()
{
    const quint64 generation = ++m_requestedGeneration;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->latestOpen = generation;
    }
    m_reloadTimer.start();
    const HazardQuery query = m_requested;
    const int pageSize = m_pageSize;
    auto state = m_state;
    m_worker->post<Fetched>(
        this,
        [generation, query, pageSize, state](ReadConnection db) {
            Fetched f;
            f.generation = generation;
            f.page = 0;
            if (!state->isLatestOpen(generation)) {
                f.isSkipped = true;
                return f;
            }
            ReadQuery q(db);
            if (!bindAndExec(q, query.countStatement()) || !q.next()) {
                f.error = queryError(q);
                return f;
            }
            f.total = q.value(0).toLongLong();
            q.finish();
            f.walksSortIndex = query.shouldWalkSortIndex(f.total);
            f.error = readWindow(db, query.windowStatement(std::nullopt, false, 0, pageSize, f.walksSortIndex), f.rows);
            return f;
        },
        [this, pageSize, query](Fetched f) {
            if (f.isSkipped || f.generation != m_requestedGeneration)
                return;
            if (!f.error.isEmpty()) {
                Q_EMIT loadFailed(f.error);
                return;
            }
            m_shown = query;
            m_shownPageSize = pageSize;
            applyOpened(f);
        });
}

void HazardTableModel::applyOpened(const Fetched &fetched)
{
    beginResetModel();
    m_shownGeneration = fetched.generation;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->shownGeneration = fetched.generation;
        m_state->wanted.clear();
    }
    m_rowCount = int(std::min<qint64>(fetched.total, std::numeric_limits<int>::max()));
    m_shownWalksSortIndex = fetched.walksSortIndex;
    QHash<int, Page> oldPages = std::exchange(m_pages, {}); // freed off the UI thread, after the new rows are shown
    m_pending.clear();
    m_anchors.clear();
    if (!fetched.rows.isEmpty()) {
        m_pages.insert(0, Page{fetched.rows, ++m_useCounter});
        m_anchors.insert(0, {HazardKey{fetched.rows.constFirst().sortValue, fetched.rows.constFirst().seq},
                             HazardKey{fetched.rows.constLast().sortValue, fetched.rows.constLast().seq}});
    }
    endResetModel();
    SqlWorker::discard(std::move(oldPages));
    m_lastLoadMs = m_reloadTimer.elapsed();
    Q_EMIT loaded(m_rowCount, m_lastLoadMs);
}

bool HazardTableModel::isRowLoaded(int row) const
{
    return row >= 0 && row < m_rowCount && m_pages.contains(row / m_shownPageSize);
}

void HazardTableModel::prefetch(int row) const
{
    if (row >= 0 && row < m_rowCount && !isRowLoaded(row))
        requestPage(row / m_shownPageSize);
}

void HazardTableModel::requestPage(int page) const
{
    m_state->want(page);
    if (m_pending.contains(page))
        return;
    m_pending.insert(page);

    // Start from the closest row already known: the top, the end, or the edge of a cached window.
    const int size = m_shownPageSize;
    const int first = page * size;
    const int count = std::min(size, m_rowCount - first);
    int offset = first;
    bool backwards = false;
    std::optional<HazardKey> anchor;
    if (const int fromEnd = m_rowCount - (first + count); fromEnd < offset) {
        offset = fromEnd;
        backwards = true;
    }
    for (auto it = m_anchors.cbegin(); it != m_anchors.cend(); ++it) {
        const int q = it.key();
        if (q < page && first - (q + 1) * size < offset) {
            offset = first - (q + 1) * size;
            backwards = false;
            anchor = it.value().second;
        } else if (q > page && q * size - (first + count) < offset) {
            offset = q * size - (first + count);
            backwards = true;
            anchor = it.value().first;
        }
    }

    const quint64 generation = m_shownGeneration;
    const HazardQuery query = m_shown;
    const bool walk = m_shownWalksSortIndex;
    auto state = m_state;
    auto *self = const_cast<HazardTableModel *>(this);
    m_worker->post<Fetched>(
        self,
        [generation, page, query, anchor, backwards, offset, count, walk, state](ReadConnection db) {
            Fetched f;
            f.generation = generation;
            f.page = page;
            if (!state->isWanted(generation, page)) {
                f.isSkipped = true;
                return f;
            }
            f.error = readWindow(db, query.windowStatement(anchor, backwards, offset, count, walk), f.rows);
            if (!f.error.isEmpty())
                return f;
            if (backwards)
                std::reverse(f.rows.begin(), f.rows.end());
            return f;
        },
        [self](Fetched f) { self->applyWindow(f); });
}

void HazardTableModel::applyWindow(const Fetched &fetched)
{
    if (fetched.generation != m_shownGeneration)
        return;
    m_pending.remove(fetched.page);
    if (fetched.isSkipped)
        return;
    if (!fetched.error.isEmpty()) {
        Q_EMIT loadFailed(fetched.error);
        return;
    }
    m_pages.insert(fetched.page, Page{fetched.rows, ++m_useCounter});
    if (!fetched.rows.isEmpty())
        m_anchors.insert(fetched.page, {HazardKey{fetched.rows.constFirst().sortValue, fetched.rows.constFirst().seq},
                                        HazardKey{fetched.rows.constLast().sortValue, fetched.rows.constLast().seq}});
    while (m_pages.size() > m_cachedPageLimit) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                       [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    const int first = fetched.page * m_shownPageSize;
    const int last = std::min(m_rowCount, first + int(fetched.rows.size())) - 1;
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
        Q_EMIT windowLoaded(first, last);
    }
}

const HazardRow *HazardTableModel::rowAt(int row) const
{
    auto it = m_pages.find(row / m_shownPageSize);
    if (it == m_pages.end()) {
        requestPage(row / m_shownPageSize);
        return nullptr;
    }
    it->lastUse = ++m_useCounter;
    const int inPage = row % m_shownPageSize;
    return inPage < it->rows.size() ? &it->rows[inPage] : nullptr;
}

bool HazardTableModel::isOverdue(const HazardRow &row) const
{
    return (row.status == u"open" || row.status == u"rectifying") && !row.deadline.isEmpty()
        && row.deadline < m_shown.filter().today.toString(Qt::ISODate);
}

bool HazardTableModel::isDueSoon(const HazardRow &row) const
{
    const QDate today = m_shown.filter().today;
    return (row.status == u"open" || row.status == u"rectifying") && today.isValid()
        && row.deadline >= today.toString(Qt::ISODate) && row.deadline <= today.addDays(1).toString(Qt::ISODate);
}

QVariant HazardTableModel::displayValue(const HazardRow &row, HazardColumn column) const
{
    switch (column) {
    case HazardColumn::Number: return row.seq;
    case HazardColumn::Status:
        // Overdue is derived (deadline passed while the contractor still has to act), so it is said in words too.
        return isOverdue(row) ? tr("%1 · overdue").arg(DomainLabels::hazardStatus(row.status))
                              : DomainLabels::hazardStatus(row.status);
    case HazardColumn::Level: return DomainLabels::hazardLevel(row.isMajor);
    case HazardColumn::Description: return row.description;
    case HazardColumn::Project: return row.projectName;
    case HazardColumn::Jurisdiction: return row.jurisdictionName;
    case HazardColumn::Criterion: return row.criterionText;
    case HazardColumn::FoundAt: return row.foundAtText;
    case HazardColumn::FoundBy: return row.foundBy;
    case HazardColumn::Deadline: return row.deadline;
    case HazardColumn::Measure: return DomainLabels::measure(row.measure);
    case HazardColumn::Supervision:
        return row.isSupervisionListed ? DomainLabels::supervisionListing(row.supervisionLevel) : QString();
    case HazardColumn::Count: break;
    }
    return {};
}

QVariant HazardTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = HazardColumn(index.column());
    const HazardRow *row = rowAt(index.row());
    if (!row) {
        if (role == IsLoadedRole)
            return false;
        if (role == Qt::DisplayRole && column == HazardColumn::Description)
            return tr("Loading…");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return displayValue(*row, column);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (column == HazardColumn::Number) {
            // Every state that holds, most urgent first (a rejected event and an unsent edit, say).
            QStringList lines;
            if (row->hasRejectedChange)
                lines << syncStateText(HazardSyncState::Rejected);
            if (row->hasOpenConflict)
                lines << syncStateText(HazardSyncState::Conflict);
            if (row->hasUnsentChanges)
                lines << syncStateText(HazardSyncState::Pending);
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
        }
        if (role == Qt::AccessibleDescriptionRole)
            return {};
        if (column == HazardColumn::Description || column == HazardColumn::Project)
            return row->location.isEmpty() ? row->description
                                           : tr("%1\nLocation: %2").arg(row->description, row->location);
        return {};
    case Qt::ForegroundRole:
        if ((column == HazardColumn::Deadline || column == HazardColumn::Status) && isOverdue(*row))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (column == HazardColumn::Deadline && isDueSoon(*row))
            return QBrush(QColor(0xb2, 0x5e, 0x00)); // amber: due within a day, as the reminders say
        if ((column == HazardColumn::Level && row->isMajor) || column == HazardColumn::Supervision)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (column == HazardColumn::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case HazardIdRole: return row->id;
    case ProjectIdRole: return row->projectId;
    case SeqRole: return row->seq;
    case StatusCodeRole: return row->status;
    case IsOverdueRole: return isOverdue(*row);
    case SupervisionLevelRole: return row->supervisionLevel;
    case IsDueSoonRole: return isDueSoon(*row);
    case IsLoadedRole: return true;
    case SyncStateRole: return int(row->syncState());
    case Qt::AccessibleTextRole:
        if (column == HazardColumn::Number && row->syncState() != HazardSyncState::Synced)
            return tr("%1, %2").arg(QString::number(row->seq), syncStateText(row->syncState()));
        return {};
    default: return {};
    }
}

QString HazardTableModel::syncStateText(HazardSyncState state)
{
    switch (state) {
    case HazardSyncState::Synced: return {};
    case HazardSyncState::Pending: return tr("Not yet on the server");
    case HazardSyncState::Conflict: return tr("Conflict: choose a value on the Sync page");
    case HazardSyncState::Rejected: return tr("Refused by the server: see the Sync page");
    }
    return {};
}

QVariant HazardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(HazardColumn::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (HazardColumn(section)) {
    case HazardColumn::Number: return tr("No.");
    case HazardColumn::Status: return tr("Status");
    case HazardColumn::Level: return tr("Level");
    case HazardColumn::Description: return tr("Description");
    case HazardColumn::Project: return tr("Project");
    case HazardColumn::Jurisdiction: return tr("City/county");
    case HazardColumn::Criterion: return tr("Legal basis");
    case HazardColumn::FoundAt: return tr("Found");
    case HazardColumn::FoundBy: return tr("Found by");
    case HazardColumn::Deadline: return tr("Deadline");
    case HazardColumn::Measure: return tr("Measure");
    case HazardColumn::Supervision: return tr("Supervision listing");
    case HazardColumn::Count: break;
    }
    return {};
}

} // namespace sitesafe
