#include "routetable.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

const QList<RouteSpec> &RouteTable::routes()
{
    static const QList<RouteSpec> table{
        {RouteId::Meta, u"GET"_s, u"/api/v1/meta"_s, false},
        {RouteId::Ping, u"GET"_s, u"/api/v1/ping"_s, true},
        {RouteId::AuthToken, u"POST"_s, u"/api/v1/auth/token"_s, false},
        {RouteId::AuthRefresh, u"POST"_s, u"/api/v1/auth/refresh"_s, false},
        {RouteId::AuthRevoke, u"POST"_s, u"/api/v1/auth/revoke"_s, false},
        {RouteId::SyncPull, u"GET"_s, u"/api/v1/sync/pull"_s, true},
        {RouteId::SyncSnapshot, u"GET"_s, u"/api/v1/sync/snapshot"_s, true},
        {RouteId::SyncPush, u"POST"_s, u"/api/v1/sync/push"_s, true},
        {RouteId::NoticeBlocks, u"POST"_s, u"/api/v1/notice-blocks"_s, true},
        {RouteId::AttachmentsMissing, u"GET"_s, u"/api/v1/sync/attachments/missing"_s, true},
        {RouteId::BlobCreate, u"POST"_s, u"/api/v1/blobs"_s, true},
        {RouteId::BlobHead, u"HEAD"_s, u"/api/v1/blobs/uploads/{id}"_s, true},
        {RouteId::BlobPatch, u"PATCH"_s, u"/api/v1/blobs/uploads/{id}"_s, true},
        {RouteId::BlobDelete, u"DELETE"_s, u"/api/v1/blobs/uploads/{id}"_s, true},
        {RouteId::BlobGet, u"GET"_s, u"/api/v1/blobs/{sha256}"_s, true},
        // Public: the link in a notice's QR code, opened by anyone holding the paper.
        {RouteId::VerifyNotice, u"GET"_s, u"/verify/notices/{id}"_s, false},
    };
    return table;
}

const RouteSpec &RouteTable::spec(RouteId id)
{
    for (const RouteSpec &r : routes()) {
        if (r.id == id)
            return r;
    }
    Q_UNREACHABLE();
}

} // namespace sitesafe
