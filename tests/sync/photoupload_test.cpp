#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

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
    const QString sha = client.attachPhoto(hazard, kSize);

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

    client.checkServerServesPhoto(sha); // the bytes on the server are the photo's bytes
}
