#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// A restore the desktop client asked for and carries out at its next start (issue 14: restore in the UI). The
/// running client cannot replace the database it has open, and a restore must not race its own worker threads; so
/// the restore dialog writes "restore-pending.json" into the data folder and the client restarts, and the new
/// process restores (StoreBackup::restore, with its checks) before it opens the folder. One request at a time; the
/// file holds a path and a flag, never data.
class PendingRestore
{
    Q_DECLARE_TR_FUNCTIONS(PendingRestore)

public:
    QString backupFile;
    /// Restore even though changes not sent yet would be lost (the user confirmed; they stay in the kept-aside file).
    bool isForced = false;

    static QString path(const QString &directory);
    /// Writes the request (replacing an earlier one), atomically.
    static Status schedule(const QString &directory, const PendingRestore &request);
    /// The request, removed from the folder so a restore that fails is not tried again at every start; none when
    /// there is none. A file that cannot be read is removed too and reported.
    static Result<std::optional<PendingRestore>> take(const QString &directory);
};

} // namespace sitesafe
