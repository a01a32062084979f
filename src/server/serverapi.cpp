#include "serverapi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "accountstore.h"
#include "backend.h"
#include "blobapi.h"
#include "core/clock.h"
#include "noticeblockallocator.h"
#include "protocol/entityrules.h"
#include "protocol/jsonshape.h"
#include "protocol/wireerror.h"
#include "pullreader.h"
#include "pushprocessor.h"
#include "serverauditlog.h"
#include "verifypage.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kSchemaVersion = 6; // the newest sql/server migration (it said 2 from migration 0003 on)
const QString kMinClientVersion = u"0.1.0"_s;

QString bearer(const ServerRequest &request)
{
    const QByteArray value = request.header("Authorization");
    if (!value.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}
/// A held batch takes a worker thread while it waits; with one worker its predecessor could not run.
bool holdsPushes(const ServerSettings &settings)
{
    return settings.limits.pushWindow > 1 && settings.limits.pushHoldMs > 0 && settings.workerThreads > 1;
}
} // namespace

ServerApi::ServerApi(Backend &backend, const ServerConfig &config, ServerSettings settings, QString serverEpoch)
    : m_backend(backend)
    , m_settings(settings)
    , m_epoch(std::move(serverEpoch))
    , m_accounts(std::make_unique<AccountStore>(backend, settings.auth))
    , m_push(std::make_unique<PushProcessor>(backend, m_epoch,
          PushProcessor::Hold {holdsPushes(settings) ? settings.limits.pushHoldMs : 0, settings.workerThreads / 2}))
    , m_pull(std::make_unique<PullReader>(backend, m_epoch))
    , m_blobs(std::make_unique<BlobApi>(backend, config, settings))
{
    if (!holdsPushes(settings))
        m_settings.limits.pushWindow = 1; // what /meta states
}

ServerApi::~ServerApi() = default;

int ServerApi::heldPushes() const
{
    return m_push->heldBatches();
}

int ServerApi::statusFor(const QString &code)
{
    static const QHash<QString, int> statuses {
        {u"auth.unauthorized"_s, 401},
        {u"auth.token_expired"_s, 401},
        {u"auth.invalid_credentials"_s, 401},
        {u"auth.invalid_grant"_s, 401},
        {u"auth.token_reused"_s, 401},
        {u"auth.rate_limited"_s, 429},
        {u"auth.device_taken"_s, 409},
        {u"auth.bad_request"_s, 400},
        {u"bad_request"_s, 400},
        {u"malformed_json"_s, 400},
        {u"json_too_deep"_s, 400},
        {u"json_array_too_long"_s, 400},
        {u"invalid_batch"_s, 400},
        {u"invalid_mutation"_s, 400},
        {u"sync.bad_cursor"_s, 400},
        {u"forbidden"_s, 403},
        {u"sync.device_mismatch"_s, 403},
        {u"sync.out_of_order"_s, 409},
        {u"sync.client_seq_behind"_s, 409},
        {u"sync.resync_required"_s, 410},
        {u"too_many_mutations"_s, 413},
        {u"body_too_large"_s, 413},
        {u"not_found"_s, 404},
        {u"notice_blocks.rate_limited"_s, 429},
    };
    if (code.startsWith(u"db."_s))
        return 503;
    return statuses.value(code, 500);
}

HttpResponse ServerApi::errorResponse(const Error &error)
{
    const int status = statusFor(error.code);
    const qsizetype dot = error.code.indexOf(u'.');
    const QString wireCode = dot > 0 ? error.code.mid(dot + 1) : error.code;
    if (status >= 500) {
        // Details (SQL errors) stay in the server log; the client learns only that it should retry.
        qWarning("sitesafe-server: %s: %s", qPrintable(error.code), qPrintable(error.message));
        HttpResponse r = HttpResponse::error(503, u"unavailable"_s,
                                             tr("The server cannot process this right now; retry later."));
        r.setHeader("Retry-After", "5");
        return r;
    }
    HttpResponse r = HttpResponse::error(status, wireCode, error.message);
    if (status == 429)
        r.setHeader("Retry-After", "60");
    return r;
}

