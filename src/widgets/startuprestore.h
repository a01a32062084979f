#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/error.h"

class QWidget;

namespace sitesafe {

/// Carries out a restore the restore dialog scheduled (PendingRestore), at start-up, before the client opens the
/// data folder: StoreBackup::restore on a background thread with a progress dialog. The outcome is a sentence for
/// the user either way; a refused restore changes nothing.
class StartupRestore
{
    Q_DECLARE_TR_FUNCTIONS(StartupRestore)

public:
    struct Outcome {
        bool isAttempted = false; ///< a restore was scheduled
        bool isRestored = false;
        QString message;
    };

    /// Restores if one is scheduled for `directory` (the caller does not hold the folder's lock yet).
    static Outcome runIfScheduled(const QString &directory, QWidget *parent = nullptr);

    /// Whether `error` (from opening the folder's database) says the file is damaged.
    static bool isDamage(const Error &error);
    /// The folder's database could not be opened because it is damaged (`error`): says so, and when the folder
    /// has backups offers the restore dialog on them (the damaged file is kept aside). True when the user chose a
    /// backup and its restore is scheduled: the caller starts the program again, and runIfScheduled() does it.
    static bool offerAfterDamage(const QString &directory, const Error &error, QWidget *parent = nullptr);
};

} // namespace sitesafe
