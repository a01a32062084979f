#include "statementcache.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include "protocol/wirevalue.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

DirectStatement::DirectStatement(sqlite3_stmt *statement, bool *inUse, bool owned)
    : m_statement(statement)
    , m_inUse(inUse)
    , m_ownsStatement(owned)
{ }

DirectStatement::DirectStatement(QSqlQuery *query, bool *inUse, std::unique_ptr<QSqlQuery> owned)
    : m_query(query)
    , m_inUse(inUse)
    , m_ownedQuery(std::move(owned))
{ }

DirectStatement::DirectStatement(DirectStatement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_query(std::exchange(other.m_query, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_ownsStatement(std::exchange(other.m_ownsStatement, false))
    , m_ownedQuery(std::move(other.m_ownedQuery))
    , m_pendingRow(other.m_pendingRow)
    , m_error(std::move(other.m_error))
{ }

DirectStatement::~DirectStatement()
{
    if (m_statement) {
        if (m_ownsStatement) {
            sqlite3_finalize(m_statement);
        } else {
            // Reset, so it holds no read snapshot or lock; the bindings stay and are all replaced on the next loan.
            sqlite3_reset(m_statement);
        }
    } else if (m_query && m_inUse) {
        m_query->finish();
    }
    if (m_inUse)
        *m_inUse = false;
}

void DirectStatement::bind(int index, const QVariant &value)
{
    if (!m_statement) {
        m_query->bindValue(index, value);
        return;
    }
    // As QSQLiteResult::exec binds (Qt 6.4), including which values count as NULL; text is copied (SQLITE_TRANSIENT).
    const int type = value.typeId();
    if (value.isNull() || (type == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull())
        || (type == QMetaType::QByteArray && static_cast<const QByteArray *>(value.constData())->isNull())) {
        sqlite3_bind_null(m_statement, index + 1);
        return;
    }
    switch (type) {
    case QMetaType::QString:
        bind(index, *static_cast<const QString *>(value.constData()));
        return;
    case QMetaType::Int:
    case QMetaType::Bool:
        sqlite3_bind_int(m_statement, index + 1, value.toInt());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index + 1, value.toDouble());
        return;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        sqlite3_bind_int64(m_statement, index + 1, value.toLongLong());
        return;
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        sqlite3_bind_blob(m_statement, index + 1, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT);
        return;
    }
    default:
        bind(index, value.toString());
        return;
    }
}

void DirectStatement::bind(int index, const QString &text)
{
    if (!m_statement) {
        m_query->bindValue(index, text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text));
        return;
    }
    if (text.isNull())
        sqlite3_bind_null(m_statement, index + 1);
    else
        sqlite3_bind_text16(m_statement, index + 1, text.utf16(), int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT);
}

void DirectStatement::bind(int index, qint64 number)
{
    if (!m_statement)
        m_query->bindValue(index, number);
    else
        sqlite3_bind_int64(m_statement, index + 1, number);
}

bool DirectStatement::exec()
{
    m_pendingRow = false;
    m_error.clear();
    if (!m_statement) {
        if (m_query->exec())
            return true;
        m_error = m_query->lastError().text();
        return false;
    }
    sqlite3_reset(m_statement); // a statement executed again without a loan in between
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        m_pendingRow = true;
        return true;
    case SQLITE_DONE:
        return true;
    default:
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        sqlite3_reset(m_statement);
        return false;
    }
}

bool DirectStatement::next()
{
    if (!m_statement)
        return m_query->next();
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    const int stepped = sqlite3_step(m_statement);
    if (stepped == SQLITE_ROW)
        return true;
    if (stepped != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return false;
}

QVariant DirectStatement::value(int column) const
{
    if (!m_statement)
        return m_query->value(column);
    // As QSQLiteResultPrivate::fetchNext reads a row (Qt 6.4, default precision policy).
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_NULL:
        return QVariant(QMetaType(QMetaType::QString));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
            sqlite3_column_bytes(m_statement, column));
    default:
        return text(column);
    }
}

QString DirectStatement::text(int column) const
{
    // The stored UTF-8 as it is (Qt's driver asks SQLite for UTF-16, which converts into a buffer of its own
    // first): text before bytes, as SQLite asks (the size is of the text just made).
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

QJsonValue DirectStatement::json(int column) const
{
    if (!m_statement)
        return WireValue::json(m_query->value(column));
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QJsonValue(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QJsonValue(sqlite3_column_double(m_statement, column));
    case SQLITE_NULL:
        return QJsonValue(QJsonValue::Null);
    case SQLITE_BLOB:
        return QJsonValue(QString::fromUtf8(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
            sqlite3_column_bytes(m_statement, column)));
    default:
        return QJsonValue(text(column));
    }
}

QString DirectStatement::errorText() const
{
    return m_error;
}

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
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
}

StatementCache::~StatementCache()
{
    // Before the connection closes (Backend drops the cache first).
    for (auto &[sql, cached] : m_direct)
        sqlite3_finalize(cached.statement);
}

Result<DirectStatement> StatementCache::direct(const QString &sql)
{
    if (!m_handle) {
        auto statement = prepare(sql);
        if (!statement)
            return statement.error();
        Statement loan = std::move(statement).value();
        // Take the loan over: the cache entry's flag and an uncached query move into the DirectStatement.
        return DirectStatement(
            std::exchange(loan.m_query, nullptr), std::exchange(loan.m_inUse, nullptr), std::move(loan.m_owned));
    }
    auto it = m_direct.find(sql);
    if (it != m_direct.end() && !it->second.inUse) {
        it->second.inUse = true;
        return DirectStatement(it->second.statement, &it->second.inUse, false);
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Error {u"db.error"_s, QString::fromUtf8(sqlite3_errmsg(m_handle))};
    }
    if (it != m_direct.end() || int(m_statements.size() + m_direct.size()) >= kMaxStatements)
        return DirectStatement(statement, nullptr, true);
    CachedDirect &cached = m_direct[sql];
    cached.statement = statement;
    cached.inUse = true;
    return DirectStatement(statement, &cached.inUse, false);
}

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
    for (auto &[sql, cached] : m_direct)
        sqlite3_reset(cached.statement);
}

int StatementCache::activeCount() const
{
    int active = 0;
    for (const auto &[sql, cached] : m_statements)
        active += cached.query->isActive() ? 1 : 0;
    for (const auto &[sql, cached] : m_direct)
        active += sqlite3_stmt_busy(cached.statement) ? 1 : 0;
    return active;
}

} // namespace sitesafe
