#pragma once

#include <optional>

#include <QVariantList>

#include "hazardfilter.h"
#include "hazardrow.h"

namespace sitesafe {

class ReadQuery;

/// SQL text with its bound values, in order.
struct SqlStatement {
    QString sql;
    QVariantList values;
};

/// Turns a HazardFilter and a sort into SQL: the exact count, and windows that continue after a known row
/// (keyset pagination on the sort expression and seq, so deep windows do not pay for OFFSET from the top).
/// Every sort expression is non-NULL and backed by an index (sql/client/0004_hazard_list_indexes.sql).
/// User text only ever travels as bound values.
class HazardQuery
{
public:
    HazardQuery() = default;
    HazardQuery(HazardFilter filter, HazardColumn sortColumn, Qt::SortOrder order);

    const HazardFilter &filter() const { return m_filter; }
    HazardColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    SqlStatement countStatement() const;
    /// Rows after `after` in list order (or before it when `backwards`, returned nearest first),
    /// skipping `offset` rows, at most `limit`. With `walkSortIndex` the filter columns' own indexes are switched
    /// off (unary +), so SQLite walks the sort index and stops after `limit` rows instead of sorting every match:
    /// right when many rows match; when few match, sorting them is cheaper (see shouldWalkSortIndex()).
    SqlStatement windowStatement(const std::optional<HazardKey> &after, bool backwards, int offset, int limit,
                                 bool walkSortIndex = false) const;
    /// Chooses the plan from the exact count the list already knows (SQLite has no statistics on a client).
    bool shouldWalkSortIndex(qint64 matchingRows) const;
    /// Up to this many matching rows, letting SQLite use the filter's index and sort the matches is cheaper.
    static constexpr qint64 kSortInMemoryLimit = 20000;
    /// The same for a search alone: the walk tests each index entry's rowid against the matches without reading
    /// the hazard row, while sorting reads every match's row from a file too large to stay cached.
    static constexpr qint64 kSearchSortInMemoryLimit = 2000;

    /// The sync badge of the hazards with these seqs (a window's rows): columns seq, flags (1 unsent changes of the
    /// hazard or its events, 2 open conflict, 4 rejected change). Per row lookups on outbox_entity and
    /// conflicts_open, plus the unsent and rejected event mutations read once through outbox_state: never a scan,
    /// and no cost that grows with the number of hazards, events or applied mutations.
    static SqlStatement syncStateStatement(const QList<qint64> &seqs);
    /// Sets the badge flags of `rows` from a syncStateStatement() result.
    static void readSyncStates(ReadQuery &query, QList<HazardRow> &rows);
    /// Reads the current row of a window statement.
    static HazardRow readRow(const ReadQuery &query);
    static QString sortExpression(HazardColumn column);
    /// The words of a search text, as the user meant them (quotes and extra spaces removed).
    static QStringList searchTerms(const QString &text);

private:
    /// One full-text index and its MATCH expression: hazards_fts (trigram) for words of three or more
    /// characters, hazard_grams (bigrams, sql/client/0006_hazard_list_search_sort.sql) for shorter ones.
    struct SearchMatch {
        QString table;
        QString expression;
    };
    QList<SearchMatch> searchMatches() const;
    /// True when the search text is the only restriction.
    bool isSearchOnly() const;
    /// True when a 市县 or park is the only restriction: counted from hazard_place_counts.
    bool isPlaceOnly() const;
    QString whereClause(QVariantList &values, bool disableFilterIndexes = false) const;

    HazardFilter m_filter;
    HazardColumn m_sortColumn = HazardColumn::FoundAt;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace sitesafe
