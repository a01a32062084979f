// Fuzz target "protocol": the sync wire format read from untrusted bytes, the way the server reads a push body
// (ServerApi::jsonBody: JsonShape, then QJsonDocument) and the client reads a push answer, a pull page, a cursor
// and an error body. Checks the documented contracts on the way: a decoded push encodes and decodes to the same
// batch, compact JSON is QJsonDocument's byte for byte, and a decoded cursor survives encode/decode.
#include <QJsonArray>
#include <QJsonDocument>

#include "fuzzsupport.h"
#include "protocol/compactjson.h"
#include "protocol/jsonshape.h"
#include "protocol/protocollimits.h"
#include "protocol/pullmessages.h"
#include "protocol/pushmessages.h"
#include "protocol/synccursor.h"
#include "protocol/wireerror.h"
#include "protocol/wirevalue.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::fuzz;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void checkCursor(const QString &text)
{
    const auto cursor = SyncCursor::decode(text);
    if (!cursor)
        return;
    const auto again = SyncCursor::decode(cursor.value().encode());
    if (!again || !(again.value() == cursor.value()))
        fail("a decoded cursor decodes to itself after encode()");
}

void checkValue(const QJsonValue &value)
{
    (void)WireValue::variant(value);
    (void)WireValue::text(value);
    if (!WireValue::same(value, value) && !value.isUndefined())
        fail("a wire value is the same as itself");
    QByteArray out;
    if (CompactJson::appendScalar(out, value)) {
        const QByteArray expected = compact(QJsonObject {{u"v"_s, value}});
        if (QByteArray("{\"v\":") + out + '}' != expected)
            fail("CompactJson::appendScalar writes what QJsonDocument writes");
    }
}

void checkPush(const QJsonObject &object)
{
    const auto push = PushRequest::fromJson(object);
    if (!push)
        return;
    for (const Mutation &m : push.value().mutations) {
        if (m.toCompactJson() != compact(m.toJson()))
            fail("Mutation::toCompactJson is QJsonDocument's compact JSON");
        for (const FieldChange &change : m.fields) {
            checkValue(change.value);
            if (change.base)
                checkValue(*change.base);
        }
    }
    const auto again = PushRequest::fromJson(push.value().toJson());
    if (!again || again.value().mutations.size() != push.value().mutations.size()
        || again.value().toJson() != push.value().toJson())
        fail("a decoded push encodes and decodes to the same batch");
}

void checkPull(const QJsonObject &object)
{
    const PullPage page = PullPage::fromJson(object);
    for (const PulledChange &change : page.changes) {
        for (auto it = change.row.constBegin(); it != change.row.constEnd(); ++it)
            checkValue(it.value());
    }
    checkCursor(page.nextCursor);
    checkCursor(page.nextPageToken);
}

void checkPushAnswer(const QJsonObject &object)
{
    const PushResponse response = PushResponse::fromJson(object);
    if (response.toCompactJson() != compact(response.toJson()))
        fail("PushResponse::toCompactJson is QJsonDocument's compact JSON");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    (void)WireError::fromBytes(bytes);
    checkCursor(QString::fromUtf8(bytes));
    const ProtocolLimits limits;
    if (!JsonShape::check(bytes, {limits.maxJsonDepth, limits.maxJsonArrayLength}))
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();
    checkPush(object);
    checkPull(object);
    checkPushAnswer(object);
    (void)ProtocolLimits::fromJson(object);
    return 0;
}