Result<QJsonObject> ServerApi::jsonBody(const ServerRequest &request) const
{
    if (Status s = JsonShape::check(request.body, {m_settings.limits.maxJsonDepth, m_settings.limits.maxJsonArrayLength}); !s)
        return s.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{u"malformed_json"_s, tr("The body is not a JSON object: %1 at byte %2.")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset)};
    return doc.object();
}

QString ServerApi::remoteAddress(const ServerRequest &request) const
{
    if (m_settings.isBehindProxy && request.remoteAddress.isLoopback()) {
        const QByteArray forwarded = request.header("X-Forwarded-For");
        if (!forwarded.isEmpty())
            return QString::fromLatin1(forwarded.split(',').last().trimmed());
    }
    return request.remoteAddress.toString();
}

HttpResponse ServerApi::handle(RouteId route, const ServerRequest &request)
{
    const RouteSpec &spec = RouteTable::spec(route);
    Caller caller;
    if (spec.needsToken) {
        auto authenticated = m_accounts->authenticate(bearer(request));
        if (!authenticated) {
            HttpResponse r = errorResponse(authenticated.error());
            if (r.status == 401)
                r.setHeader("WWW-Authenticate", "Bearer");
            return r;
        }
        caller = authenticated.value();
    }
    HttpResponse response = dispatch(route, request, caller);
    if (!caller.userName.isEmpty())
        auditRefusal(caller, spec, response);
    return response;
}

void ServerApi::auditRefusal(const Caller &caller, const RouteSpec &spec, const HttpResponse &response)
{
    // A signed-in device's refused request is audited under its account (sync-anchors §3 case 25): malformed,
    // oversize, forbidden. Not 404, 409 and 410, which are the protocol's own answers (an upload not found after a
    // restore, out_of_order, resync), and not requests without a valid token: anyone can send those, so auditing
    // each would let anyone fill the log; the access log has them.
    if (response.status < 400 || response.status >= 500 || response.status == 404 || response.status == 409
        || response.status == 410)
        return;
    const QString code = WireError::fromBytes(response.body).code;
    WriteTransaction tx(m_backend);
    if (!tx.isActive())
        return; // the refusal itself is still answered
    if (ServerAuditLog::append(tx.statements(), m_backend.clock().now(), caller, u"request.refused"_s,
            spec.method + u' ' + spec.path, {}, u"status=%1 code=%2"_s.arg(response.status).arg(code.left(64))))
        (void)tx.commit();
}

HttpResponse ServerApi::dispatch(RouteId route, const ServerRequest &request, const Caller &caller)
{
    switch (route) {
    case RouteId::Meta:
        return meta();
    case RouteId::Ping:
        return HttpResponse::json(QJsonObject{{u"ok"_s, true},
                                              {u"server_time"_s, Timestamp::toText(m_backend.clock().now())},
                                              {u"user"_s, caller.userName},
                                              {u"role"_s, caller.role}});
    case RouteId::AuthToken:
        return authToken(request);
    case RouteId::AuthRefresh:
        return authRefresh(request);
    case RouteId::AuthRevoke:
        return authRevoke(request);
    case RouteId::SyncPull:
        return pull(caller, request, false);
    case RouteId::SyncSnapshot:
        return pull(caller, request, true);
    case RouteId::SyncPush:
        return push(caller, request);
    case RouteId::NoticeBlocks:
        return noticeBlocks(caller, request);
    case RouteId::AttachmentsMissing:
        return missingAttachments(caller);
    case RouteId::BlobCreate:
        return m_blobs->create(caller, request);
    case RouteId::BlobHead:
        return m_blobs->head(caller, request.pathArguments.value(0));
    case RouteId::BlobPatch:
        return m_blobs->patch(caller, request);
    case RouteId::BlobDelete:
        return m_blobs->remove(caller, request.pathArguments.value(0));
    case RouteId::BlobGet:
        return m_blobs->download(caller, request);
    case RouteId::VerifyNotice:
        return verifyNotice(request);
    }
    return HttpResponse::error(404, u"not_found"_s, tr("There is no such endpoint."));
}

