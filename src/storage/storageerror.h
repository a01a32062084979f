#pragma once

#include <QCoreApplication>
#include <QSqlError>

#include "core/error.h"

namespace sitesafe {

/// Turns SQLite failures into Errors people can act on: disk full, damaged file, read-only, locked.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    /// `what` says what was being done, e.g. tr("saving the hazard").
    static Error fromSql(const QSqlError &error, const QString &what);
    static bool isDiskFull(const QSqlError &error);
    static bool isCorrupt(const QSqlError &error);
};

} // namespace sitesafe
