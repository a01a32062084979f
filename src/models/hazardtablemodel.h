#pragma once

#include <memory>

#include <QAbstractTableModel>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include "hazardquery.h"
#include "hazardrow.h"

namespace sitesafe {

class SqlWorker;
struct WindowedFetchState;

/// The hazard list, fast on 300,000 hazards (issue 3, codebase-anchors §4.3). The row count is exact; rows
/// arrive in windows fetched on a worker connection with keyset pagination from the nearest row already known
/// (or backwards from the end), so no window pays for a deep OFFSET. Sorting and filtering happen in SQL; no
/// statement stays open between windows. data() never touches the database: a row not fetched yet shows a
/// placeholder and is asked for, and dataChanged() follows when its window arrives.
///
/// A new filter or sort keeps the old rows on screen until the new count and first window are ready; then the
/// model resets once and emits loaded(). Each window also brings the sync badge of its rows (SyncStateRole), so
/// reload() after a sync refreshes the badges.
class HazardTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HazardTableModel)

public:
    enum Role {
        HazardIdRole = Qt::UserRole + 1,
        ProjectIdRole,
        SeqRole,
        StatusCodeRole,
        IsOverdueRole,
        IsLoadedRole,
        /// int(HazardSyncState): the row's sync badge. The Number column also gives its sentence as tool tip and
        /// accessible description, and in its accessible text (what a screen reader says for the cell).
        SyncStateRole,
        SupervisionLevelRole, ///< province | city | county while listed for supervision (挂牌督办), else empty
        /// Due today or tomorrow while still open or rectifying (what the reminders call "due within a day").
        IsDueSoonRole,
    };

    /// `today`: the day "overdue" is judged on until setFilter() brings its own (the session's today; never the
    /// wall clock). Invalid: nothing counts as overdue before the first filter.
    explicit HazardTableModel(const QString &databasePath, QDate today = {}, QObject *parent = nullptr);
    ~HazardTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const HazardFilter &filter);
    /// Filter and sort in one step (one query instead of two).
    void setQuery(const HazardFilter &filter, HazardColumn sortColumn, Qt::SortOrder order);
    /// The filter asked for last (the rows shown may still be those of the one before; see isReady()).
    const HazardFilter &filter() const { return m_requested.filter(); }
    /// Queries the store again with the current filter and sort (after a sync or an edit).
    void reload();

    /// True once the rows shown belong to the last filter and sort asked for.
    bool isReady() const { return m_shownGeneration == m_requestedGeneration; }
    bool isRowLoaded(int row) const;
    /// Time the last reload took, from the request to the first window in place.
    qint64 lastLoadMilliseconds() const { return m_lastLoadMs; }
    /// Asks for the window holding `row` without waiting for it.
    void prefetch(int row) const;

    /// The worker this model queries on (benchmarks time the same SQL there, on the same thread and connection).
    SqlWorker *worker() const { return m_worker; }

    /// The badge's sentence ("Not yet on the server", …); empty for Synced.
    static QString syncStateText(HazardSyncState state);

    int pageSize() const { return m_pageSize; }
    /// Rows per window (default 256); takes effect with the next reload.
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    /// Windows kept in memory; older ones are dropped and fetched again when shown.
    void setCachedPageLimit(int pages) { m_cachedPageLimit = qMax(2, pages); }

Q_SIGNALS:
    /// The rows of a new filter or sort are in place.
    void loaded(int rowCount, qint64 milliseconds);
    void windowLoaded(int firstRow, int lastRow);
    /// A query failed; `message` is a translated sentence.
    void loadFailed(const QString &message);

private:
    struct Page {
        QList<HazardRow> rows;
        quint64 lastUse = 0;
    };
    struct Fetched;

    void startReload();
    void requestPage(int page) const;
    void applyOpened(const Fetched &fetched);
    void applyWindow(const Fetched &fetched);
    const HazardRow *rowAt(int row) const;
    QVariant displayValue(const HazardRow &row, HazardColumn column) const;
    bool isOverdue(const HazardRow &row) const;
    bool isDueSoon(const HazardRow &row) const;

    SqlWorker *m_worker = nullptr;
    std::shared_ptr<WindowedFetchState> m_state;
    HazardQuery m_requested;
    HazardQuery m_shown;
    quint64 m_requestedGeneration = 0;
    quint64 m_shownGeneration = 0;
    QElapsedTimer m_reloadTimer;
    int m_rowCount = 0;
    int m_pageSize = 256;
    int m_shownPageSize = 256;
    int m_cachedPageLimit = 16;
    qint64 m_lastLoadMs = 0;
    bool m_shownWalksSortIndex = false;
    mutable QHash<int, Page> m_pages;
    /// First and last key of every window seen in this generation, kept after the rows are dropped, so any
    /// later window starts from a nearby known row.
    QHash<int, QPair<HazardKey, HazardKey>> m_anchors;
    mutable QSet<int> m_pending;
    mutable quint64 m_useCounter = 0;
};

} // namespace sitesafe
