#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

/// Where the devices of the [scaleout] test wait for each other: the test thread opens each phase when every
/// device has reported the one before (and, for Quiesce, when the killed server runs again).
class ScaleOutBoard
{
public:
    enum class Phase { Rounds = 1, Quiesce, Final };
    enum class Event { Ready, Synced, RoundsDone, Quiet };

    /// `onEvent` runs in the thread of `context` (the test's), queued.
    ScaleOutBoard(QObject *context, std::function<void(Event, int device)> onEvent);

    /// From a device thread.
    void report(Event event, int device);
    /// Blocks a device thread until `phase` is open; false after `timeoutMs` (the test thread gave up).
    bool waitFor(Phase phase, int timeoutMs);
    /// From the test thread.
    void open(Phase phase);

private:
    QObject *m_context;
    std::function<void(Event, int)> m_onEvent;
    std::mutex m_mutex;
    std::condition_variable m_opened;
    int m_phase = 0;
};

/// One field device of the [scaleout] test, run on a thread of its own with its own store, clock and SyncEngine,
/// as a laptop runs its engine off the window's thread. It uses no Catch2 macros (they are not thread-safe):
/// what it did and what went wrong go to `Outcome`, which the test thread reads once the thread has ended.
///
/// What it does: sign in through nginx and take the snapshot; then, for each round, record something (an
/// inspector a new hazard and, every third round, a new location for one of the run's hazards it holds; a
/// supervisor or the province a comment on one) and sync; then push until nothing is pending; then one last
/// sync, once every device has pushed, to pull the others' work.
struct ScaleOutDevice {
    struct Plan {
        int index = 0;
        QString folder;
        QString baseUrl;
        QString caFile;
        QString user;
        QString role; ///< inspector, supervisor or province
        QString actor; ///< the name on its records
        QDateTime clockStart; ///< its clock: the devices' clocks differ by days
        int rounds = 0;
        QString marker; ///< every hazard of the run has a description starting with it
    };
    struct Outcome {
        QString deviceId;
        QStringList created; ///< ids of the hazards it recorded
        int syncs = 0;
        int failedSyncs = 0;
        QStringList errorCodes; ///< of the failed syncs, in order
        int laterSnapshots = 0; ///< snapshots after the first sync (a pull that restarted from nothing)
        QString fatal; ///< set when the device could not go on
    };

    /// The device's whole life; returns when it is done or gave up.
    static Outcome run(const Plan &plan, ScaleOutBoard &board);
};
