#pragma once

#include <QDate>
#include <QObject>

#include "core/account.h"
#include "core/clock.h"
#include "core/clockwatch.h"
#include "core/timetrust.h"

class QUndoStack;

namespace sitesafe {

class DailyBackup;
class DataStore;
class SyncController;

/// One open data folder, as the desktop client works on it: the DataStore, the clock every layer reads "now"
/// from, "today" (China time, or the day fixed with `--today`), the undo stack that every edit command of every
/// page pushes to, and the SyncController of the folder. src/app makes one per folder and hands it to the main
/// window; tests make one with a FixedClock. Non-visual (QtCore + QUndoStack from QtGui), so it lives below
/// the widgets and outlives every page that uses it.
class DataFolderSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataFolderSession)

public:
    /// `store` and `clock` must outlive the session. `fixedToday` (debug/demo `--today`) is the day the pages
    /// judge deadlines on; invalid: the clock's day in China time.
    DataFolderSession(DataStore &store, const Clock &clock, QDate fixedToday = {}, QObject *parent = nullptr);
    ~DataFolderSession() override;

    DataStore &store() const { return m_store; }
    const Clock &clock() const { return m_clock; }
    /// The clock's "now" (UTC).
    QDateTime now() const { return m_clock.now(); }
    /// The day deadlines and "overdue" are judged on: the fixed day, else the clock's date in China time.
    QDate today() const;
    /// "Now" as the pages show it: today() at the clock's time of day, in the computer's local time (the pages and
    /// TodayModel take the local date of it as "today"; on the inspectors' computers local time is China time).
    QDateTime localNow() const;
    bool isTodayFixed() const { return m_fixedToday.isValid(); }

    /// How far the time stamped on a record made now can be trusted: the offset to the server clock seen at the
    /// last sync (sync_state, none if this folder never synced) and the doubt flag (ClockWatch: the wall clock
    /// jumped against the monotonic clock since the session started or since the last sync of this session, it
    /// reads earlier than that sync, or the offset is larger than ClockWatch::kLargeOffsetMs). Every field-data
    /// record the pages create carries it (Inspection::timeTrust, Hazard::timeTrust, ...). Reads one row.
    TimeTrust timeTrust() const;

    /// Who uses the client: the account recorded at the last sign-in or token refresh (SyncStateStore), so it holds
    /// offline too. Without one (never signed in on this folder): role inspector, named localUserName().
    Account account() const;
    /// The name records made here carry when no account says otherwise: the server profile's user name, else the
    /// computer's user ($USER), else "local".
    QString localUserName() const;

    /// Every undoable edit of this folder (conflict resolutions today; inspections and rectifications next).
    QUndoStack *undoStack() const { return m_undoStack; }
    SyncController *syncController() const { return m_sync; }
    /// The folder's automatic daily backups; not started until the program calls start() (tests do not).
    DailyBackup *dailyBackup() const { return m_backup; }

private:
    /// After a sync that saw the server's clock, the clock is judged from then on.
    void rebaseClockWatch();

    DataStore &m_store;
    const Clock &m_clock;
    QDate m_fixedToday;
    ClockWatch m_clockWatch;
    QDateTime m_serverClockSeenAt; ///< when the offset the watch was last rebased for was seen
    QUndoStack *m_undoStack = nullptr;
    SyncController *m_sync = nullptr;
    DailyBackup *m_backup = nullptr;
};

} // namespace sitesafe
