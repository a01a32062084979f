#pragma once

#include <QString>
#include <QStringList>

namespace sitesafe {

/// Splits an SQL script into complete statements using SQLite's own sqlite3_complete(), so semicolons inside
/// strings, comments and CREATE TRIGGER … BEGIN … END bodies never cut a statement short.
class SqlScript
{
public:
    static QStringList split(const QString &script);
};

} // namespace sitesafe
