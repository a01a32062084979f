#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSslSocket>

#include <catch2/catch.hpp>

#include "serverfixture.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray checksum(const QByteArray &chunk)
{
    return "sha256 " + QCryptographicHash::hash(chunk, QCryptographicHash::Sha256).toBase64();
}

TestReply sendChunk(TestClient &c, const QString &location, qint64 offset, const QByteArray &chunk,
                    const QByteArray &sum)
{
    return c.send("PATCH", location, chunk,
                  {{"Content-Type", "application/offset+octet-stream"},
                   {"Upload-Offset", QByteArray::number(offset)},
                   {"Upload-Checksum", sum}});
}
} // namespace

TEST_CASE("A blob upload survives a cut, refuses bad chunks, is verified whole and deduplicated", "[api][blob]")
{
    ServerFixture f;
    auto s = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    QByteArray photo(300 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < photo.size(); ++i)
        photo[i] = char((i * 7919) % 251);
    const QByteArray sha = QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex();
    const TestReply created = s.client->send("POST", u"/api/v1/blobs"_s, {},
                                             {{"Upload-Length", QByteArray::number(photo.size())},
                                              {"Upload-Metadata", "sha256 " + sha.toBase64() + ",content-type " +
                                                                      QByteArray("image/jpeg").toBase64() +
                                                                      ",filename " + QByteArray("../../etc/passwd").toBase64()}});
    REQUIRE(created.status == 201);
    const QString location = QString::fromLatin1(created.header("Location"));
    REQUIRE(location.startsWith(u"/api/v1/blobs/uploads/"_s));
    const QByteArray chunk1 = photo.left(100 * 1024);
    REQUIRE(sendChunk(*s.client, location, 0, chunk1, checksum(chunk1)).status == 204);

    // The connection is cut halfway through the second chunk: nothing of it counts.
    {
        QSslSocket raw;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(f.caFile()));
        raw.setSslConfiguration(tls);
        raw.connectToHostEncrypted(u"127.0.0.1"_s, quint16(QUrl(f.baseUrl()).port()));
        QElapsedTimer t;
        t.start();
        while (!raw.isEncrypted() && t.elapsed() < 5000) {
            QCoreApplication::processEvents();
            raw.waitForEncrypted(50);
        }
        REQUIRE(raw.isEncrypted());
        raw.write("PATCH " + location.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                  s.accessToken.toLatin1() +
                  "\r\nContent-Type: application/offset+octet-stream\r\nUpload-Offset: 102400\r\nContent-Length: 102400\r\n\r\n" +
                  photo.mid(100 * 1024, 50 * 1024));
        raw.flush();
        for (int i = 0; i < 10; ++i) {
            QCoreApplication::processEvents();
            raw.waitForBytesWritten(20);
        }
        raw.abort();
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    const TestReply head = s.client->head(location);
    REQUIRE(head.status == 200);
    CHECK(head.header("Upload-Offset") == "102400");
    CHECK(head.header("Upload-Length") == QByteArray::number(photo.size()));
    CHECK(head.header("Cache-Control") == "no-store");

    const QByteArray chunk2 = photo.mid(100 * 1024, 100 * 1024);
    QByteArray corrupted = chunk2;
    corrupted[500] = char(corrupted[500] ^ 0x55);
    const TestReply mismatch = sendChunk(*s.client, location, 102400, corrupted, checksum(chunk2));
    CHECK(mismatch.status == 460);
    CHECK(mismatch.errorCode() == u"checksum_mismatch"_s);
    CHECK(s.client->head(location).header("Upload-Offset") == "102400");
    const TestReply wrongOffset = sendChunk(*s.client, location, 0, chunk2, checksum(chunk2));
    CHECK(wrongOffset.status == 409);
    CHECK(wrongOffset.header("Upload-Offset") == "102400");
    REQUIRE(sendChunk(*s.client, location, 102400, chunk2, checksum(chunk2)).status == 204);
    const QByteArray chunk3 = photo.mid(200 * 1024);
    const TestReply done = sendChunk(*s.client, location, 204800, chunk3, checksum(chunk3));
    REQUIRE(done.status == 204);
    CHECK(done.header("Blob-Status") == "stored");
    CHECK(f.count(u"SELECT count(*) FROM blobs WHERE sha256 = ?"_s, {QString::fromLatin1(sha)}) == 1);

    const TestReply download = s.client->get(u"/api/v1/blobs/"_s + QString::fromLatin1(sha));
    CHECK(download.status == 200);
    CHECK(download.body == photo);
    CHECK(download.header("ETag") == '"' + sha + '"');
    const TestReply range = s.client->get(u"/api/v1/blobs/"_s + QString::fromLatin1(sha), {{"Range", "bytes=10-19"}});
    CHECK(range.status == 206);
    CHECK(range.body == photo.mid(10, 10));

    // The same photo again (another hazard): nothing to send.
    const TestReply again = s.client->send("POST", u"/api/v1/blobs"_s, {},
                                           {{"Upload-Length", QByteArray::number(photo.size())},
                                            {"Upload-Metadata", "sha256 " + sha.toBase64()}});
    CHECK(again.status == 200);
    CHECK(again.header("Blob-Status") == "present");
    CHECK(f.count(u"SELECT count(*) FROM blob_uploads"_s) == 0);
}

