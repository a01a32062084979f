#pragma once

#include <memory>

#include <QCoreApplication>
#include <QJsonObject>

#include "caller.h"
#include "httpresponse.h"
#include "routetable.h"
#include "serverrequest.h"
#include "serversettings.h"

namespace sitesafe {

class AccountStore;
class Backend;
class BlobApi;
class PullReader;
class PushProcessor;
struct ServerConfig;

/// The handlers of every route: authentication, request-shape checks (JSON depth and array length, batch
/// size), dispatch to the services and the mapping of their errors to HTTP statuses with a JSON error body.
/// Called on worker threads; holds no per-request state.
class ServerApi
{
    Q_DECLARE_TR_FUNCTIONS(ServerApi)

public:
    ServerApi(Backend &backend, const ServerConfig &config, ServerSettings settings, QString serverEpoch);
    ~ServerApi();

    HttpResponse handle(RouteId route, const ServerRequest &request);

    /// HTTP status for an error code of the services ("sync.out_of_order" → 409 …).
    static int statusFor(const QString &code);
    /// The JSON error body for an Error: the code without its layer prefix.
    static HttpResponse errorResponse(const Error &error);
    /// Push batches waiting for their predecessor to commit now (PushProcessor::Hold).
    int heldPushes() const;

private:
    HttpResponse dispatch(RouteId route, const ServerRequest &request, const Caller &caller);
    void auditRefusal(const Caller &caller, const RouteSpec &spec, const HttpResponse &response);
    HttpResponse meta();
    HttpResponse authToken(const ServerRequest &request);
    HttpResponse authRefresh(const ServerRequest &request);
    HttpResponse authRevoke(const ServerRequest &request);
    HttpResponse pull(const Caller &caller, const ServerRequest &request, bool isSnapshot);
    HttpResponse push(const Caller &caller, const ServerRequest &request);
    HttpResponse noticeBlocks(const Caller &caller, const ServerRequest &request);
    HttpResponse missingAttachments(const Caller &caller);
    HttpResponse verifyNotice(const ServerRequest &request);
    Result<QJsonObject> jsonBody(const ServerRequest &request) const;
    QString remoteAddress(const ServerRequest &request) const;

    Backend &m_backend;
    ServerSettings m_settings;
    QString m_epoch;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<PushProcessor> m_push;
    std::unique_ptr<PullReader> m_pull;
    std::unique_ptr<BlobApi> m_blobs;
};

} // namespace sitesafe
