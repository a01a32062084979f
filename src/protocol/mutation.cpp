#include "mutation.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "compactjson.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
Error invalid(const QString &what)
{
    return Error{u"invalid_mutation"_s, u"The mutation is malformed: %1."_s.arg(what)};
}
} // namespace

QString Mutation::opCode(Op op)
{
    return op == Op::Insert ? u"insert"_s : u"update"_s;
}

QJsonObject Mutation::toJson() const
{
    QJsonObject fieldsJson;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QJsonObject change{{u"value"_s, it->value}};
        if (it->base)
            change.insert(u"base"_s, *it->base);
        fieldsJson.insert(it.key(), change);
    }
    QJsonObject o{{u"mutation_id"_s, mutationId},
                  {u"client_seq"_s, clientSeq},
                  {u"entity"_s, entity},
                  {u"entity_id"_s, entityId},
                  {u"op"_s, opCode(op)},
                  {u"base_version"_s, baseVersion ? QJsonValue(*baseVersion) : QJsonValue(QJsonValue::Null)},
                  {u"fields"_s, fieldsJson}};
    if (!blobRefs.isEmpty())
        o.insert(u"blob_refs"_s, QJsonArray::fromStringList(blobRefs));
    return o;
}

QByteArray Mutation::toCompactJson() const
{
    // Keys in the order QJsonObject keeps them (sorted); fields is a QMap, sorted the same way.
    QByteArray out;
    out.reserve(160 + 64 * fields.size());
    out.append("{\"base_version\":");
    out.append(baseVersion ? QByteArray::number(*baseVersion) : QByteArray("null"));
    if (!blobRefs.isEmpty()) {
        out.append(",\"blob_refs\":[");
        for (qsizetype i = 0; i < blobRefs.size(); ++i) {
            if (i > 0)
                out.append(',');
            CompactJson::appendString(out, blobRefs.at(i));
        }
        out.append(']');
    }
    out.append(",\"client_seq\":");
    out.append(QByteArray::number(clientSeq));
    out.append(",\"entity\":");
    CompactJson::appendString(out, entity);
    out.append(",\"entity_id\":");
    CompactJson::appendString(out, entityId);
    out.append(",\"fields\":{");
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it != fields.cbegin())
            out.append(',');
        CompactJson::appendString(out, it.key());
        out.append(":{");
        if (it->base) {
            out.append("\"base\":");
            if (!CompactJson::appendScalar(out, *it->base))
                return QJsonDocument(toJson()).toJson(QJsonDocument::Compact); // not a scalar: Qt decides
            out.append(',');
        }
        out.append("\"value\":");
        if (!CompactJson::appendScalar(out, it->value))
            return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
        out.append('}');
    }
    out.append("},\"mutation_id\":");
    CompactJson::appendString(out, mutationId);
    out.append(",\"op\":");
    out.append(op == Op::Insert ? "\"insert\"}" : "\"update\"}");
    return out;
}

Result<Mutation> Mutation::fromJson(const QJsonObject &json)
{
    Mutation m;
    m.mutationId = json.value(u"mutation_id"_s).toString();
    if (m.mutationId.isEmpty() || m.mutationId.size() > 64)
        return invalid(u"mutation_id is missing"_s);
    const QJsonValue seq = json.value(u"client_seq"_s);
    if (!seq.isDouble() || seq.toDouble() < 1 || seq.toDouble() != double(seq.toInteger()))
        return invalid(u"client_seq must be a positive integer"_s);
    m.clientSeq = seq.toInteger();
    m.entity = json.value(u"entity"_s).toString();
    m.entityId = json.value(u"entity_id"_s).toString();
    if (m.entity.isEmpty() || m.entityId.isEmpty() || m.entityId.size() > 64)
        return invalid(u"entity and entity_id are required"_s);
    const QString op = json.value(u"op"_s).toString();
    if (op == u"insert")
        m.op = Op::Insert;
    else if (op == u"update")
        m.op = Op::Update;
    else
        return invalid(u"op must be insert or update"_s);
    const QJsonValue base = json.value(u"base_version"_s);
    if (base.isDouble())
        m.baseVersion = base.toInteger();
    else if (!base.isNull() && !base.isUndefined())
        return invalid(u"base_version must be a number or null"_s);
    const QJsonValue fields = json.value(u"fields"_s);
    if (!fields.isObject())
        return invalid(u"fields must be an object"_s);
    const QJsonObject fieldsObject = fields.toObject();
    for (auto it = fieldsObject.constBegin(); it != fieldsObject.constEnd(); ++it) { // const: no detaching copy
        if (!it->isObject())
            return invalid(u"field %1 must be {value, base}"_s.arg(it.key()));
        const QJsonObject change = it->toObject();
        if (!change.contains(u"value"_s))
            return invalid(u"field %1 has no value"_s.arg(it.key()));
        const QJsonValue v = change.value(u"value"_s);
        if (v.isObject() || v.isArray())
            return invalid(u"field %1 must hold a scalar"_s.arg(it.key()));
        FieldChange fc{v, std::nullopt};
        if (change.contains(u"base"_s))
            fc.base = change.value(u"base"_s);
        m.fields.insert(it.key(), fc);
    }
    const QJsonArray refList = json.value(u"blob_refs"_s).toArray(); // const: iterating does not copy the array
    for (const QJsonValue &ref : refList)
        m.blobRefs.append(ref.toString());
    return m;
}

} // namespace sitesafe
