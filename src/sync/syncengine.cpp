#include "syncengine.h"

#include <algorithm>
#include <deque>
#include <limits>

#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

#include "blobdownloader.h"
#include "blobuploader.h"
#include "core/failpoint.h"
#include "noticeblockrequester.h"
#include "outboxbatcher.h"
#include "protocol/pullmessages.h"
#include "protocol/wireerror.h"
#include "pullapplier.h"
#include "receiptrecorder.h"
#include "serverclock.h"
#include "storage/blobrepository.h"
#include "storage/datastore.h"
#include "storage/outboxrepository.h"
#include "storage/syncattentionreader.h"
#include "storage/syncstatestore.h"
#include "syncconnection.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kMaxBatchesPerRun = 10000; // a bound, never reached: each batch releases at least one row
constexpr int kMaxPagesPerRun = 100000;

QString busyMessage()
{
    return QCoreApplication::translate("SyncEngine", "A sync is already running; this one was merged into it.");
}
} // namespace

SyncEngine::SyncEngine(DataStore &store, SyncOptions options, QObject *parent)
    : QObject(parent), m_store(store), m_options(std::move(options))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
    auto device = SyncStateStore(m_store.connection()).deviceId();
    if (device)
        m_deviceId = device.value();
    else
        m_setupError = device.error();
    m_connection = std::make_unique<SyncConnection>(m_options.serverUrl, m_options.tls, m_deviceId);
    connect(m_connection.get(), &SyncConnection::refreshTokenChanged, this, &SyncEngine::refreshTokenChanged);
    // A refreshed token carries the role and jurisdiction the server holds now (a role can change between runs).
    connect(m_connection.get(), &SyncConnection::refreshTokenChanged, this, [this](const QString &token) {
        if (!token.isEmpty() && !m_connection->role().isEmpty())
            recordAccount(QString());
    });
}

void SyncEngine::recordAccount(const QString &userName)
{
    SyncStateStore state(m_store.connection());
    Account account = state.account().value_or(Account{});
    if (!userName.isEmpty())
        account.userName = userName;
    account.role = m_connection->role();
    account.jurisdictionCode = m_connection->jurisdiction();
    // Only the client's own bookkeeping: a failure here leaves the previous account, never a failed sign-in.
    if (Status s = state.recordAccount(account); !s)
        qWarning("The signed-in account could not be kept: %s", qPrintable(s.error().message));
}

SyncEngine::~SyncEngine() = default;

qint64 SyncEngine::pendingCount()
{
    return OutboxRepository(m_store.connection()).pendingCount();
}

Status SyncEngine::signIn(const QString &userName, const QString &password)
{
    if (m_setupError)
        return *m_setupError;
    // One account per data folder: its unsent work must go out under the name of whoever made it. Checked here too,
    // not only by the server, which may have been restored from a backup older than this folder's first sign-in.
    if (const std::optional<Account> owner = SyncStateStore(m_store.connection()).account();
        owner && !owner->userName.isEmpty() && owner->userName != userName)
        return SyncErrors::otherAccount(owner->userName, userName);
    Q_EMIT progressChanged(SyncProgress{SyncProgress::Phase::SigningIn, 0, 1});
    Status s = m_connection->signIn(userName, password);
    if (s)
        recordAccount(userName);
    if (s && m_state == State::NeedsSignIn)
        setState(State::Idle);
    return s;
}