TEST_CASE("A file that does not hash to its announced sha256 is dropped with 422", "[api][blob]")
{
    ServerFixture f;
    auto s = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QByteArray claimed = QCryptographicHash::hash("the real photo", QCryptographicHash::Sha256).toHex();
    const QByteArray sent = "a different one";
    const TestReply created = s.client->send("POST", u"/api/v1/blobs"_s, {},
                                             {{"Upload-Length", QByteArray::number(sent.size())},
                                              {"Upload-Metadata", "sha256 " + claimed.toBase64()}});
    REQUIRE(created.status == 201);
    const TestReply done = sendChunk(*s.client, QString::fromLatin1(created.header("Location")), 0, sent, checksum(sent));
    CHECK(done.status == 422);
    CHECK(done.errorCode() == u"hash_mismatch"_s);
    CHECK(f.count(u"SELECT count(*) FROM blobs"_s) == 0);
    CHECK(s.client->get(u"/api/v1/blobs/"_s + QString::fromLatin1(claimed)).status == 404);
    const TestReply tooBig = s.client->send("POST", u"/api/v1/blobs"_s, {},
                                            {{"Upload-Length", QByteArray::number(qint64(1) << 40)},
                                             {"Upload-Metadata", "sha256 " + claimed.toBase64()}});
    CHECK(tooBig.status == 413);
}

