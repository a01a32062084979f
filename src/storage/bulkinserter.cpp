#include "bulkinserter.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

BulkInserter::BulkInserter(QSqlDatabase db, const QString &table, const QStringList &columns, const QString &conflict)
    : m_table(table)
    , m_columnCount(columns.size())
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle)
        return;
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(u"?"_s);
    // Table and column names come from our own code, never from data.
    const QByteArray sql
        = (u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s + marks.join(u", "_s) + u") "_s
            + conflict)
              .toUtf8();
    if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK)
        m_statement = nullptr;
}

BulkInserter::~BulkInserter()
{
    sqlite3_finalize(m_statement);
}

Status BulkInserter::failure() const
{
    const QString what = QCoreApplication::translate("BulkInserter", "writing %1").arg(m_table);
    if (!m_handle)
        return Error {u"storage.not_sqlite"_s,
            QCoreApplication::translate("BulkInserter",
                "The store is not an open "
                "SQLite database while %1.")
                .arg(what)};
    const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
        QString::number(sqlite3_extended_errcode(m_handle)));
    return StorageError::fromSql(error, what);
}

bool BulkInserter::bind(int index, const QVariant &value)
{
    // As QSQLiteResult::exec binds (Qt 6.4), including which values count as NULL.
    const int type = value.typeId();
    if (value.isNull() || (type == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull())
        || (type == QMetaType::QByteArray && static_cast<const QByteArray *>(value.constData())->isNull()))
        return sqlite3_bind_null(m_statement, index) == SQLITE_OK;
    switch (type) {
    case QMetaType::QString: {
        const QString *text = static_cast<const QString *>(value.constData());
        // The QVariantList outlives the step, so SQLite may read the text in place.
        return sqlite3_bind_text16(m_statement, index, text->utf16(), int(text->size() * sizeof(QChar)), SQLITE_STATIC)
            == SQLITE_OK;
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(m_statement, index, value.toInt()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(m_statement, index, value.toDouble()) == SQLITE_OK;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(m_statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC)
            == SQLITE_OK;
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * sizeof(QChar)), SQLITE_TRANSIENT)
            == SQLITE_OK;
    }
    }
}

Status BulkInserter::insert(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columnCount);
    m_lastChanges = 0;
    m_lastRowId = 0;
    m_lastMessage.clear();
    if (!m_statement)
        return failure();
    for (qsizetype i = 0; i < values.size(); ++i)
        if (!bind(int(i) + 1, values[i]))
            return failure();
    const int stepped = sqlite3_step(m_statement);
    if (stepped != SQLITE_DONE) {
        m_lastMessage = QString::fromUtf8(sqlite3_errmsg(m_handle));
        const Status failed = failure();
        sqlite3_reset(m_statement);
        return failed;
    }
    m_lastChanges = sqlite3_changes(m_handle);
    m_lastRowId = m_lastChanges > 0 ? sqlite3_last_insert_rowid(m_handle) : 0;
    sqlite3_reset(m_statement);
    ++m_count;
    return {};
}

} // namespace sitesafe
