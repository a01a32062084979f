#pragma once

#include <QList>
#include <QString>

namespace sitesafe {

/// Every endpoint the server answers (DESIGN §4). The one place routes are listed: HttpFrontend registers
/// exactly these, and a test checks each appears in docs/openapi.yaml.
enum class RouteId {
    Meta,
    Ping,
    AuthToken,
    AuthRefresh,
    AuthRevoke,
    SyncPull,
    SyncSnapshot,
    SyncPush,
    NoticeBlocks,
    AttachmentsMissing,
    BlobCreate,
    BlobHead,
    BlobPatch,
    BlobDelete,
    BlobGet,
    VerifyNotice,
};

/// One route: method, path under the server root with {placeholders}, and whether it needs an access token.
struct RouteSpec {
    RouteId id;
    QString method;
    QString path;
    bool needsToken = true;
};

/// The route list.
class RouteTable
{
public:
    static const QList<RouteSpec> &routes();
    static const RouteSpec &spec(RouteId id);
};

} // namespace sitesafe
