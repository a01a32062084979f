#include <QRandomGenerator>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/uuidv7.h"
#include "serverprocess.h"
#include "storage/datastore.h"
#include "sync/syncconnection.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
/// A photo of `size` bytes stored locally and attached to `hazardId` (the attachment row queues a mutation).
QString attachPhoto(SyncClient &client, const QString &hazardId, qint64 size)
{
    QByteArray content(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (qint64 i = 0; i < size; ++i)
        content[i] = char(generator.bounded(256));
    auto stored = client.store().blobs().put(content);
    REQUIRE(stored.isOk());
    const QString now = Timestamp::toText(Clock::system().now());
    QSqlQuery q(client.db());
    q.prepare(u"INSERT INTO blobs (sha256, size, mime, local_path, upload_state, created_at) VALUES (?, ?, "
              "'image/jpeg', ?, 'local', ?)"_s);
    for (const QVariant &v : {QVariant(stored.value().sha256), QVariant(size), QVariant(stored.value().relativePath),
                              QVariant(now)})
        q.addBindValue(v);
    REQUIRE(q.exec());
    q.prepare(u"INSERT INTO attachments (id, owner_entity, owner_id, blob_sha256, role, caption, created_at, "
              "updated_at) VALUES (?, 'hazards', ?, ?, 'photo', '整改前', ?, ?)"_s);
    for (const QVariant &v : {QVariant(UuidV7::generate()), QVariant(hazardId), QVariant(stored.value().sha256),
                              QVariant(now), QVariant(now)})
        q.addBindValue(v);
    REQUIRE(q.exec());
    return stored.value().sha256;
}
} // namespace

TEST_CASE("A photo upload cut at about 40 % resumes from the server's offset, the photo and its row arrive once",
          "[sync][engine][photos]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    SyncOptions options;
    options.chunkBytes = 64 * 1024;
    client.connect(server, options);
    REQUIRE(client.sync().isEverythingApplied());
    const QString hazard = client.createHazard(u"配电箱未设置漏电保护器"_s);
    constexpr qint64 kSize = 1280 * 1024; // 20 chunks
    const QString sha = attachPhoto(client, hazard, kSize);

    qint64 cutAt = -1;
    QObject::connect(&client.engine(), &SyncEngine::photoProgress, [&](const QString &, qint64 done, qint64 total) {
        if (cutAt < 0 && done * 100 >= total * 40) {
            cutAt = done;
            server.kill(); // the connection dies with the server
        }
    });
    const SyncReport cut = client.sync();
    REQUIRE(cut.error.has_value());
    CHECK(cutAt >= kSize * 40 / 100);
    CHECK(cutAt < kSize);
    // Nothing of the record went out without its photo.
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) == 3);
    CHECK(client.count(u"SELECT count(*) FROM blob_uploads WHERE sha256 = ?"_s, {sha}) == 1);
    CHECK(client.text(u"SELECT upload_state FROM blobs WHERE sha256 = ?"_s, {sha}) == u"uploading"_s);

    server.restart();
    client.connect(server, options);
    const SyncReport resumed = client.sync();
    INFO((resumed.error ? resumed.error->message.toStdString() : std::string()));
    REQUIRE(resumed.isEverythingApplied());
    CHECK(resumed.photosUploaded == 1);
    CHECK(resumed.photoResumedFrom == cutAt);              // the server's offset, not a restart from zero
    CHECK(resumed.photoBytesSent == kSize - cutAt);        // only the rest was sent
    CHECK(client.text(u"SELECT upload_state FROM blobs WHERE sha256 = ?"_s, {sha}) == u"uploaded"_s);
    CHECK(client.count(u"SELECT count(*) FROM blob_uploads"_s) == 0);
    CHECK(serverCount(server, u"SELECT count(*) FROM blobs WHERE sha256 = ? AND size = ?"_s, {sha, kSize}) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM attachments WHERE blob_sha256 = ?"_s, {sha}) == 1);

    // The bytes on the server are the photo's bytes.
    HttpRequest get;
    get.path = u"/api/v1/blobs/"_s + sha;
    const HttpResult downloaded = client.engine().connection().call(get);
    REQUIRE(downloaded.isOk());
    CHECK(downloaded.status == 200);
    auto local = client.store().blobs().read(sha);
    REQUIRE(local.isOk());
    CHECK(downloaded.body == local.value());

}
