#include <QtEndian>

#include <catch2/catch.hpp>

#include "serverfixture.h"

using namespace Qt::StringLiterals;

TEST_CASE("Oversize, malformed and hostile requests are refused with a JSON error body", "[api][limits]")
{
    ServerFixture f;
    auto s = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};

    const TestReply huge = s.client->send("POST", u"/api/v1/sync/push"_s, QByteArray(4 * 1024 * 1024, ' '), json);
    CHECK(huge.status == 413);
    CHECK(huge.errorCode() == u"body_too_large"_s);
    // Over the push limit (2 MiB) but under the transport limit (3 MiB): refused by the handler.
    const TestReply bigPush = s.client->send("POST", u"/api/v1/sync/push"_s, QByteArray(2560 * 1024, ' '), json);
    CHECK(bigPush.status == 413);

    const TestReply malformed = s.client->send("POST", u"/api/v1/sync/push"_s, "{\"device_id\": ", json);
    CHECK(malformed.status == 400);
    CHECK(malformed.errorCode() == u"malformed_json"_s);
    const TestReply deep = s.client->send("POST", u"/api/v1/sync/push"_s, QByteArray(200, '[') + QByteArray(200, ']'), json);
    CHECK(deep.status == 400);
    CHECK(deep.errorCode() == u"json_too_deep"_s);
    QByteArray array = "{\"device_id\": \"x\", \"mutations\": [";
    for (int i = 0; i < 5000; ++i)
        array += i ? ",1" : "1";
    array += "]}";
    const TestReply longArray = s.client->send("POST", u"/api/v1/sync/push"_s, array, json);
    CHECK(longArray.status == 400);
    CHECK(longArray.errorCode() == u"json_array_too_long"_s);
    const TestReply headers = s.client->get(u"/api/v1/ping"_s, {{"X-Filler", QByteArray(20000, 'a')}});
    CHECK(headers.status == 431);
    CHECK(headers.errorCode() == u"headers_too_large"_s);
    // The server is unharmed and nothing was written by any of these.
    CHECK(s.client->get(u"/api/v1/ping"_s).status == 200);
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations"_s) == 0);
}

TEST_CASE("meta advertises epoch, limits and the server's clock without a token", "[api]")
{
    ServerFixture f;
    const TestReply meta = f.client()->get(u"/api/v1/meta"_s);
    REQUIRE(meta.status == 200);
    const QJsonObject o = meta.json();
    CHECK(o.value(u"server_epoch"_s).toString() == f.server().epoch());
    const QDateTime serverTime = QDateTime::fromString(o.value(u"server_time"_s).toString(), Qt::ISODateWithMs);
    CHECK(qAbs(serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    CHECK(o.value(u"limits"_s).toObject().value(u"max_blob_bytes"_s).toInteger() > 0);
    CHECK(o.value(u"limits"_s).toObject().value(u"chunk_bytes"_s).toInteger() > 0);
}

TEST_CASE("Notice-number blocks are cut per device and never overlap", "[api]")
{
    ServerFixture f;
    auto a = f.signIn(u"hk-a"_s, u"inspector"_s, u"460100"_s);
    auto b = f.signIn(u"hk-b"_s, u"inspector"_s, u"460100"_s);
    const TestReply first = a.client->post(u"/api/v1/notice-blocks"_s, {{u"kind"_s, u"rectification"_s}});
    const TestReply second = b.client->post(u"/api/v1/notice-blocks"_s, {{u"kind"_s, u"rectification"_s}});
    REQUIRE(first.status == 201);
    REQUIRE(second.status == 201);
    CHECK(first.json().value(u"device_id"_s).toString() == a.deviceId);
    CHECK(first.json().value(u"last_number"_s).toInteger() < second.json().value(u"first_number"_s).toInteger());
    CHECK(first.json().value(u"prefix"_s).toString().contains(u"海口"_s));
    // Each device pulls only its own block.
    const TestReply pullB = b.client->get(u"/api/v1/sync/pull?limit=1000"_s);
    CHECK(pullB.body.contains(second.json().value(u"id"_s).toString().toUtf8()));
    CHECK_FALSE(pullB.body.contains(first.json().value(u"id"_s).toString().toUtf8()));
}

TEST_CASE("Pull pages are compressed for a client that accepts deflate, and only then", "[api][deflate]")
{
    ServerFixture f;
    auto s = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString page = u"/api/v1/sync/pull?limit=1000"_s;
    const TestReply plain = s.client->get(page, {{"Accept-Encoding", "identity"}});
    REQUIRE(plain.status == 200);
    CHECK(plain.header("Content-Encoding").isEmpty());
    REQUIRE(plain.body.size() > 1024); // the reference rows of 海口: a page worth compressing
    REQUIRE(plain.json().contains(u"changes"_s));

    // Asked for by hand, the bytes come as they travel: a zlib stream of the same page.
    const TestReply packed = s.client->get(page, {{"Accept-Encoding", "gzip, deflate"}});
    REQUIRE(packed.status == 200);
    CHECK(packed.header("Content-Encoding") == "deflate");
    CHECK(packed.header("X-Decoded-Length") == QByteArray::number(plain.body.size())); // a cut can be told
    CHECK(packed.body.size() * 2 < plain.body.size());
    QByteArray withLength(4, '\0');
    qToBigEndian(quint32(plain.body.size()), withLength.data());
    CHECK(qUncompress(withLength + packed.body) == plain.body);

    // A weight of zero refuses it; QNetworkAccessManager's own request gets the page unpacked, as the client does.
    CHECK(s.client->get(page, {{"Accept-Encoding", "deflate;q=0"}}).header("Content-Encoding").isEmpty());
    const TestReply automatic = s.client->get(page);
    REQUIRE(automatic.status == 200);
    CHECK(automatic.body == plain.body);
}
