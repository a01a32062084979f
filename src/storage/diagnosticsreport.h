#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// 导出诊断信息: a zip for support with what helps and nothing that names anyone (DESIGN.md privacy):
/// - versions.txt: the facts the caller gives (program, Qt, OpenSSL, system, server host, device id);
/// - database.txt: SQLite's version, schema version, size, journal mode, PRAGMA quick_check, the row count of every
/// table, hazards by
///   status, outbox rows by state, open conflicts. Counts only: no row is ever read into the zip;
/// - logs/: the log files (LogFile), each line scrubbed once more (LogScrubber) in case an older version wrote it.
class DiagnosticsReport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsReport)

public:
    using Facts = QList<QPair<QString, QString>>;
    struct Summary {
        QStringList files; ///< the names inside the zip
        qint64 bytes = 0;
    };

    /// Writes the zip for `dataDirectory` to `zipPath`. Reads the database read-only; the client may keep working.
    static Result<Summary> write(const QString &dataDirectory, const QString &zipPath, const Facts &facts);

    /// The SQLite library the program runs with.
    static QString sqliteVersion();

    /// database.txt's text for the store in `dataDirectory`.
    static Result<QString> databaseText(const QString &dataDirectory);
};

} // namespace sitesafe
