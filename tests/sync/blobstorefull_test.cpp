#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "serverprocess.h"
#include "sync/syncconnection.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kKiB = 1024;

/// Fills the server's small disk with a file of `bytes`, written until it is all there.
void writeFiller(const QString &path, qint64 bytes)
{
    QFile filler(path);
    REQUIRE(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * kKiB, 'x');
    for (qint64 written = 0; written < bytes; written += block.size())
        REQUIRE(filler.write(block.left(int(std::min<qint64>(block.size(), bytes - written)))) > 0);
    REQUIRE(filler.flush());
}

/// The upload's offset as the server states it (tus HEAD).
qint64 serverOffset(SyncClient &client, const QString &uploadUrl)
{
    HttpRequest head;
    head.method = "HEAD";
    head.path = uploadUrl;
    head.headers.insert("Tus-Resumable", "1.0.0");
    const HttpResult r = client.engine().connection().call(head);
    REQUIRE(r.isOk());
    REQUIRE(r.status == 200);
    return r.headers.value("upload-offset").toLongLong();
}
} // namespace

TEST_CASE("Case 22: the server's photo store fills during a PATCH: 507 at the last whole chunk, nothing half-stored, "
          "and after space is freed the upload resumes and the photo arrives whole once",
    "[sync][photos][diskfull][blob]")
{
    ServerProcess server;
    server.seedDemo(1);
    constexpr qint64 kDisk = 2048 * kKiB;
    server.setSmallDisk(u"uploads"_s, kDisk); // a real tmpfs where the server stages uploads
    server.start();
    // The laptop's clock is three days ahead of the server's, and a day passes before the operator frees space.
    FixedClock laptopClock(QDateTime::currentDateTimeUtc().addDays(3));
    SyncClient client(&laptopClock);
    SyncOptions options;
    options.chunkBytes = 256 * kKiB;
    client.connect(server, options);
    REQUIRE(client.sync().isEverythingApplied());

    // 640 KiB left: two whole chunks fit, the third does not.
    writeFiller(server.serverView(u"uploads/filler"_s), kDisk - 640 * kKiB);
    const QString hazard = client.createHazard(u"塔吊标准节螺栓松动"_s);
    constexpr qint64 kSize = 1536 * kKiB; // six chunks
    const QString sha = client.attachPhoto(hazard, kSize, 22);

    for (int attempt = 0; attempt < 2; ++attempt) { // the automatic retry meets the same full disk
        CAPTURE(attempt);
        const SyncReport full = client.sync();
        REQUIRE(full.error.has_value());
        CHECK(full.error->code == u"sync.server_storage_full"_s);
        CHECK(full.error->message.contains(u"storage is full"_s));
        // Nothing was lost or half-stored: the server holds exactly the two whole chunks, the laptop everything.
        const QString url = client.text(u"SELECT upload_url FROM blob_uploads WHERE sha256 = ?"_s, {sha});
        REQUIRE_FALSE(url.isEmpty());
        CHECK(serverOffset(client, url) == 512 * kKiB);
        const QString staged = server.serverView(u"uploads/"_s + QUrl(url).path().section(u'/', -1));
        CHECK(QFileInfo(staged).size() == 512 * kKiB);
        CHECK(client.text(u"SELECT upload_state FROM blobs WHERE sha256 = ?"_s, {sha}) == u"uploading"_s);
        CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) == 3);
        CHECK(serverCount(server, u"SELECT count(*) FROM blobs WHERE sha256 = ?"_s, {sha}) == 0);
        CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 0);
        laptopClock.advance(3600 * 1000);
    }

    // The next day the operator frees space; the laptop resumes where the server stands.
    laptopClock.advance(24 * 3600 * 1000);
    REQUIRE(QFile::remove(server.serverView(u"uploads/filler"_s)));
    const SyncReport resumed = client.sync();
    INFO((resumed.error ? resumed.error->message.toStdString() : std::string()));
    REQUIRE(resumed.isEverythingApplied());
    CHECK(resumed.photosUploaded == 1);
    CHECK(resumed.photoResumedFrom == 512 * kKiB);
    CHECK(resumed.photoBytesSent == kSize - 512 * kKiB);
    CHECK(client.text(u"SELECT upload_state FROM blobs WHERE sha256 = ?"_s, {sha}) == u"uploaded"_s);
    CHECK(serverCount(server, u"SELECT count(*) FROM blobs WHERE sha256 = ? AND size = ?"_s, {sha, kSize}) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM attachments WHERE blob_sha256 = ?"_s, {sha}) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    CHECK(QDir(server.serverView(u"uploads"_s)).entryList(QDir::Files).isEmpty()); // nothing left staged

    client.checkServerServesPhoto(sha); // the bytes on the server are the photo's bytes
    CHECK(client.sync().isEverythingApplied()); // and the next sync is quiet
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s) == 0);
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'applied'"_s)
        == client.count(u"SELECT count(*) FROM outbox"_s));
}
