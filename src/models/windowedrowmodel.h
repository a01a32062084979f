#pragma once

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <utility>

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QVariantList>

#include "sqlworker.h"
#include "storage/readquery.h"
#include "windowedfetchstate.h"

namespace sitesafe {

/// The statements a windowed list reads, all bound with `values` in order. `select` is the whole ordered list
/// (the row's id in column 0). A window is `select` with LIMIT and OFFSET unless `window` is given: then `window`
/// is bound with `values`, the limit and the offset, in that order. SQLite computes every result column of the
/// rows an OFFSET skips when it sorts, so a list with costly columns (correlated counts) pages its ids in a
/// subquery and computes the columns for the window's rows only. `ids`, when given, lists the ids alone in the
/// same order (finding a row's position steps through it), else `select` does. `unordered`, when given, is the
/// list without its ORDER BY, which the count wraps (a sort that only feeds count(*) still costs: 100 against
/// 45 ms for the province's projects), else the count wraps `ids` or `select`.
struct WindowedListSql {
    QString select;
    QVariantList values;
    QString window;
    QString ids;
    QString unordered;
};

/// The machinery of a list that keeps only windows of its rows in memory (the notices, projects and inspections
/// lists; the hazard list has its own, keyset-paged one). The row count is exact (a count on the worker); rows
/// arrive in windows of pageSize() read with LIMIT/OFFSET on the model's SqlWorker, as the view asks for them
/// through data(); only the most recently used windows stay (setCachedPageLimit()). Sorting and filtering stay in
/// the SQL the subclass builds. A reload may name a row to find (reload after a sync or an edit keeps the
/// selection, a page shows one record): the open then also finds its position and reads its window, so rowOf()
/// answers at once when loaded() arrives.
///
/// `Row` needs an `id` member (QString). A subclass gives the row reader and the error sentence, builds the SQL
/// (on the worker thread, so it may read the store) and turns opened()/failed() into its signals.
template<typename Row> class WindowedRowModel : public QAbstractTableModel
{
public:
    using SqlBuilder = std::function<WindowedListSql(const ReadConnection &)>;
    /// Reads the current row of the window statement (worker thread).
    using RowReader = Row (*)(const ReadQuery &);
    /// The translated sentence for a failed read, quoting the driver's text (worker thread).
    using ErrorText = QString (*)(const QString &driverError);

    ~WindowedRowModel() override = default;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rowCount; }

    /// True once the rows shown belong to the last filter and sort asked for.
    bool isReady() const { return m_shownGeneration == m_requestedGeneration; }
    bool isRowLoaded(int row) const { return row >= 0 && row < m_rowCount && m_pages.contains(row / m_shownPageSize); }
    /// Asks for the window holding `row` without waiting for it.
    void prefetch(int row) const
    {
        if (row >= 0 && row < m_rowCount && !isRowLoaded(row))
            requestPage(row / m_shownPageSize);
    }
    /// The row at `index` if its window is in memory, else nullptr (and the window is asked for).
    const Row *loadedRow(int index) const
    {
        if (index < 0 || index >= m_rowCount)
            return nullptr;
        auto it = m_pages.find(index / m_shownPageSize);
        if (it == m_pages.end()) {
            requestPage(index / m_shownPageSize);
            return nullptr;
        }
        it->lastUse = ++m_useCounter;
        const int inPage = index % m_shownPageSize;
        return inPage < it->rows.size() ? &it->rows[inPage] : nullptr;
    }
    /// The row at `index`, or an empty Row (no id) while its window is not in memory (it is asked for then).
    Row row(int index) const
    {
        const Row *found = loadedRow(index);
        return found ? *found : Row();
    }
    /// The row showing `id`, or -1: looked up in the windows in memory and the row the last reload located.
    int rowOf(const QString &id) const
    {
        if (id.isEmpty())
            return -1;
        if (id == m_locatedId && m_locatedRow >= 0)
            return m_locatedRow;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            for (int i = 0; i < it->rows.size(); ++i)
                if (it->rows.at(i).id == id)
                    return it.key() * m_shownPageSize + i;
        }
        return -1;
    }

    int pageSize() const { return m_pageSize; }
    /// Rows per window (default 256); takes effect with the next reload.
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    /// Windows kept in memory (default 8: 2,048 rows, some twenty screens); the least recently used ones are dropped
    /// and read again when shown.
    void setCachedPageLimit(int pages) { m_cachedPageLimit = std::max(2, pages); }
    /// Windows in memory now (tests and benchmarks).
    int cachedPageCount() const { return int(m_pages.size()); }
    /// Time the last reload took, from the request to the first window in place.
    qint64 lastLoadMilliseconds() const { return m_lastLoadMs; }

