#include "pushmessages.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "compactjson.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const Mutation &m : mutations)
        list.append(m.toJson());
    return QJsonObject{{u"device_id"_s, deviceId}, {u"batch_id"_s, batchId}, {u"mutations"_s, list}};
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject &json)
{
    PushRequest r;
    r.deviceId = json.value(u"device_id"_s).toString();
    r.batchId = json.value(u"batch_id"_s).toString();
    const QJsonValue list = json.value(u"mutations"_s);
    if (r.deviceId.isEmpty() || !list.isArray())
        return Error{u"invalid_batch"_s, u"A push needs device_id and a mutations array."_s};
    const QJsonArray array = list.toArray(); // iterated const: a non-const begin() would copy the whole array
    r.mutations.reserve(array.size());
    for (const QJsonValue &v : array) {
        auto m = Mutation::fromJson(v.toObject());
        if (!m)
            return m.error();
        if (!r.mutations.isEmpty() && m.value().clientSeq != r.mutations.last().clientSeq + 1)
            return Error{u"invalid_batch"_s,
                         u"client_seq must increase by one inside a batch (%1 follows %2)."_s.arg(m.value().clientSeq)
                             .arg(r.mutations.last().clientSeq)};
        r.mutations.append(std::move(m).value());
    }
    return r;
}

QString MutationResult::statusCode(Status status)
{
    switch (status) {
    case Status::Applied:
        return u"applied"_s;
    case Status::Duplicate:
        return u"duplicate"_s;
    case Status::Conflict:
        return u"conflict"_s;
    case Status::Rejected:
        return u"rejected"_s;
    }
    return {};
}

std::optional<MutationResult::Status> MutationResult::statusFromCode(const QString &code)
{
    for (Status s : {Status::Applied, Status::Duplicate, Status::Conflict, Status::Rejected}) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QJsonObject MutationResult::toJson() const
{
    QJsonObject o{{u"mutation_id"_s, mutationId},
                  {u"client_seq"_s, clientSeq},
                  {u"status"_s, statusCode(status)},
                  {u"server_seq"_s, serverSeq}};
    if (status == Status::Duplicate)
        o.insert(u"original_status"_s, statusCode(originalStatus));
    if (!errorCode.isEmpty())
        o.insert(u"error"_s, QJsonObject{{u"error"_s, errorCode}, {u"message"_s, errorMessage}});
    if (!conflicts.isEmpty()) {
        QJsonArray list;
        for (const FieldConflict &c : conflicts)
            list.append(QJsonObject{{u"field"_s, c.field},
                                    {u"server_value"_s, c.serverValue},
                                    {u"client_value"_s, c.clientValue},
                                    {u"base_value"_s, c.baseValue}});
        o.insert(u"conflicts"_s, list);
    }
    if (!supersededReason.isEmpty())
        o.insert(u"superseded"_s, supersededReason);
    if (!contentHash.isEmpty())
        o.insert(u"content_hash"_s, contentHash);
    return o;
}

QByteArray MutationResult::toCompactJson() const
{
    // Keys in the order QJsonObject keeps them (sorted).
    QByteArray out;
    out.reserve(200);
    out.append("{\"client_seq\":");
    out.append(QByteArray::number(clientSeq));
    if (!conflicts.isEmpty()) {
        out.append(",\"conflicts\":[");
        for (qsizetype i = 0; i < conflicts.size(); ++i) {
            const FieldConflict &c = conflicts.at(i);
            out.append(i > 0 ? ",{\"base_value\":" : "{\"base_value\":");
            bool isScalar = CompactJson::appendScalar(out, c.baseValue);
            out.append(",\"client_value\":");
            isScalar = isScalar && CompactJson::appendScalar(out, c.clientValue);
            out.append(",\"field\":");
            CompactJson::appendString(out, c.field);
            out.append(",\"server_value\":");
            isScalar = isScalar && CompactJson::appendScalar(out, c.serverValue);
            if (!isScalar)
                return QJsonDocument(toJson()).toJson(QJsonDocument::Compact); // Qt decides how a value is written
            out.append('}');
        }
        out.append(']');
    }
    if (!contentHash.isEmpty()) {
        out.append(",\"content_hash\":");
        CompactJson::appendString(out, contentHash);
    }
    if (!errorCode.isEmpty()) {
        out.append(",\"error\":{\"error\":");
        CompactJson::appendString(out, errorCode);
        out.append(",\"message\":");
        CompactJson::appendString(out, errorMessage);
        out.append('}');
    }
    out.append(",\"mutation_id\":");
    CompactJson::appendString(out, mutationId);
    if (status == Status::Duplicate) {
        out.append(",\"original_status\":");
        CompactJson::appendString(out, statusCode(originalStatus));
    }
    out.append(",\"server_seq\":");
    out.append(QByteArray::number(serverSeq));
    out.append(",\"status\":");
    CompactJson::appendString(out, statusCode(status));
    if (!supersededReason.isEmpty()) {
        out.append(",\"superseded\":");
        CompactJson::appendString(out, supersededReason);
    }
    out.append('}');
    return out;
}

MutationResult MutationResult::fromJson(const QJsonObject &o)
{
    MutationResult r;
    r.mutationId = o.value(u"mutation_id"_s).toString();
    r.clientSeq = o.value(u"client_seq"_s).toInteger();
    r.status = statusFromCode(o.value(u"status"_s).toString()).value_or(Status::Rejected);
    r.originalStatus = statusFromCode(o.value(u"original_status"_s).toString()).value_or(r.status);
    r.serverSeq = o.value(u"server_seq"_s).toInteger();
    const QJsonObject error = o.value(u"error"_s).toObject();
    r.errorCode = error.value(u"error"_s).toString();
    r.errorMessage = error.value(u"message"_s).toString();
    const QJsonArray conflictList = o.value(u"conflicts"_s).toArray(); // const: iterating does not copy the array
    for (const QJsonValue &v : conflictList) {
        const QJsonObject c = v.toObject();
        r.conflicts.append(FieldConflict{c.value(u"field"_s).toString(), c.value(u"server_value"_s),
                                         c.value(u"client_value"_s), c.value(u"base_value"_s)});
    }
    r.supersededReason = o.value(u"superseded"_s).toString();
    r.contentHash = o.value(u"content_hash"_s).toString();
    return r;
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray list;
    for (const MutationResult &r : results)
        list.append(r.toJson());
    return QJsonObject{{u"results"_s, list}, {u"write_checkpoint"_s, writeCheckpoint}, {u"server_epoch"_s, serverEpoch}};
}

QByteArray PushResponse::toCompactJson() const
{
    QByteArray out("{\"results\":[");
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(results.at(i).toCompactJson());
    }
    out.append("],\"server_epoch\":");
    CompactJson::appendString(out, serverEpoch);
    out.append(",\"write_checkpoint\":");
    out.append(QByteArray::number(writeCheckpoint));
    out.append('}');
    return out;
}

PushResponse PushResponse::fromJson(const QJsonObject &json)
{
    PushResponse r;
    const QJsonArray resultList = json.value(u"results"_s).toArray(); // const: iterating does not copy the array
    for (const QJsonValue &v : resultList)
        r.results.append(MutationResult::fromJson(v.toObject()));
    r.writeCheckpoint = json.value(u"write_checkpoint"_s).toInteger();
    r.serverEpoch = json.value(u"server_epoch"_s).toString();
    return r;
}

} // namespace sitesafe
