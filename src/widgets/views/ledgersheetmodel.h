#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include "reports/ledgersheet.h"

namespace sitesafe {

class SqlWorker;

/// A ledger (LedgerReader) as a table, read in windows on the worker like the hazard list: the count and the first
/// page when the query changes, further pages as the view scrolls to them, at most kCachedPages kept. So a
/// province's running list of open major hazards scrolls without being held in memory or blocking the window.
/// Chinese headers, dates and times in Beijing time, numbers right-aligned; Qt::UserRole gives the typed value
/// (what the exports write).
class LedgerSheetModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kCachedPages = 32;

    explicit LedgerSheetModel(SqlWorker &worker, QObject *parent = nullptr);

    /// Shows the ledger `query` describes (count and first window read on the worker; loaded() when in).
    void setQuery(const LedgerQuery &query);
    const LedgerQuery &query() const { return m_query; }
    /// Title, scope, rules and columns of the ledger shown; its rows are read in windows (rowAt()).
    const LedgerSheet &header() const { return m_header; }
    bool isReady() const { return m_isReady; }
    bool isRowLoaded(int row) const;
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    /// Pages read from the store since the last setQuery() (the first included).
    int pagesRead() const { return m_pagesRead; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    void requestPage(int page) const;

    SqlWorker &m_worker;
    LedgerQuery m_query;
    LedgerSheet m_header;
    qint64 m_total = 0;
    quint64 m_generation = 0;
    int m_pageSize = 200;
    bool m_isReady = false;
    mutable int m_pagesRead = 0;
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QSet<int> m_pending;
};

} // namespace sitesafe
