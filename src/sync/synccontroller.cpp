#include "synccontroller.h"

#include <deque>

#include "core/backgroundpriority.h"
#include "storage/datastore.h"
#include "sync/syncconnection.h"
#include "sync/syncscheduler.h"
#include "sync/tokenstore.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// Owns the SyncEngine on the worker thread and runs operations on it one at a time. The engine waits for the
/// network in local event loops, so queued operations could otherwise start inside a run under way; they wait
/// here until it is over instead (a manual "sync now" is the exception: the engine merges it into the run).
class EngineHost final : public QObject
{
public:
    explicit EngineHost(DataStore &store) : m_store(store) {}
    ~EngineHost() override
    {
        // Runs on the worker thread as it ends: the engine and this thread's database connection go with it.
        m_engine.reset();
        m_store.database().releaseConnection();
    }

    /// Gets the engine, or nullptr for the operation that installs one.
    using Operation = std::function<void(SyncEngine *)>;

    void replaceEngine(std::unique_ptr<SyncEngine> engine)
    {
        auto holder = std::make_shared<std::unique_ptr<SyncEngine>>(std::move(engine));
        m_queue.push_back({true, [this, holder](SyncEngine *) { m_engine = std::move(*holder); }});
        drain();
    }
    /// Queues one run; requests made while one is already waiting join it.
    void requestSync()
    {
        if (m_isSyncQueued)
            return;
        m_isSyncQueued = true;
        enqueue([this](SyncEngine &engine) {
            m_isSyncQueued = false;
            engine.syncNow();
        });
    }

    void enqueue(const std::function<void(SyncEngine &)> &operation)
    {
        m_queue.push_back({false, [operation](SyncEngine *engine) { operation(*engine); }});
        drain();
    }

private:
    struct Entry {
        bool isInstaller;
        Operation operation;
    };

    void drain()
    {
        if (m_isBusy)
            return; // the operation under way drains the rest when it returns
        m_isBusy = true;
        while (!m_queue.empty()) {
            Entry entry = std::move(m_queue.front());
            m_queue.pop_front();
            if (entry.isInstaller)
                entry.operation(nullptr);
            else if (m_engine) // no server configured: nothing to do
                entry.operation(m_engine.get());
        }
        m_isBusy = false;
    }

    DataStore &m_store;
    std::unique_ptr<SyncEngine> m_engine;
    std::deque<Entry> m_queue;
    bool m_isBusy = false;
    bool m_isSyncQueued = false;
};
} // namespace

SyncController::SyncController(DataStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_scheduler(new SyncScheduler(this))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
    m_thread.setObjectName(u"sitesafe-sync"_s);
    // Applying a pulled page is CPU work the UI thread must not wait behind (BackgroundPriority).
    connect(&m_thread, &QThread::started, [] { BackgroundPriority::lowerCurrentThread(); });
    auto *host = new EngineHost(store);
    host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, host, &QObject::deleteLater);
    m_host = host;
    m_thread.start();

    connect(m_scheduler, &SyncScheduler::syncRequested, this, &SyncController::syncNow);
    connect(this, &SyncController::finished, m_scheduler, &SyncScheduler::onFinished);
    m_profile = ServerProfile::load(m_store.connection());
    createEngine();
}

SyncController::~SyncController()
{
    m_scheduler->stop();
    m_thread.quit(); // after the operation under way (a request waits at most its deadline)
    m_thread.wait();
}

Status SyncController::setProfile(const ServerProfile &profile)
{
    if (profile == m_profile)
        return {}; // nothing changed: keep the session
    const bool isOtherAccount = profile.keychainAccount() != m_profile.keychainAccount();
    if (Status s = profile.save(m_store.connection()); !s)
        return s;
    if (isOtherAccount && m_isSignedIn)
        signOut();
    m_profile = profile;
    createEngine();
    Q_EMIT profileChanged();
    return {};
}

void SyncController::createEngine()
{
    m_tokens = std::make_unique<TokenStore>(m_profile.keychainAccount());
    setSignedIn(false);
    if (!m_profile.isConfigured())
        return;
    SyncOptions options;
    options.serverUrl = m_profile.serverUrl;
    options.tls = m_profile.tls;
    auto *host = static_cast<EngineHost *>(m_host);
    QMetaObject::invokeMethod(
        host,
        [this, host, options, &store = m_store] {
            // Made on the worker thread so its network objects and database connection belong there.
            auto engine = std::make_unique<SyncEngine>(store, options);
            connect(engine.get(), &SyncEngine::stateChanged, this, &SyncController::onEngineState);
            connect(engine.get(), &SyncEngine::progressChanged, this, [this](const SyncProgress &progress) {
                m_progress = progress;
                Q_EMIT progressChanged(progress);
            });
            connect(engine.get(), &SyncEngine::finished, this, &SyncController::onEngineFinished);
            connect(engine.get(), &SyncEngine::refreshTokenChanged, this, &SyncController::keepRefreshToken);
            connect(engine.get(), &SyncEngine::photoDownloaded, this, &SyncController::photoFetched);
            host->replaceEngine(std::move(engine));
        },
        Qt::QueuedConnection);
}

