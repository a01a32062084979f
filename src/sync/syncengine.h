#pragma once

#include <memory>

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include "core/error.h"
#include "protocol/protocollimits.h"
#include "syncreport.h"
#include "tlssettings.h"

namespace sitesafe {

class DataStore;
class OutboxBatcher;
struct PushRequest;
struct PushResponse;
class SyncConnection;
struct PendingCall;
struct HttpResult;
struct PullPage;

/// How to reach the provincial server and how much to send at once.
struct SyncOptions {
    QUrl serverUrl;
    TlsSettings tls;
    /// The most this client puts in one push; the server's /meta limits lower it (an older server takes 100
    /// mutations or 1 MiB, a newer one 500 or 2 MiB: ProtocolLimits).
    int maxPushMutations = 500;
    qint64 maxPushBytes = 2LL * 1024 * 1024;
    int pushWindow = 2; ///< push batches in flight at once; the server's /meta may lower it
    int pullLimit = 2000;                ///< rows per pull page (one commit each); a server caps it at its own maximum
    qint64 chunkBytes = 1024 * 1024;     ///< photo PATCH size, and Range size of photo downloads
    int maxPagesTogether = 20;           ///< pages applied together when a child arrives before its parent
    int noticeBlockSize = 50;            ///< numbers asked for when a notice kind runs low; 0: never ask
};

/// The client sync engine of one data folder (DESIGN §4, sync-anchors §2.4–2.8): photos first (BlobUploader), then the
/// outbox in frozen batches (OutboxBatcher → POST /sync/push → ReceiptRecorder; up to push_window batches travel
/// at once, the next one is frozen while they do), then pull pages
/// (or a snapshot on the first sync and after 410) applied with their cursor in one transaction (PullApplier), then new
/// notice number blocks for the kinds running low (NoticeBlockRequester). Nothing local is ever deleted; a failure
/// stops the run with an Error and leaves the outbox as it was (a frozen batch is resent identically next time).
///
/// Threading: synchronize() blocks while it waits for the network, so the engine lives in a worker thread
/// (moveToThread) and the UI calls syncNow() through a queued connection and listens to the signals; the
/// command line and tests call synchronize() directly. Database access uses the calling thread's connection.
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(qint64 pendingCount READ pendingCount NOTIFY pendingCountChanged)

public:
    enum class State {
        Idle,        ///< nothing running; the last run (if any) completed
        Syncing,     ///< a run is under way (see progressChanged)
        NeedsSignIn, ///< the server wants a password again; local work is kept
        Failed,      ///< the last run stopped early (offline, TLS, server busy …); lastReport().error says why
    };
    Q_ENUM(State)

    SyncEngine(DataStore &store, SyncOptions options, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    /// Outbox rows not yet confirmed by the server (pending or in flight).
    qint64 pendingCount();
    const SyncReport &lastReport() const { return m_lastReport; }
    SyncConnection &connection() { return *m_connection; }
    /// This data folder's device id (sync_state), sent with sign-in and every push.
    QString deviceId() const { return m_deviceId; }

    Status signIn(const QString &userName, const QString &password);
    /// Continues with a refresh token kept in the keychain (TokenStore::load).
    void restoreSession(const QString &refreshToken);

    /// One complete run (photos, push, pull). Blocks; never runs twice at once (a second call while running
    /// returns an Error with code "sync.busy").
    SyncReport synchronize();

public Q_SLOTS:
    /// For the UI (queued): runs synchronize(), or marks a re-run when one is under way, and emits finished().
    void syncNow();
    /// For the UI (queued): downloads photos only the server holds (BlobDownloader), smallest first within this
    /// request (small renditions before large originals) and this request before older ones (callers pass what
    /// is on screen). Waits behind a sync under way. Answers photoDownloaded() once per photo.
    void downloadPhotos(const QStringList &sha256s);

Q_SIGNALS:
    void stateChanged(sitesafe::SyncEngine::State state);
    void progressChanged(const sitesafe::SyncProgress &progress);
    void pendingCountChanged(qint64 count);
    void finished(const sitesafe::SyncReport &report);
    /// A new refresh token to keep with TokenStore (empty: forget it).
    void refreshTokenChanged(const QString &refreshToken);
    /// About to send a push batch (for progress and tests): the frozen batch id and its size.
    void pushSending(const QString &batchId, int mutations);
    /// Bytes of one photo the server has acknowledged.
    void photoProgress(const QString &sha256, qint64 acknowledged, qint64 total);
    /// A photo asked for with downloadPhotos() is on this computer now, or `message` says why not.
    void photoDownloaded(const QString &sha256, bool isAvailable, const QString &message);
    /// Bytes of a downloading photo on disk so far.
    void photoDownloadProgress(const QString &sha256, qint64 received, qint64 total);

private:
    /// Keeps who is signed in with the connection's role and jurisdiction (SyncStateStore::recordAccount);
    /// an empty `userName` keeps the one recorded.
    void recordAccount(const QString &userName);
    Status checkReachable();
    Status uploadPhotos(SyncReport &report);
    Status push(SyncReport &report);
    /// One pass of push(): photos are sent already; freezes and sends batches until the outbox is empty.
    Status pushBatches(SyncReport &report);
    /// Starts the POST of `batch`; SyncConnection::finish() waits for its answer.
    std::shared_ptr<PendingCall> sendBatch(OutboxBatcher &batcher, const PushRequest &batch);
    /// Whether `response` has a result for every mutation of `batch`.
    static bool answersAll(const PushResponse &response, const PushRequest &batch);
    /// The push limits for this run: this client's options, lowered to what the server states in GET /meta.
    ProtocolLimits pushLimits();
    Status pull(SyncReport &report);
    /// Asks for the pull or snapshot page at `position`; readPage() waits for it and reads it.
    /// `echoThrough` > 0: the device's own rows up to it are left out of a pull (sync-protocol.md, "Echo rows").
    std::shared_ptr<PendingCall> requestPage(bool isSnapshot, const QString &position, qint64 echoThrough);
    Result<PullPage> readPage(const std::shared_ptr<PendingCall> &pending);
    void setState(State state);
    void finishReport(SyncReport &report);
    void queueDownloads(const QStringList &sha256s);
    void runDownloads();

    DataStore &m_store;
    SyncOptions m_options;
    QString m_deviceId;
    std::optional<Error> m_setupError;
    std::unique_ptr<SyncConnection> m_connection;
    State m_state = State::Idle;
    SyncReport m_lastReport;
    bool m_isRunning = false;
    bool m_isRerunRequested = false;
    QStringList m_downloadQueue; ///< photos still to download, in order
};

} // namespace sitesafe
