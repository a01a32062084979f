#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace sitesafe {

/// Prepared statements kept for the life of the owner and reused by SQL text: a loop that writes many rows
/// compiles each statement (and, for tables with triggers, the triggers) once instead of once per row.
/// A SELECT must be finished (QSqlQuery::finish) before the transaction around it commits.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The statement for `sql`, prepared on first use; a failed prepare shows at exec() with the same error.
    QSqlQuery &prepared(const QString &sql);

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace sitesafe
