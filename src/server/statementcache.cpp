#include "statementcache.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sitesafe {

StatementCache::Statement::Statement(QSqlQuery *query, bool *inUse, std::unique_ptr<QSqlQuery> owned)
    : m_query(query)
    , m_inUse(inUse)
    , m_owned(std::move(owned))
{ }

StatementCache::Statement::Statement(Statement &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_owned(std::move(other.m_owned))
{ }

StatementCache::Statement::~Statement()
{
    if (m_inUse) {
        m_query->finish();
        *m_inUse = false;
    }
}

StatementCache::StatementCache(QSqlDatabase db, bool forwardOnly, bool mayPrepareUtility)
    : m_db(std::move(db))
    , m_forwardOnly(forwardOnly)
    , m_mayPrepareUtility(mayPrepareUtility)
{ }

StatementCache::~StatementCache() = default;

Result<StatementCache::Statement> StatementCache::prepare(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end() && !it->second.inUse) {
        it->second.inUse = true;
        return Statement(it->second.query.get(), &it->second.inUse, nullptr);
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(m_forwardOnly);
    if (!query->prepare(sql))
        return Error {u"db.error"_s, query->lastError().text()};
    if (it != m_statements.end() || int(m_statements.size()) >= kMaxStatements) {
        QSqlQuery *raw = query.get();
        return Statement(raw, nullptr, std::move(query));
    }
    Cached &cached = m_statements[sql];
    cached.query = std::move(query);
    cached.inUse = true;
    return Statement(cached.query.get(), &cached.inUse, nullptr);
}

Status StatementCache::exec(const QString &sql)
{
    if (!m_mayPrepareUtility) {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return Error {u"db.error"_s, q.lastError().text()};
        return {};
    }
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    if (!statement.value()->exec())
        return Error {u"db.error"_s, statement.value()->lastError().text()};
    return {};
}

void StatementCache::finishAll()
{
    for (auto &[sql, cached] : m_statements)
        cached.query->finish();
}

int StatementCache::activeCount() const
{
    int active = 0;
    for (const auto &[sql, cached] : m_statements)
        active += cached.query->isActive() ? 1 : 0;
    return active;
}

} // namespace sitesafe