HttpResponse ServerApi::meta()
{
    return HttpResponse::json(QJsonObject{
        {u"api"_s, u"sitesafe-sync/1"_s},
        {u"server_epoch"_s, m_epoch},
        {u"schema_version"_s, kSchemaVersion},
        {u"min_client_version"_s, kMinClientVersion},
        {u"server_time"_s, Timestamp::toText(m_backend.clock().now())},
        {u"access_token_ttl_seconds"_s, m_settings.auth.accessTokenTtlSeconds},
        {u"limits"_s, m_settings.limits.toJson()},
        {u"entities"_s, QJsonArray::fromStringList(EntityRules::names())},
    });
}

HttpResponse ServerApi::authToken(const ServerRequest &request)
{
    auto body = jsonBody(request);
    if (!body)
        return errorResponse(body.error());
    const QJsonObject o = body.value();
    auto pair = m_accounts->login(o.value(u"username"_s).toString(), o.value(u"password"_s).toString(),
                                  o.value(u"device_id"_s).toString(), remoteAddress(request));
    if (!pair)
        return errorResponse(pair.error());
    return HttpResponse::json(QJsonObject{{u"access_token"_s, pair.value().accessToken},
                                          {u"refresh_token"_s, pair.value().refreshToken},
                                          {u"token_type"_s, u"Bearer"_s},
                                          {u"expires_in"_s, pair.value().expiresIn},
                                          {u"role"_s, pair.value().caller.role},
                                          {u"jurisdiction"_s, pair.value().caller.jurisdictionCode}});
}

HttpResponse ServerApi::authRefresh(const ServerRequest &request)
{
    auto body = jsonBody(request);
    if (!body)
        return errorResponse(body.error());
    auto pair = m_accounts->refresh(body.value().value(u"refresh_token"_s).toString(),
                                    body.value().value(u"device_id"_s).toString());
    if (!pair)
        return errorResponse(pair.error());
    return HttpResponse::json(QJsonObject{{u"access_token"_s, pair.value().accessToken},
                                          {u"refresh_token"_s, pair.value().refreshToken},
                                          {u"token_type"_s, u"Bearer"_s},
                                          {u"expires_in"_s, pair.value().expiresIn}});
}

HttpResponse ServerApi::authRevoke(const ServerRequest &request)
{
    auto body = jsonBody(request);
    if (!body)
        return errorResponse(body.error());
    if (Status s = m_accounts->revoke(body.value().value(u"refresh_token"_s).toString()); !s)
        return errorResponse(s.error());
    return HttpResponse::empty(204);
}

HttpResponse ServerApi::pull(const Caller &caller, const ServerRequest &request, bool isSnapshot)
{
    int limit = m_settings.limits.defaultPullLimit;
    const QString limitText = request.query.queryItemValue(u"limit"_s);
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1)
            return errorResponse(Error{u"bad_request"_s, tr("limit must be a positive number.")});
        limit = qMin(limit, m_settings.limits.maxPullLimit);
    }
    qint64 echoThrough = 0;
    if (const QString echoText = request.query.queryItemValue(u"echo_through"_s); !echoText.isEmpty() && !isSnapshot) {
        bool ok = false;
        echoThrough = echoText.toLongLong(&ok);
        if (!ok || echoThrough < 0)
            return errorResponse(Error{u"bad_request"_s, tr("echo_through must be a number of zero or more.")});
    }
    auto page = isSnapshot ? m_pull->snapshot(caller, request.query.queryItemValue(u"page_token"_s), limit)
                           : m_pull->pull(caller, request.query.queryItemValue(u"cursor"_s), limit, echoThrough);
    if (!page)
        return errorResponse(page.error());
    HttpResponse response = HttpResponse::json(page.value().toJson());
    response.deflateFor(request.header("Accept-Encoding"));
    return response;
}

