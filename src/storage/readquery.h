#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "core/error.h"
#include "readconnection.h"

namespace sitesafe {

/// One read statement on a ReadConnection, for the models' worker queries (DESIGN.md §2: models hold the SQL
/// text of their reads, storage runs it). Forward-only, since lists read each row once; prepare once and exec
/// again with new values where a loop reuses the statement.
class ReadQuery
{
public:
    explicit ReadQuery(const ReadConnection &connection);

    bool prepare(const QString &sql) { return m_query.prepare(sql); }
    void addBindValue(const QVariant &value) { m_query.addBindValue(value); }
    /// Binds `values` to the positional placeholders in order.
    void bind(const QVariantList &values);
    bool exec() { return m_query.exec(); }
    /// Prepares and runs `sql` without placeholders.
    bool exec(const QString &sql) { return m_query.exec(sql); }
    /// prepare(sql), bind(values), exec(): false if any step failed (errorText() says why).
    bool run(const QString &sql, const QVariantList &values);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    /// How many columns the current result has.
    int columnCount() const;
    /// Releases the result so the statement can run again and no read stays open.
    void finish() { m_query.finish(); }
    /// The last failure as the driver put it, for messages that quote it.
    QString errorText() const;
    /// The last failure as an Error people can act on; `what` says what was being read.
    Error error(const QString &what) const;

private:
    QSqlQuery m_query;
};

} // namespace sitesafe