void SyncController::withEngine(std::function<void(SyncEngine &)> operation)
{
    auto *host = static_cast<EngineHost *>(m_host);
    QMetaObject::invokeMethod(host, [host, operation] { host->enqueue(operation); }, Qt::QueuedConnection);
}

void SyncController::start(const QString &autoPassword)
{
    if (!m_profile.isConfigured())
        return;
    m_tokens->load([this, autoPassword](const std::optional<QString> &token, const Status &status) {
        if (!status) {
            m_keychainWarning = status.error().message;
            Q_EMIT keychainUnavailable(m_keychainWarning);
        }
        if (token && !token->isEmpty()) {
            withEngine([refresh = *token](SyncEngine &engine) { engine.restoreSession(refresh); });
            setSignedIn(true);
            m_scheduler->start();
        } else if (!autoPassword.isEmpty() && !m_profile.userName.isEmpty()) {
            signIn(m_profile.userName, autoPassword);
        }
    });
}

void SyncController::signIn(const QString &userName, const QString &password)
{
    if (!m_profile.isConfigured()) {
        Q_EMIT signInFinished(false, tr("Enter the server address first (https://…)."));
        return;
    }
    if (userName != m_profile.userName) {
        ServerProfile changed = m_profile;
        changed.userName = userName;
        if (Status s = setProfile(changed); !s) {
            Q_EMIT signInFinished(false, s.error().message);
            return;
        }
    }
    withEngine([this, userName, password](SyncEngine &engine) {
        const Status s = engine.signIn(userName, password);
        const QString message = s ? QString() : s.error().message;
        QMetaObject::invokeMethod(
            this,
            [this, isOk = bool(s), message] {
                setSignedIn(isOk);
                Q_EMIT signInFinished(isOk, message);
                if (isOk)
                    m_scheduler->onSignedIn(); // syncs right away
            },
            Qt::QueuedConnection);
    });
}

void SyncController::signOut()
{
    withEngine([](SyncEngine &engine) { engine.connection().signOut(); });
    m_tokens->remove([](const Status &) {});
    m_scheduler->stop();
    setSignedIn(false);
}

void SyncController::syncNow()
{
    auto *host = static_cast<EngineHost *>(m_host);
    QMetaObject::invokeMethod(
        host,
        [host] { host->requestSync(); },
        Qt::QueuedConnection);
}

void SyncController::fetchPhotos(const QStringList &sha256s)
{
    if (!m_profile.isConfigured() || !m_isSignedIn) {
        for (const QString &sha256 : sha256s)
            Q_EMIT photoFetched(sha256, false,
                                tr("Sign in to the provincial server (Sync ▸ Sign in) to download this photo."));
        return;
    }
    withEngine([sha256s](SyncEngine &engine) { engine.downloadPhotos(sha256s); });
}

void SyncController::keepRefreshToken(const QString &token)
{
    auto done = [this](const Status &status) {
        if (!status && m_keychainWarning != status.error().message) {
            m_keychainWarning = status.error().message;
            Q_EMIT keychainUnavailable(m_keychainWarning);
        }
    };
    if (token.isEmpty())
        m_tokens->remove(done);
    else
        m_tokens->save(token, done);
}

void SyncController::onEngineState(SyncEngine::State state)
{
    m_state = state;
    if (state == SyncEngine::State::NeedsSignIn)
        setSignedIn(false);
    if (state != SyncEngine::State::Syncing)
        m_progress.reset();
    Q_EMIT stateChanged(state);
}

void SyncController::onEngineFinished(const SyncReport &report)
{
    m_lastReport = report;
    m_hasReport = true;
    if (!report.error)
        m_lastSuccessAt = m_clock.now();
    m_progress.reset();
    Q_EMIT finished(report);
}

void SyncController::setSignedIn(bool isSignedIn)
{
    if (m_isSignedIn == isSignedIn)
        return;
    m_isSignedIn = isSignedIn;
    Q_EMIT sessionChanged(isSignedIn);
}

} // namespace sitesafe