protected:
    WindowedRowModel(const QString &databasePath, RowReader reader, ErrorText errorText, QObject *parent)
        : QAbstractTableModel(parent)
        , m_worker(new SqlWorker(databasePath, this))
        , m_state(std::make_shared<WindowedFetchState>())
        , m_reader(reader)
        , m_errorText(errorText)
    { }

    /// Reads the list again with `sql` (built on the worker); `locateId`: also find that row and read its window.
    void startReload(SqlBuilder sql, const QString &locateId = {})
    {
        const quint64 generation = ++m_requestedGeneration;
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->latestOpen = generation;
        }
        m_reloadTimer.start();
        const int pageSize = m_pageSize;
        auto state = m_state;
        const RowReader reader = m_reader;
        const ErrorText errorText = m_errorText;
        m_worker->post<Opened>(
            this,
            [generation, sql = std::move(sql), locateId, pageSize, state, reader, errorText](ReadConnection db) {
                using namespace Qt::StringLiterals;
                Opened o;
                o.generation = generation;
                o.pageSize = pageSize;
                o.locatedId = locateId;
                if (!state->isLatestOpen(generation)) {
                    o.isSkipped = true;
                    return o;
                }
                o.sql = sql(db);
                ReadQuery q(db);
                const QString &listed = o.sql.ids.isEmpty() ? o.sql.select : o.sql.ids;
                const QString &counted = o.sql.unordered.isEmpty() ? listed : o.sql.unordered;
                if (!q.run(u"SELECT count(*) FROM ("_s + counted + u')', o.sql.values) || !q.next()) {
                    o.error = errorText(q.errorText());
                    return o;
                }
                o.total = q.value(0).toLongLong();
                q.finish();
                if (!locateId.isEmpty()) {
                    // Only the id column is read: stepping through the ordered list is cheaper than any
                    // re-statement of its order, and it cannot disagree with the windows.
                    if (!q.run(listed, o.sql.values)) {
                        o.error = errorText(q.errorText());
                        return o;
                    }
                    for (int i = 0; q.next(); ++i) {
                        if (q.value(0).toString() == locateId) {
                            o.locatedRow = i;
                            break;
                        }
                    }
                    q.finish();
                }
                o.error = readWindow(db, o.sql, 0, pageSize, reader, errorText, o.firstRows);
                if (o.error.isEmpty() && o.locatedRow >= pageSize)
                    o.error = readWindow(
                        db, o.sql, (o.locatedRow / pageSize) * pageSize, pageSize, reader, errorText, o.locatedRows);
                return o;
            },
            [this](Opened o) { applyOpened(o); });
    }

    virtual void opened(int rows, qint64 milliseconds) = 0;
    virtual void failed(const QString &message) = 0;

