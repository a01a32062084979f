#pragma once

#include <QCoreApplication>

class QLabel;
class QProgressBar;

namespace sitesafe {

struct SyncProgress;

/// How a sync run's progress reads, the same on the Sync page and in the first-run wizard's first download: a
/// sentence in the user's language and a bar that counts when the total is known and is busy when it is not
/// (a pull does not know its row count in advance).
class SyncProgressDisplay
{
    Q_DECLARE_TR_FUNCTIONS(SyncProgressDisplay)

public:
    static QString text(const SyncProgress &progress);
    static void show(const SyncProgress &progress, QLabel *label, QProgressBar *bar);
};

} // namespace sitesafe
