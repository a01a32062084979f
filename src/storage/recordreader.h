#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include "core/error.h"

namespace sitesafe {

/// Reads chosen columns of one record by id, from the client's store or any SQLite file with the same table
/// shape (tests read the server's file the client's way to compare content hashes).
class RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(RecordReader)

public:
    explicit RecordReader(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The values of `columns` in order; nullopt when no row has this id. `table` and `columns` must come from
    /// a rule table, never from unchecked text; the id is bound.
    Result<std::optional<QVariantList>> read(const QString &table, const QStringList &columns, const QString &id);

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
