#include "protocollimits.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sitesafe {

QJsonObject ProtocolLimits::toJson() const
{
    return QJsonObject {{u"max_push_mutations"_s, maxPushMutations}, {u"max_push_bytes"_s, maxPushBytes},
        {u"push_window"_s, pushWindow}, {u"push_hold_ms"_s, pushHoldMs}, {u"default_pull_limit"_s, defaultPullLimit},
        {u"max_pull_limit"_s, maxPullLimit}, {u"max_blob_bytes"_s, maxBlobBytes}, {u"chunk_bytes"_s, chunkBytes},
        {u"max_body_bytes"_s, maxBodyBytes}, {u"max_header_bytes"_s, maxHeaderBytes},
        {u"max_json_depth"_s, maxJsonDepth}, {u"max_json_array_length"_s, maxJsonArrayLength},
        {u"request_timeout_seconds"_s, requestTimeoutSeconds}, {u"tombstone_horizon_days"_s, tombstoneHorizonDays},
        {u"checksum_algorithms"_s, QJsonArray {u"sha256"_s}}};
}

ProtocolLimits ProtocolLimits::firstPushLimits()
{
    ProtocolLimits l;
    l.maxPushMutations = 100;
    l.maxPushBytes = 1024 * 1024;
    l.maxBodyBytes = 2LL * 1024 * 1024;
    l.pushWindow = 1;
    l.pushHoldMs = 0;
    return l;
}

ProtocolLimits ProtocolLimits::fromJson(const QJsonObject &json)
{
    return fromJson(json, ProtocolLimits());
}

ProtocolLimits ProtocolLimits::fromJson(const QJsonObject &o, const ProtocolLimits &missing)
{
    ProtocolLimits l = missing;
    l.maxPushMutations = o.value(u"max_push_mutations"_s).toInt(l.maxPushMutations);
    l.maxPushBytes = o.value(u"max_push_bytes"_s).toInteger(l.maxPushBytes);
    l.pushWindow = o.value(u"push_window"_s).toInt(l.pushWindow);
    l.pushHoldMs = o.value(u"push_hold_ms"_s).toInt(l.pushHoldMs);
    l.defaultPullLimit = o.value(u"default_pull_limit"_s).toInt(l.defaultPullLimit);
    l.maxPullLimit = o.value(u"max_pull_limit"_s).toInt(l.maxPullLimit);
    l.maxBlobBytes = o.value(u"max_blob_bytes"_s).toInteger(l.maxBlobBytes);
    l.chunkBytes = o.value(u"chunk_bytes"_s).toInteger(l.chunkBytes);
    l.maxBodyBytes = o.value(u"max_body_bytes"_s).toInteger(l.maxBodyBytes);
    l.maxHeaderBytes = o.value(u"max_header_bytes"_s).toInt(l.maxHeaderBytes);
    l.maxJsonDepth = o.value(u"max_json_depth"_s).toInt(l.maxJsonDepth);
    l.maxJsonArrayLength = o.value(u"max_json_array_length"_s).toInt(l.maxJsonArrayLength);
    l.requestTimeoutSeconds = o.value(u"request_timeout_seconds"_s).toInt(l.requestTimeoutSeconds);
    l.tombstoneHorizonDays = o.value(u"tombstone_horizon_days"_s).toInt(l.tombstoneHorizonDays);
    return l;
}

} // namespace sitesafe