private:
    struct Page {
        QList<Row> rows;
        quint64 lastUse = 0;
    };
    struct Opened {
        quint64 generation = 0;
        int pageSize = 1;
        qint64 total = 0;
        WindowedListSql sql;
        QList<Row> firstRows;
        QString locatedId;
        int locatedRow = -1;
        QList<Row> locatedRows; ///< the located row's window when it is not the first
        bool isSkipped = false;
        QString error;
    };
    struct Window {
        quint64 generation = 0;
        int page = -1;
        QList<Row> rows;
        bool isSkipped = false;
        QString error;
    };

    static QString readWindow(const ReadConnection &db, const WindowedListSql &sql, int offset, int limit,
        RowReader reader, ErrorText errorText, QList<Row> &rows)
    {
        using namespace Qt::StringLiterals;
        ReadQuery q(db);
        QVariantList values = sql.values;
        values << limit << offset;
        if (!q.run(sql.window.isEmpty() ? sql.select + u" LIMIT ? OFFSET ?"_s : sql.window, values))
            return errorText(q.errorText());
        rows.reserve(limit);
        while (q.next())
            rows.append(reader(q));
        q.finish();
        return {};
    }

    void applyOpened(const Opened &o)
    {
        if (o.isSkipped || o.generation != m_requestedGeneration)
            return;
        if (!o.error.isEmpty()) {
            failed(o.error);
            return;
        }
        beginResetModel();
        m_shownGeneration = o.generation;
        {
            QMutexLocker lock(&m_state->mutex);
            m_state->shownGeneration = o.generation;
            m_state->wanted.clear();
        }
        m_shownSql = o.sql;
        m_shownPageSize = o.pageSize;
        m_rowCount = int(std::min<qint64>(o.total, std::numeric_limits<int>::max()));
        auto oldPages = std::exchange(m_pages, {}); // freed off the UI thread, after the new rows are shown
        m_pending.clear();
        m_locatedId = o.locatedId;
        m_locatedRow = o.locatedRow;
        m_pages.insert(0, Page {o.firstRows, ++m_useCounter});
        if (!o.locatedRows.isEmpty())
            m_pages.insert(o.locatedRow / o.pageSize, Page {o.locatedRows, ++m_useCounter});
        endResetModel();
        SqlWorker::discard(std::move(oldPages));
        m_lastLoadMs = m_reloadTimer.elapsed();
        opened(m_rowCount, m_lastLoadMs);
    }

    void requestPage(int page) const
    {
        m_state->want(page);
        if (m_pending.contains(page))
            return;
        m_pending.insert(page);
        const quint64 generation = m_shownGeneration;
        const WindowedListSql sql = m_shownSql;
        const int size = m_shownPageSize;
        auto state = m_state;
        const RowReader reader = m_reader;
        const ErrorText errorText = m_errorText;
        auto *self = const_cast<WindowedRowModel *>(this);
        m_worker->post<Window>(
            self,
            [generation, page, sql, size, state, reader, errorText](ReadConnection db) {
                Window w;
                w.generation = generation;
                w.page = page;
                if (!state->isWanted(generation, page)) {
                    w.isSkipped = true;
                    return w;
                }
                w.error = readWindow(db, sql, page * size, size, reader, errorText, w.rows);
                return w;
            },
            [self](Window w) { self->applyWindow(w); });
    }

    void applyWindow(const Window &w)
    {
        if (w.generation != m_shownGeneration)
            return;
        m_pending.remove(w.page);
        if (w.isSkipped)
            return;
        if (!w.error.isEmpty()) {
            failed(w.error);
            return;
        }
        m_pages.insert(w.page, Page {w.rows, ++m_useCounter});
        while (m_pages.size() > m_cachedPageLimit) {
            auto oldest = std::min_element(
                m_pages.begin(), m_pages.end(), [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
            m_pages.erase(oldest);
        }
        const int first = w.page * m_shownPageSize;
        const int last = std::min(m_rowCount, first + int(w.rows.size())) - 1;
        if (last >= first)
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    }

    SqlWorker *m_worker = nullptr;
    std::shared_ptr<WindowedFetchState> m_state;
    RowReader m_reader = nullptr;
    ErrorText m_errorText = nullptr;
    WindowedListSql m_shownSql;
    quint64 m_requestedGeneration = 0;
    quint64 m_shownGeneration = 0;
    QElapsedTimer m_reloadTimer;
    qint64 m_lastLoadMs = 0;
    int m_rowCount = 0;
    int m_pageSize = 256;
    int m_shownPageSize = 256;
    int m_cachedPageLimit = 8;
    QString m_locatedId;
    int m_locatedRow = -1;
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_pending;
    mutable quint64 m_useCounter = 0;
};

} // namespace sitesafe
