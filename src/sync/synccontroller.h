#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QThread>

#include "core/clock.h"
#include "sync/serverprofile.h"
#include "sync/syncengine.h"
#include "sync/syncreport.h"

namespace sitesafe {

class DataStore;
class SyncScheduler;
class TokenStore;

/// The desktop client's handle on sync: runs the data folder's SyncEngine on a worker thread (the engine waits
/// on the network), keeps the refresh token in the OS keychain through TokenStore, and drives the automatic
/// triggers with SyncScheduler (start-up, periodic with backoff, network back). Everything here is called and
/// signalled on the UI thread; nothing in it blocks. Only QtCore: it lives below the widgets (DESIGN §2) and the
/// data folder's session (DataFolderSession) owns it. Times it records come from the injected clock.
class SyncController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    /// `clock` must outlive the controller (the session's clock; Clock::system() in production).
    explicit SyncController(DataStore &store, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~SyncController() override;

    const ServerProfile &profile() const { return m_profile; }
    /// Saves the server address, user and trust settings in the data folder and restarts the engine with them
    /// (signs out when the server or user changed).
    Status setProfile(const ServerProfile &profile);

    bool isSignedIn() const { return m_isSignedIn; }
    bool isRunning() const { return m_state == SyncEngine::State::Syncing; }
    SyncEngine::State state() const { return m_state; }
    const SyncReport &lastReport() const { return m_lastReport; }
    bool hasReport() const { return m_hasReport; }
    /// When the last run without an error ended, by the injected clock (UTC; invalid before the first).
    QDateTime lastSuccessAt() const { return m_lastSuccessAt; }
    /// The latest progress of the run under way (none when idle).
    const std::optional<SyncProgress> &progress() const { return m_progress; }
    /// Why the refresh token cannot be kept between runs (no keychain service); empty when it can.
    QString keychainWarning() const { return m_keychainWarning; }
    SyncScheduler &scheduler() { return *m_scheduler; }

    /// Restores the session kept in the keychain (if any) and starts the automatic triggers. With
    /// `autoPassword` (make run's demo account), signs in with it when no session was kept.
    void start(const QString &autoPassword = {});

public Q_SLOTS:
    /// Signs in on the worker thread; answers with signInFinished().
    void signIn(const QString &userName, const QString &password);
    /// Revokes the session on the server (when reachable) and forgets the kept refresh token.
    void signOut();
    /// Runs a sync now (manual trigger); merged into a run already under way.
    void syncNow();
    /// Downloads photos the server holds but this computer does not (blobs.local_path NULL), smallest first;
    /// answers photoFetched() once per photo. Queued behind a sync under way.
    void fetchPhotos(const QStringList &sha256s);

Q_SIGNALS:
    void signInFinished(bool isSignedIn, const QString &message);
    void sessionChanged(bool isSignedIn);
    void stateChanged(sitesafe::SyncEngine::State state);
    void progressChanged(const sitesafe::SyncProgress &progress);
    void finished(const sitesafe::SyncReport &report);
    void profileChanged();
    /// A photo asked for with fetchPhotos() is on this computer now (or why not).
    void photoFetched(const QString &sha256, bool isAvailable, const QString &message);
    /// The keychain refused; the token lives only while the program runs (message for the user).
    void keychainUnavailable(const QString &message);

private:
    void createEngine();
    /// Runs `operation` with the engine on the worker thread (after any operation under way there).
    void withEngine(std::function<void(SyncEngine &)> operation);
    void keepRefreshToken(const QString &token);
    void onEngineFinished(const SyncReport &report);
    void onEngineState(SyncEngine::State state);
    void setSignedIn(bool isSignedIn);

    DataStore &m_store;
    const Clock &m_clock;
    ServerProfile m_profile;
    QThread m_thread;
    QObject *m_host = nullptr; ///< lives in m_thread and owns the SyncEngine there (synccontroller.cpp)
    std::unique_ptr<TokenStore> m_tokens;
    SyncScheduler *m_scheduler = nullptr;
    SyncEngine::State m_state = SyncEngine::State::Idle;
    SyncReport m_lastReport;
    bool m_hasReport = false;
    QDateTime m_lastSuccessAt;
    std::optional<SyncProgress> m_progress;
    bool m_isSignedIn = false;
    QString m_keychainWarning;
};

} // namespace sitesafe