HttpResponse ServerApi::push(const Caller &caller, const ServerRequest &request)
{
    if (request.body.size() > m_settings.limits.maxPushBytes)
        return errorResponse(Error{u"body_too_large"_s, tr("A push may carry at most %1 bytes; send smaller batches.")
                                                           .arg(m_settings.limits.maxPushBytes)});
    auto body = jsonBody(request);
    if (!body)
        return errorResponse(body.error());
    auto batch = PushRequest::fromJson(body.value());
    if (!batch)
        return errorResponse(batch.error());
    if (batch.value().mutations.size() > m_settings.limits.maxPushMutations)
        return errorResponse(Error{u"too_many_mutations"_s, tr("A push may carry at most %1 mutations.")
                                                               .arg(m_settings.limits.maxPushMutations)});
    auto result = m_push->process(caller, batch.value());
    if (!result
        && (result.error().code == PushProcessor::kClientSeqBehind
            || result.error().code == PushProcessor::kOutOfOrder)) {
        // The device's count against the server's: behind, it renumbers its frozen changes after the server's;
        // ahead with changes the server has lost (restored from an older backup), it sends those again.
        auto last = m_push->lastClientSeq(caller.deviceId);
        if (!last)
            return errorResponse(last.error());
        HttpResponse r = errorResponse(result.error());
        QJsonObject answer = WireError::fromBytes(r.body).toJson();
        answer.insert(u"last_client_seq"_s, last.value());
        r.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        return r;
    }
    if (!result)
        return errorResponse(result.error());
    return HttpResponse::json(result.value().toCompactJson());
}

HttpResponse ServerApi::noticeBlocks(const Caller &caller, const ServerRequest &request)
{
    auto body = jsonBody(request);
    if (!body)
        return errorResponse(body.error());
    // `size` is optional: the server's block size is both the default and the most one request gets.
    const QJsonValue size = body.value().value(u"size"_s);
    if (!size.isUndefined() && !size.isDouble())
        return errorResponse(Error{u"bad_request"_s, tr("size must be a number.")});
    auto block = NoticeBlockAllocator::allocate(m_backend, caller, body.value().value(u"kind"_s).toString(),
                                                size.isUndefined() ? m_settings.noticeBlockSize : size.toInt(-1),
                                                m_settings.noticeBlockSize);
    if (!block)
        return errorResponse(block.error());
    return HttpResponse::json(block.value(), 201);
}

HttpResponse ServerApi::missingAttachments(const Caller &caller)
{
    auto conn = m_backend.connection();
    if (!conn)
        return errorResponse(conn.error());
    QSqlQuery q(conn.value());
    // Blobs that attachment rows of this device's scope name but the server does not hold yet (ODK's
    // "expected attachments").
    const QString scope = caller.isProvinceWide() ? u"1 = 1"_s : u"c.jurisdiction_code = ?"_s;
    q.prepare(u"SELECT DISTINCT a.blob_sha256 FROM attachments a JOIN change_log c ON c.entity = 'attachments' "
              "AND c.entity_id = a.id WHERE "_s + scope +
              u" AND NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = a.blob_sha256) ORDER BY 1 LIMIT 1000"_s);
    if (!caller.isProvinceWide())
        q.addBindValue(caller.jurisdictionCode);
    if (!q.exec())
        return errorResponse(Error{u"db.error"_s, q.lastError().text()});
    QJsonArray missing;
    while (q.next())
        missing.append(q.value(0).toString());
    return HttpResponse::json(QJsonObject{{u"missing"_s, missing}});
}

HttpResponse ServerApi::verifyNotice(const ServerRequest &request)
{
    auto verification = NoticeVerifier(m_backend).verify(request.pathArguments.value(0),
                                                         request.query.queryItemValue(u"h"_s));
    if (!verification)
        return errorResponse(verification.error());
    // Browsers ask for text/html (and */*); the CLI asks for application/json.
    if (request.header("Accept").contains("application/json"))
        return VerifyPage::json(verification.value());
    return VerifyPage::html(verification.value());
}

} // namespace sitesafe
