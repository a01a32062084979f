#pragma once

#include <QCoreApplication>
#include <QString>

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
};

} // namespace sitesafe
