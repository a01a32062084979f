#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/error.h"

namespace sitesafe {

/// The reminder keys (ReminderItem::key) already notified for one data folder, kept in the folder itself
/// (kFileName, one key per line) so that a restarted client does not repeat them. Read and written on the
/// notifier's worker thread, never on the UI thread: at province scale the keys of every overdue hazard are some
/// 25,000 lines (1.5 MB), and keeping them in QSettings on the UI thread stalled it for ~110 ms at each change
/// (bench/ui_stall_bench, docs/performance.md).
class ShownReminderFile
{
    Q_DECLARE_TR_FUNCTIONS(ShownReminderFile)

public:
    static constexpr const char *kFileName = "reminders-shown.txt";

    explicit ShownReminderFile(const QString &dataDirectory);

    /// The keys written last; empty when there is no file yet or it cannot be read (everything is then news once).
    QSet<QString> read() const;
    /// Replaces the keys, atomically (QSaveFile): a crash leaves the old list or the new one, never a cut one.
    Status write(const QStringList &keys) const;

    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace sitesafe
