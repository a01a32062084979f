#include "syncconnection.h"

#include <functional>

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include "protocol/wireerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

namespace {
/// Runs this thread's events until `isDone`. Not QEventLoop::exec(): once the thread is asked to quit (the
/// SyncController going away while a request is out) exec() returns at once without running anything, and a
/// `while (!done) exec()` loop spun a core forever, hanging the quit. processEvents still runs the network
/// events, so the request ends (answer, error or HttpsClient's deadline) and the thread then finishes.
void waitUntil(QEventLoop &loop, const std::function<bool()> &isDone)
{
    while (!isDone())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
}
} // namespace

SyncConnection::SyncConnection(QUrl serverUrl, TlsSettings tls, QString deviceId, QObject *parent)
    : QObject(parent), m_client(std::move(serverUrl), std::move(tls)), m_deviceId(std::move(deviceId))
{
}

HttpResult SyncConnection::send(const HttpRequest &request)
{
    Q_EMIT requestStarted(request.method, request.path, request.body.size());
    HttpResult result;
    bool isDone = false;
    QEventLoop loop;
    m_client.send(request, [&](const HttpResult &r) {
        result = r;
        isDone = true;
        loop.quit();
    });
    // HttpsClient always answers (its own deadline aborts a silent server), so this loop ends.
    waitUntil(loop, [&isDone] { return isDone; });
    return result;
}

Status SyncConnection::acceptTokens(const HttpResult &result)
{
    const QJsonObject body = QJsonDocument::fromJson(result.body).object();
    const QString access = body.value(u"access_token"_s).toString();
    const QString refreshToken = body.value(u"refresh_token"_s).toString();
    if (access.isEmpty() || refreshToken.isEmpty())
        return SyncErrors::badAnswer(SyncErrors::tr("signing in"));
    m_accessToken = access;
    m_refreshToken = refreshToken;
    if (body.contains(u"role"_s))
        m_role = body.value(u"role"_s).toString();
    if (body.contains(u"jurisdiction"_s))
        m_jurisdiction = body.value(u"jurisdiction"_s).toString();
    Q_EMIT refreshTokenChanged(m_refreshToken);
    return {};
}

Status SyncConnection::signIn(const QString &userName, const QString &password)
{
    HttpRequest r;
    r.method = "POST";
    r.path = u"/api/v1/auth/token"_s;
    r.body = jsonBytes({{u"username"_s, userName}, {u"password"_s, password}, {u"device_id"_s, m_deviceId}});
    const HttpResult result = send(r);
    if (!result.isOk() || result.status != 200)
        return SyncErrors::fromResult(result, SyncErrors::tr("signing in"));
    return acceptTokens(result);
}

void SyncConnection::restoreSession(const QString &refreshToken)
{
    m_refreshToken = refreshToken;
    m_accessToken.clear();
}

void SyncConnection::signOut()
{
    if (!m_refreshToken.isEmpty()) {
        HttpRequest r;
        r.method = "POST";
        r.path = u"/api/v1/auth/revoke"_s;
        r.body = jsonBytes({{u"refresh_token"_s, m_refreshToken}});
        send(r);
    }
    m_accessToken.clear();
    m_refreshToken.clear();
    Q_EMIT refreshTokenChanged(QString());
}

Status SyncConnection::refresh()
{
    if (m_refreshToken.isEmpty())
        return SyncErrors::needsSignIn();
    HttpRequest r;
    r.method = "POST";
    r.path = u"/api/v1/auth/refresh"_s;
    r.body = jsonBytes({{u"refresh_token"_s, m_refreshToken}, {u"device_id"_s, m_deviceId}});
    const HttpResult result = send(r);
    if (result.isOk() && result.status == 401) {
        // invalid_grant / token_reused: the session is over; local data is untouched.
        m_accessToken.clear();
        m_refreshToken.clear();
        Q_EMIT refreshTokenChanged(QString());
        return SyncErrors::needsSignIn();
    }
    if (!result.isOk() || result.status != 200)
        return SyncErrors::fromResult(result, SyncErrors::tr("renewing the sign-in"));
    ++m_refreshCount;
    return acceptTokens(result);
}

struct PendingCall {
    HttpRequest request;
    HttpResult result;
    bool isSent = false; ///< the whole request is with the network thread
    bool isDone = false;
    QEventLoop *waiting = nullptr; ///< start()'s or finish()'s loop while it waits
};

HttpResult SyncConnection::call(HttpRequest request)
{
    return finish(start(std::move(request)));
}