TEST_CASE("A province user's photo is stored, then readable in the 市县 of the record it is attached to and no other",
    "[api][blob][convergence]")
{
    // Found by the convergence campaign: the store wrote the uploader's 市县 as the blob's reader, and a province
    // account has none, so the last chunk of every province photo failed (503) and the sync never completed.
    ServerFixture f;
    auto province = f.signIn(u"pv-officer"_s, u"province"_s, {});
    auto haikou = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    auto sanya = f.signIn(u"sy-inspector"_s, u"inspector"_s, u"460200"_s);
    const QByteArray photo = "province photo of a Haikou tower crane";
    const QByteArray sha = QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex();
    const TestReply created = province.client->send("POST", u"/api/v1/blobs"_s, {},
        {{"Upload-Length", QByteArray::number(photo.size())}, {"Upload-Metadata", "sha256 " + sha.toBase64()}});
    REQUIRE(created.status == 201);
    const TestReply stored
        = sendChunk(*province.client, QString::fromLatin1(created.header("Location")), 0, photo, checksum(photo));
    CHECK(stored.status == 204);
    CHECK(f.count(u"SELECT count(*) FROM blobs WHERE sha256 = ?"_s, {QString::fromLatin1(sha)}) == 1);
    const QString path = u"/api/v1/blobs/"_s + QString::fromLatin1(sha);
    CHECK(province.client->get(path).body == photo);
    CHECK(haikou.client->get(path).status == 404); // attached to nothing yet

    const QString hazard = newId();
    auto v = [](const QJsonValue &value) { return QJsonObject {{u"value"_s, value}}; };
    const TestReply pushed = province.client->post(u"/api/v1/sync/push"_s,
        pushBody(province.deviceId,
            {hazardInsert(newId(), 1, hazard, QString::fromLatin1(ServerFixture::kHaikouProject), u"塔吊"_s),
                mutation(newId(), 2, u"attachments"_s, newId(), u"insert"_s,
                    QJsonObject {{u"owner_entity"_s, v(u"hazards"_s)}, {u"owner_id"_s, v(hazard)},
                        {u"blob_sha256"_s, v(QString::fromLatin1(sha))}, {u"role"_s, v(u"photo"_s)},
                        {u"caption"_s, v(u"整改前"_s)}, {u"is_time_doubtful"_s, v(0)},
                        {u"created_at"_s, v(u"2026-12-07T09:00:00.000Z"_s)},
                        {u"updated_at"_s, v(u"2026-12-07T09:00:00.000Z"_s)}})}));
    REQUIRE(pushed.status == 200);
    CHECK(haikou.client->get(path).body == photo);
    CHECK(sanya.client->get(path).status == 404);
}

TEST_CASE("Another account's upload id: HEAD, PATCH and DELETE answer 404 as for no upload, and change nothing",
          "[api][blob][hostile]")
{
    ServerFixture f;
    auto sanya = f.signIn(u"sy-inspector"_s, u"inspector"_s, u"460200"_s);
    auto haikou = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QByteArray photo(64 * 1024, 'p');
    const QByteArray sha = QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex();
    const TestReply created = sanya.client->send("POST", u"/api/v1/blobs"_s, {},
                                                 {{"Upload-Length", QByteArray::number(photo.size())},
                                                  {"Upload-Metadata", "sha256 " + sha.toBase64()}});
    REQUIRE(created.status == 201);
    const QString location = QString::fromLatin1(created.header("Location"));
    const QByteArray half = photo.left(32 * 1024);
    REQUIRE(sendChunk(*sanya.client, location, 0, half, checksum(half)).status == 204);

    CHECK(haikou.client->send("HEAD", location, {}, {{"Tus-Resumable", "1.0.0"}}).status == 404);
    const QByteArray forged(32 * 1024, 'x');
    CHECK(sendChunk(*haikou.client, location, 32 * 1024, forged, checksum(forged)).status == 404);
    CHECK(haikou.client->send("DELETE", location, {}, {{"Tus-Resumable", "1.0.0"}}).status == 404);
    // 三亚's upload is as it was, and finishes with its own bytes.
    const TestReply head = sanya.client->send("HEAD", location, {}, {{"Tus-Resumable", "1.0.0"}});
    CHECK(head.status == 200);
    CHECK(head.header("Upload-Offset") == "32768");
    const QByteArray rest = photo.mid(32 * 1024);
    CHECK(sendChunk(*sanya.client, location, 32 * 1024, rest, checksum(rest)).status == 204);
    CHECK(sanya.client->get(u"/api/v1/blobs/"_s + QString::fromLatin1(sha)).body == photo);
    // 404 is the protocol's answer for an upload that is not there, so it is not audited as a refusal; nothing of
    // the blob store happened in 海口's name either.
    CHECK(f.count(u"SELECT count(*) FROM audit_log WHERE action LIKE 'blob.%' AND device_id = ?"_s, {haikou.deviceId})
          == 0);
    CHECK(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'blob.stored' AND device_id = ?"_s, {sanya.deviceId})
          == 1);
}