void SyncEngine::restoreSession(const QString &refreshToken)
{
    m_connection->restoreSession(refreshToken);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::syncNow()
{
    if (m_isRunning) {
        m_isRerunRequested = true;
        return;
    }
    do {
        m_isRerunRequested = false;
        Q_EMIT finished(synchronize());
    } while (m_isRerunRequested && m_state == State::Idle);
    runDownloads(); // photos asked for while the run was under way
}

void SyncEngine::downloadPhotos(const QStringList &sha256s)
{
    queueDownloads(sha256s);
    runDownloads();
}

void SyncEngine::queueDownloads(const QStringList &sha256s)
{
    // Smallest first within the request (a size not known yet counts as large), the request before older ones.
    QList<std::pair<qint64, QString>> sized;
    BlobRepository blobs(m_store.connection());
    for (const QString &sha256 : sha256s) {
        if (std::any_of(sized.cbegin(), sized.cend(), [&](const auto &s) { return s.second == sha256; }))
            continue;
        auto found = blobs.find(sha256);
        const qint64 size = found && found.value() ? found.value()->size : 0;
        sized.append({size > 0 ? size : std::numeric_limits<qint64>::max(), sha256});
    }
    std::stable_sort(sized.begin(), sized.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList ordered;
    for (const auto &entry : std::as_const(sized))
        ordered.append(entry.second);
    for (const QString &older : std::as_const(m_downloadQueue)) {
        if (!ordered.contains(older))
            ordered.append(older);
    }
    m_downloadQueue = ordered;
}

void SyncEngine::runDownloads()
{
    // m_isRunning also covers downloads: a sync asked for meanwhile runs after them, and downloads asked for
    // while waiting on the network join the queue this loop drains.
    if (m_isRunning || m_downloadQueue.isEmpty())
        return;
    m_isRunning = true;
    BlobDownloader downloader(m_store.database(), m_store.blobs(), *m_connection);
    downloader.setChunkBytes(m_options.chunkBytes);
    connect(&downloader, &BlobDownloader::progress, this, &SyncEngine::photoDownloadProgress);
    std::optional<Error> stop = m_setupError;
    if (!stop && !m_connection->hasCredentials())
        stop = SyncErrors::needsSignIn();
    while (!m_downloadQueue.isEmpty()) {
        const QString sha256 = m_downloadQueue.takeFirst();
        if (stop) {
            Q_EMIT photoDownloaded(sha256, false, stop->message);
            continue;
        }
        auto downloaded = downloader.download(sha256);
        if (downloaded) {
            Q_EMIT photoDownloaded(sha256, true, QString());
            continue;
        }
        Q_EMIT photoDownloaded(sha256, false, downloaded.error().message);
        if (!downloaded.error().code.startsWith(u"download."_s))
            stop = downloaded.error(); // offline, TLS, signed out: the other photos would fail alike
    }
    m_isRunning = false;
    if (stop && stop->code.startsWith(u"auth."_s))
        setState(State::NeedsSignIn);
    if (m_isRerunRequested)
        syncNow();
}

SyncReport SyncEngine::synchronize()
{
    SyncReport report;
    if (m_isRunning) {
        report.error = Error{u"sync.busy"_s, busyMessage()};
        return report;
    }
    if (m_setupError) {
        report.error = m_setupError;
        finishReport(report);
        return report;
    }
    m_isRunning = true;
    setState(State::Syncing);
    const int refreshesBefore = m_connection->refreshCount();
    Status s;
    if (!m_connection->hasCredentials())
        s = SyncErrors::needsSignIn();
    if (s)
        s = checkReachable();
    if (s)
        s = uploadPhotos(report);
    if (s)
        s = push(report);
    if (s)
        s = pull(report);
    if (s) // pushed and pulled whole since the restore: back to the usual window and echo skipping
        s = SyncStateStore(m_store.connection()).remove(SyncStateStore::kRestoredAt);
    if (s && m_options.noticeBlockSize > 0) {
        // After the pull, so blocks the server already cut for this device count as left; a block not received
        // is a warning only (the numbers left still work).
        PullApplier applier(m_store.database());
        const auto blocks = NoticeBlockRequester(m_store.database(), *m_connection, applier)
                                .requestLowKinds(m_options.noticeBlockSize);
        report.blocksReceived = blocks.received;
        report.warnings += blocks.warnings;
    }
    if (!s)
        report.error = s.error();
    report.tokenRefreshes = m_connection->refreshCount() - refreshesBefore;
    finishReport(report);
    m_isRunning = false;
    if (report.error && report.error->code.startsWith(u"auth."_s))
        setState(State::NeedsSignIn);
    else
        setState(report.error ? State::Failed : State::Idle);
    return report;
}

void SyncEngine::finishReport(SyncReport &report)
{
    // One statement, one snapshot: the same counts the status bar shows.
    if (auto attention = SyncAttentionReader(m_store.connection()).read()) {
        report.stillPending = attention.value().waiting;
        report.needsAttention = attention.value().refused;
        report.openConflicts = attention.value().conflicts;
        report.heldRows = attention.value().held;
    }
    m_lastReport = report;
    Q_EMIT pendingCountChanged(report.stillPending);
}

Status SyncEngine::checkReachable()
{
    // /ping is the truth about being online (and renews the access token if needed) before anything local is
    // touched: a TLS or trust failure here leaves the outbox exactly as it was.
    // Its answer states the server's time: the offset to it is kept for the trust in the time of records made
    // offline until the next sync (TimeTrust).
    HttpRequest request;
    request.path = u"/api/v1/ping"_s;
    const QDateTime sentAt = m_store.clock().now();
    const HttpResult result = m_connection->call(request);
    const QDateTime receivedAt = m_store.clock().now();
    if (!result.isOk() || result.status != 200)
        return SyncErrors::fromResult(result, tr("reaching the server"));
    if (const auto offset = ServerClock::offsetMs(result, sentAt, receivedAt))
        return SyncStateStore(m_store.connection()).recordServerClock(*offset, receivedAt);
    return {};
}

Status SyncEngine::uploadPhotos(SyncReport &report)
{
    BlobUploader uploader(m_store.database(), m_store.blobs(), *m_connection);
    uploader.setChunkBytes(m_options.chunkBytes);
    connect(&uploader, &BlobUploader::progress, this, [this](const QString &sha256, qint64 done, qint64 total) {
        Q_EMIT photoProgress(sha256, done, total);
        Q_EMIT progressChanged(SyncProgress{SyncProgress::Phase::Photos, done, total});
    });
    auto uploaded = uploader.uploadPending();
    if (!uploaded)
        return uploaded.error();
    report.photosUploaded = uploaded.value().uploaded;
    report.photoBytesSent = uploaded.value().bytesSent;
    report.photoResumedFrom = uploaded.value().resumedFrom;
    return {};
}

ProtocolLimits SyncEngine::pushLimits()
{
    // An older server refuses batches over its own limits, and a frozen batch is resent unchanged: so the size
    // is taken from the server before a batch is frozen. Without an answer, the limits every server takes.
    ProtocolLimits server = ProtocolLimits::firstPushLimits();
    HttpRequest request;
    request.path = u"/api/v1/meta"_s;
    const HttpResult result = m_connection->send(request);
    if (result.isOk() && result.status == 200) {
        const QJsonObject limits = QJsonDocument::fromJson(result.body).object().value(u"limits"_s).toObject();
        server = ProtocolLimits::fromJson(limits, ProtocolLimits::firstPushLimits());
    }
    ProtocolLimits limits;
    limits.maxPushMutations = qMax(1, qMin(m_options.maxPushMutations, server.maxPushMutations));
    limits.maxPushBytes = qMax<qint64>(1, qMin(m_options.maxPushBytes, server.maxPushBytes));
    limits.pushWindow = qBound(1, qMin(m_options.pushWindow, server.pushWindow), 8);
    return limits;
}

namespace {
/// pushBatches() put back in flight changes the server had answered and lost; push() runs it once more.
const QString kResendingLost = u"sync.resending_lost"_s;
} // namespace

Status SyncEngine::push(SyncReport &report)
{
    Status s = pushBatches(report);
    // Renumbered after the server's count, or changes the server lost put back in flight: once more.
    if (!s && (s.error().code == u"sync.client_seq_behind" || s.error().code == kResendingLost))
        s = pushBatches(report);
    return s;
}

Status SyncEngine::pushBatches(SyncReport &report)
{
    const qint64 total = pendingCount();
    if (total == 0)
        return {}; // nothing to send: no need to ask for the limits
    ProtocolLimits limits = pushLimits();
    // A database that came back from a backup may number its changes behind the server (409
    // client_seq_behind): one batch at a time, so no later batch travels with numbers the renumbering changes.
    if (SyncStateStore(m_store.connection()).value(SyncStateStore::kRestoredAt))
        limits.pushWindow = 1;
    OutboxBatcher batcher(m_store.database(), limits);
    ReceiptRecorder receipts(m_store.database());
    // Up to push_window batches travel at once, each on its own connection; the server holds one that arrives
    // ahead of its predecessor until that one commits. While they travel, this thread freezes the next batch and
    // records the answers, oldest first.
    struct InFlight {
        PushRequest batch;
        std::shared_ptr<PendingCall> call;
        bool isEarly = false; ///< sent while an earlier batch was unanswered
    };
    std::deque<InFlight> flight;
    std::optional<PushRequest> frozen;
    bool isDrained = false; // nothing left to freeze
    const auto freeze = [&]() -> Status {
        if (frozen || isDrained)
            return {};
        auto next = batcher.nextBatch(m_deviceId, flight.empty() ? nullptr : &flight.back().batch);
        if (!next)
            return next.error();
        frozen = std::move(next.value());
        isDrained = !frozen;
        return {};
    };
    const auto launch = [&]() -> Status { // fills the window
        while (int(flight.size()) < limits.pushWindow) {
            if (Status s = freeze(); !s)
                return s;
            if (!frozen)
                break;
            const bool isEarly = !flight.empty();
            flight.push_back(InFlight {std::move(*frozen), nullptr, isEarly});
            frozen.reset();
            flight.back().call = sendBatch(batcher, flight.back().batch);
        }
        return {};
    };
    if (Status s = launch(); !s)
        return s;
    qint64 answered = 0;
    for (int round = 0; !flight.empty() && round < kMaxBatchesPerRun; ++round) {
        if (Status s = freeze(); !s)
            return s;
        InFlight head = std::move(flight.front());
        flight.pop_front();
        const HttpResult result = m_connection->finish(head.call);
        ++report.batchesSent;
        if (!result.isOk() || result.status != 200) {
            Error error = SyncErrors::fromResult(result, tr("sending your changes"));
            const qint64 serverLast
                = QJsonDocument::fromJson(result.body).object().value(u"last_client_seq"_s).toInteger(-1);
            if (error.code == u"sync.client_seq_behind") {
                if (serverLast < 0)
                    return SyncErrors::badAnswer(tr("sending your changes"));
                if (auto renumbered = OutboxRepository(m_store.connection()).renumberInFlight(serverLast); !renumbered)
                    return renumbered.error();
                return error; // push() sends the renumbered batches again
            }
            if (error.code == u"sync.out_of_order" && head.isEarly) {
                // The server stopped waiting for its predecessor, which has been answered since: send it again.
                head.isEarly = false;
                head.call = sendBatch(batcher, head.batch);
                flight.push_front(std::move(head));
                continue;
            }
            if (error.code == u"sync.out_of_order" && serverLast >= 0 && !head.batch.mutations.isEmpty()) {
                // The server lacks changes it had answered (restored from an older backup): they go again.
                auto requeued = OutboxRepository(m_store.connection())
                                    .requeueLost(serverLast, head.batch.mutations.constFirst().clientSeq);
                if (!requeued)
                    return requeued.error();
                if (requeued.value() > 0)
                    return Error {kResendingLost, error.message}; // push() sends them, then the rest
            }
            return error; // the batches stay frozen in flight; the next run resends them unchanged, oldest first
        }
        const PushResponse response = PushResponse::fromJson(QJsonDocument::fromJson(result.body).object());
        const bool isAnswered = answersAll(response, head.batch);
        if (isAnswered) {
            if (Status s = launch(); !s)
                return s;
        }
        Failpoint::hit("push-answered-unrecorded"); // the server applied it, this computer has not noted it yet
        auto summary = receipts.record(head.batch, response);
        if (!summary)
            return summary.error();
        if (summary.value().unanswered == head.batch.mutations.size())
            return SyncErrors::badAnswer(tr("sending your changes"));
        report.applied += summary.value().applied;
        report.conflicts += summary.value().conflicts;
        report.rejected += summary.value().rejected;
        answered += head.batch.mutations.size() - summary.value().unanswered;
        Q_EMIT progressChanged(SyncProgress{SyncProgress::Phase::Push, answered, total});
        Q_EMIT pendingCountChanged(pendingCount());
        if (isAnswered)
            continue;
        // The unanswered rest of the batch is still in flight: it goes again now, ahead of the later batches
        // (the server holds those until it commits).
        auto rest = batcher.nextBatch(m_deviceId);
        if (!rest)
            return rest.error();
        if (rest.value()) {
            flight.push_front(InFlight {std::move(*rest.value()), nullptr, false});
            flight.front().call = sendBatch(batcher, flight.front().batch);
        }
    }
    return {};
}

std::shared_ptr<PendingCall> SyncEngine::sendBatch(OutboxBatcher &batcher, const PushRequest &batch)
{
    HttpRequest request;
    request.method = "POST";
    request.path = u"/api/v1/sync/push"_s;
    request.body = batcher.body(batch);
    Q_EMIT pushSending(batch.batchId, int(batch.mutations.size()));
    return m_connection->start(request);
}

bool SyncEngine::answersAll(const PushResponse &response, const PushRequest &batch)
{
    QSet<QString> ids;
    ids.reserve(response.results.size());
    for (const MutationResult &r : response.results)
        ids.insert(r.mutationId);
    return std::all_of(batch.mutations.cbegin(), batch.mutations.cend(),
        [&](const Mutation &m) { return ids.contains(m.mutationId); });
}

std::shared_ptr<PendingCall> SyncEngine::requestPage(bool isSnapshot, const QString &position, qint64 echoThrough)
{
    QUrlQuery query;
    if (!position.isEmpty())
        query.addQueryItem(isSnapshot ? u"page_token"_s : u"cursor"_s, position);
    query.addQueryItem(u"limit"_s, QString::number(m_options.pullLimit));
    if (!isSnapshot && echoThrough > 0)
        query.addQueryItem(u"echo_through"_s, QString::number(echoThrough));
    HttpRequest request;
    request.path = (isSnapshot ? u"/api/v1/sync/snapshot?"_s : u"/api/v1/sync/pull?"_s)
        + query.toString(QUrl::FullyEncoded);
    return m_connection->start(request);
}

Result<PullPage> SyncEngine::readPage(const std::shared_ptr<PendingCall> &pending)
{
    const HttpResult result = m_connection->finish(pending);
    if (result.isOk() && result.status == 410)
        return Error{u"sync.resync_required"_s, WireError::fromBytes(result.body).message};
    if (!result.isOk() || result.status != 200)
        return SyncErrors::fromResult(result, tr("receiving changes"));
    const QJsonDocument doc = QJsonDocument::fromJson(result.body);
    if (!doc.isObject())
        return SyncErrors::badAnswer(tr("receiving changes"));
    return PullPage::fromJson(doc.object());
}

Status SyncEngine::pull(SyncReport &report)
{
    SyncStateStore state(m_store.connection());
    PullApplier applier(m_store.database());
    QString cursor = state.cursor();
    QString snapshotToken = state.value(SyncStateStore::kSnapshotToken).value_or(QString());
    // First sync, an unfinished snapshot, or after 410: a snapshot; the outbox is kept either way.
    bool isSnapshot = cursor.isEmpty() || !snapshotToken.isEmpty();
    QList<PulledChange> carried; // pages that must be applied together (a child before its parent)
    int carriedPages = 0;
    // Rows this device pushed and nobody changed since: its receipts gave them their seq already.
    // A database that came back from a backup lacks some of this device's own rows, so the echoes are pulled too.
    const qint64 echoThrough = state.value(SyncStateStore::kRestoredAt) ? 0 : state.echoThrough();
    // The next page is asked for before this one is applied: the server builds it and it travels meanwhile.
    std::shared_ptr<PendingCall> next;
    for (int page = 0; page < kMaxPagesPerRun; ++page) {
        const QString position = isSnapshot ? snapshotToken : cursor;
        auto fetched = readPage(next ? next : requestPage(isSnapshot, position, echoThrough));
        next.reset();
        if (!fetched && fetched.error().code == u"sync.resync_required") {
            if (isSnapshot && snapshotToken.isEmpty())
                return fetched.error();
            isSnapshot = true; // the server's data was replaced: start a snapshot, keep the outbox
            snapshotToken.clear();
            carried.clear();
            carriedPages = 0;
            continue;
        }
        if (!fetched)
            return fetched.error();
        const PullPage &p = fetched.value();
        report.hadSnapshot = report.hadSnapshot || isSnapshot;
        QList<PulledChange> changes = carried + p.changes;
        PullApplier::Position target;
        target.epoch = p.serverEpoch;
        const bool isLast = isSnapshot ? p.nextPageToken.isEmpty() : !p.hasMore;
        // A page that hands back the position it was asked for, with more to come, would be asked for again and
        // again (a broken or hostile server; found with the fault proxy, issue 15): stop, nothing of it applied.
        if (!isLast && (isSnapshot ? p.nextPageToken : p.nextCursor) == position)
            return Error {u"sync.cursor_loop"_s,
                tr("The server sent the same position in its data twice, so receiving changes would never "
                   "end. Nothing of that answer was applied and your work is kept. Tell the provincial "
                   "operator: the server may be misconfigured.")};
        if (isSnapshot && !isLast)
            target.snapshotToken = p.nextPageToken;
        else
            target.cursor = p.nextCursor;
        if (!isLast && page + 1 < kMaxPagesPerRun)
            next = requestPage(isSnapshot, isSnapshot ? p.nextPageToken : p.nextCursor, echoThrough);
        // On the last page, or with too many pages together, a row whose parent never came is held.
        const bool isFinal = isLast || carriedPages >= m_options.maxPagesTogether;
        auto applied = applier.apply(changes, target, isFinal);
        if (!applied && applied.error().code == u"sync.missing_parent" && !isFinal) {
            carried = changes; // nothing stored yet: the next page is applied together with this one
            ++carriedPages;
        } else if (!applied) {
            return applied.error();
        } else {
            report.rowsPulled += applied.value();
            report.rowsUnchanged = applier.unchangedRows();
            carried.clear();
            carriedPages = 0;
            Q_EMIT progressChanged(SyncProgress{SyncProgress::Phase::Pull, report.rowsPulled, -1});
        }
        if (isLast) {
            // Rows kept aside by earlier runs get their chance once the page stream is through.
            auto released = applier.retryHeld();
            if (!released)
                return released.error();
            report.rowsReleased = released.value();
            return {};
        }
        if (isSnapshot)
            snapshotToken = p.nextPageToken;
        else
            cursor = p.nextCursor;
    }
    return {};
}

} // namespace sitesafe