std::shared_ptr<PendingCall> SyncConnection::start(HttpRequest request)
{
    auto pending = std::make_shared<PendingCall>();
    if (m_accessToken.isEmpty()) {
        if (Status s = refresh(); !s) {
            pending->result.error = s.error();
            pending->isDone = true;
            return pending;
        }
    }
    request.headers.insert("Authorization", "Bearer " + m_accessToken.toLatin1());
    pending->request = std::move(request);
    Q_EMIT requestStarted(pending->request.method, pending->request.path, pending->request.body.size());
    // The answer may come after the caller dropped the call: the callback holds the state, never the caller.
    m_client.send(
        pending->request,
        [pending](const HttpResult &r) {
            pending->result = r;
            pending->isDone = true;
            if (pending->waiting)
                pending->waiting->quit();
        },
        [pending] {
            pending->isSent = true;
            if (pending->waiting)
                pending->waiting->quit();
        });
    // QNetworkAccessManager starts a request, and hands it its body, from this thread's event loop: wait until the
    // whole request is out, so it travels and the server works on it while this thread does something else.
    if (!pending->isSent && !pending->isDone) {
        QEventLoop loop;
        pending->waiting = &loop;
        waitUntil(loop, [&pending] { return pending->isSent || pending->isDone; });
        pending->waiting = nullptr;
    }
    return pending;
}

HttpResult SyncConnection::finish(const std::shared_ptr<PendingCall> &pending)
{
    if (!pending->isDone) {
        // HttpsClient always answers (its own deadline aborts a silent server), so this loop ends.
        QEventLoop loop;
        pending->waiting = &loop;
        waitUntil(loop, [&pending] { return pending->isDone; });
        pending->waiting = nullptr;
    }
    const HttpResult &result = pending->result;
    if (!result.isOk() || result.status != 401)
        return result;
    // One refresh, then one retry (sync-anchors §2.7).
    if (Status s = refresh(); !s) {
        HttpResult failed;
        failed.error = s.error();
        return failed;
    }
    HttpRequest again = pending->request;
    again.headers.insert("Authorization", "Bearer " + m_accessToken.toLatin1());
    return send(again);
}

Error SyncErrors::fromResult(const HttpResult &result, const QString &what)
{
    if (result.error)
        return *result.error;
    const WireError wire = WireError::fromBytes(result.body);
    const QString detail = wire.message.isEmpty() ? tr("HTTP %1").arg(result.status) : wire.message;
    switch (result.status) {
    case 401:
        if (wire.code == u"invalid_credentials")
            return {u"auth.invalid_credentials"_s,
                    tr("The user name or password is wrong (%1). Nothing was sent; check them and sign in again.")
                        .arg(what)};
        return {u"auth.%1"_s.arg(wire.code.isEmpty() ? u"unauthorized"_s : wire.code),
                tr("The server no longer accepts this sign-in (%1). Sign in again; your unsent work is kept.")
                    .arg(detail)};
    case 403:
        return {u"sync.forbidden"_s, tr("The server refused %1: %2. Ask the provincial operator to check your account.")
                                         .arg(what, detail)};
    case 409:
        if (wire.code == u"out_of_order")
            return outOfOrder(detail);
        if (wire.code == u"device_taken")
            return {u"auth.device_taken"_s,
                tr("The server keeps this data folder for another account, so nobody else can sign in with it. "
                   "Nothing was sent. To sign in as a different person, choose a new data folder in Settings.")};
        if (wire.code == u"client_seq_behind")
            return {u"sync.client_seq_behind"_s,
                tr("This computer's data came back from an older copy, and the server has more of its changes than "
                   "it knows of. Its unsent changes are numbered again and sent; nothing is lost.")};
        break;
    case 507:
        return {u"sync.server_storage_full"_s,
            tr("The server's storage is full, so it could not take %1. Everything stays on this computer and sync "
               "will try again; if this lasts a day, tell the provincial operator.")
                .arg(what)};
    case 429:
        return {u"auth.rate_limited"_s,
                tr("Too many attempts; the server asks to wait before %1. Try again in a few minutes.").arg(what)};
    case 503:
    case 502:
    case 504:
        return {u"sync.unavailable"_s, tr("The server cannot process %1 right now. Your work is kept on this computer; "
                                          "sync will try again.")
                                           .arg(what)};
    default:
        break;
    }
    return {u"sync.http_%1"_s.arg(wire.code.isEmpty() ? QString::number(result.status) : wire.code),
            tr("The server refused %1 (HTTP %2): %3. Your work is kept on this computer.")
                .arg(what)
                .arg(result.status)
                .arg(detail)};
}

Error SyncErrors::otherAccount(const QString &owner, const QString &userName)
{
    return {u"auth.other_account"_s,
        tr("This data folder holds the work of %1, so %2 cannot sign in with it: records are sent only under the "
           "name of the person who made them. Nothing was sent. Sign in as %1, or choose a new data folder for %2 "
           "in Settings.")
            .arg(owner, userName)};
}

Error SyncErrors::needsSignIn()
{
    return {u"auth.needs_sign_in"_s,
            tr("Sign in to the provincial server to sync. Your unsent work is kept on this computer.")};
}

Error SyncErrors::badAnswer(const QString &what)
{
    return {u"sync.bad_answer"_s, tr("The server's answer to %1 could not be read. Nothing was changed here; check "
                                     "that the server address points to a SiteSafe server.")
                                      .arg(what)};
}

Error SyncErrors::outOfOrder(const QString &detail)
{
    return {u"sync.out_of_order"_s,
            tr("The server expects earlier changes of this computer first (%1). Nothing was lost; tell the provincial "
               "operator, as this computer's data may have been restored from an older copy.")
                .arg(detail)};
}

} // namespace sitesafe
