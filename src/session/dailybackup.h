#pragma once

#include <atomic>
#include <memory>

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>

#include "core/clock.h"

namespace sitesafe {

class DataStore;

/// The client's automatic local backups (issue 14): once a day, while the program runs, a copy of the database is
/// written to "backups/sitesafe-YYYY-MM-DD.db" in the data folder with StoreBackup (SQLite's backup API, on a pool
/// thread; the user keeps working), and only the newest kKept are kept. The day is the clock's China date, so a
/// test moves it with a FixedClock. start() looks now and then every hour; check() looks once.
class DailyBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackup)

public:
    static constexpr int kKept = 7;

    /// `store` and `clock` must outlive this object. Destroying it stops a backup being written (no file is left).
    DailyBackup(DataStore &store, const Clock &clock, QObject *parent = nullptr);
    ~DailyBackup() override;

    /// Looks for today's backup `firstDelayMs` from now (after start-up) and then every hour.
    void start(int firstDelayMs = 60000);
    /// Writes today's backup unless it exists or one is being written; true when one was started.
    bool check();
    bool isRunning() const { return m_isRunning; }

    QString folder() const;
    static QString fileName(QDate day);
    /// The backups in folder(), newest first.
    QStringList backups() const;
    /// The backups of data folder `directory` (full paths, newest first), without opening it: for a start-up that
    /// found its database damaged.
    static QStringList backupFilesOf(const QString &directory);

Q_SIGNALS:
    /// A backup was written (`error` empty) or failed (`error` says why, in the user's language).
    void finished(const QString &file, const QString &error);

private:
    void prune();

    DataStore &m_store;
    const Clock &m_clock;
    QTimer m_timer;
    bool m_isRunning = false;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
};

} // namespace sitesafe
