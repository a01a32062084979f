#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include "core/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sitesafe {

/// One prepared INSERT reused for many rows of one table (inside the caller's transaction). It speaks to SQLite
/// directly: a data set has millions of rows, and Qt's bindValue() cost a quarter of the demo's write time (issue
/// 13). Values are bound as Qt's SQLite driver binds them (a null QString or null QVariant is NULL, bool is an
/// integer), so the rows are the same as through QSqlQuery.
class BulkInserter
{
    Q_DISABLE_COPY_MOVE(BulkInserter)

public:
    /// `conflict` is appended to the INSERT as it is (e.g. "ON CONFLICT (id) DO NOTHING"); names come from our own
    /// code, never from data.
    BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns, const QString &conflict = {});
    ~BulkInserter();
    /// Values in the order of the columns.
    Status insert(const QVariantList &values);
    qint64 count() const { return m_count; }
    /// Rows the last insert() wrote (0 when its conflict clause left a row alone).
    int lastChanges() const { return m_lastChanges; }
    /// The rowid of the row the last insert() wrote (0 when it wrote none).
    qint64 lastRowId() const { return m_lastRowId; }
    /// SQLite's words for the last failure (a constraint's text), empty after a success.
    QString lastMessage() const { return m_lastMessage; }

private:
    Status failure() const;
    bool bind(int index, const QVariant &value);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_table;
    qsizetype m_columnCount;
    qint64 m_count = 0;
    int m_lastChanges = 0;
    qint64 m_lastRowId = 0;
    QString m_lastMessage;
};

} // namespace sitesafe
