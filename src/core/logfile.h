#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "error.h"

namespace sitesafe {

/// The program's log in the data folder (logs/sitesafe.log), for support: every qDebug/qInfo/qWarning/qCritical
/// line, stamped in UTC with its level and category, scrubbed of records and secrets (LogScrubber) before it is
/// written (and before it reaches the terminal). Rotated by size: sitesafe.log, sitesafe.log.1 (the one before), … up
/// to kKept files, so the folder never holds more than about kKept × maxBytes. Messages still reach the previous
/// handler (the terminal). One log per process; thread-safe.
class LogFile
{
    Q_DECLARE_TR_FUNCTIONS(LogFile)

public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kKept = 5;

    /// Starts logging to `dataDirectory`/logs. Fails (with a sentence) when the folder cannot be written; the
    /// program then runs without a log file.
    static Status install(const QString &dataDirectory, qint64 maxBytes = kMaxBytes);
    /// Stops writing and restores the previous handler.
    static void uninstall();

    static QString folderOf(const QString &dataDirectory);
    /// The log files of `dataDirectory`, newest first (file names only).
    static QStringList files(const QString &dataDirectory);
};

} // namespace sitesafe
