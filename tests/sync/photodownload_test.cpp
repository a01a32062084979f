#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/uuidv7.h"
#include "serverprocess.h"
#include "storage/datastore.h"
#include "sync/blobdownloader.h"
#include "sync/syncconnection.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
/// An 8×8 PNG (real image bytes; tests_sync links no Qt Gui to make one).
QByteArray tinyPng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4oaGBFTEMLQkAgl1GAWqNFmsAA"
                                  "AAASUVORK5CYII=");
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray content(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qint64 i = 0; i < size; ++i)
        content[i] = char(generator.bounded(256));
    return content;
}

/// Stores `content` in `client` and attaches it to `hazardId` as a photo (the attachment row queues a mutation).
QString attach(SyncClient &client, const QString &hazardId, const QByteArray &content, const QString &mime)
{
    auto stored = client.store().blobs().put(content);
    REQUIRE(stored.isOk());
    const QString now = Timestamp::toText(Clock::system().now());
    QSqlQuery q(client.db());
    q.prepare(u"INSERT INTO blobs (sha256, size, mime, local_path, upload_state, created_at) VALUES (?, ?, ?, ?, "
              "'local', ?)"_s);
    for (const QVariant &v : {QVariant(stored.value().sha256), QVariant(qint64(content.size())), QVariant(mime),
                              QVariant(stored.value().relativePath), QVariant(now)})
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

struct Fetched {
    QString sha256;
    bool isAvailable = false;
    QString message;
};

QList<Fetched> download(SyncClient &client, const QStringList &sha256s)
{
    QList<Fetched> answers;
    auto c = QObject::connect(&client.engine(), &SyncEngine::photoDownloaded,
                              [&](const QString &sha, bool isAvailable, const QString &message) {
                                  answers.append({sha, isAvailable, message});
                              });
    client.engine().downloadPhotos(sha256s);
    QObject::disconnect(c);
    return answers;
}

/// Two devices of the same 市县: A takes photos and syncs them, B only gets the rows.
struct TwoDevices {
    ServerProcess server;
    SyncClient a;
    SyncClient b;
    QString hazard;

    explicit TwoDevices(const SyncOptions &options = {})
    {
        server.seedDemo(1);
        server.start();
        a.connect(server, options);
        b.connect(server, options);
        REQUIRE(a.sync().isEverythingApplied());
        REQUIRE(b.sync().isEverythingApplied());
        hazard = a.createHazard(u"卸料平台钢丝绳未设置安全绳"_s);
    }
    void publish()
    {
        const SyncReport up = a.sync();
        INFO((up.error ? up.error->message.toStdString() : std::string()));
        REQUIRE(up.isEverythingApplied());
        REQUIRE(b.sync().isEverythingApplied());
    }
};
} // namespace

TEST_CASE("A photo another device uploaded arrives remote-only and is downloaded on demand, with no outbox row",
          "[sync][photos][download]")
{
    TwoDevices t;
    const QByteArray png = tinyPng();
    const QString sha = attach(t.a, t.hazard, png, u"image/png"_s);
    t.publish();

    // The attachment came with the rows; the bytes did not.
    CHECK(t.b.count(u"SELECT count(*) FROM attachments WHERE blob_sha256 = ?"_s, {sha}) == 1);
    CHECK(t.b.text(u"SELECT upload_state FROM blobs WHERE sha256 = ?"_s, {sha}) == u"remote_only"_s);
    CHECK(t.b.count(u"SELECT count(*) FROM blobs WHERE sha256 = ? AND local_path IS NULL"_s, {sha}) == 1);
    const qint64 outboxBefore = t.b.count(u"SELECT count(*) FROM outbox"_s);

    const QList<Fetched> answers = download(t.b, {sha});
    REQUIRE(answers.size() == 1);
    INFO(answers[0].message.toStdString());
    CHECK(answers[0].sha256 == sha);
    CHECK(answers[0].isAvailable);
    CHECK(answers[0].message.isEmpty());

    auto local = t.b.store().blobs().read(sha);
    REQUIRE(local.isOk());
    CHECK(local.value() == png);
    CHECK(t.b.text(u"SELECT local_path FROM blobs WHERE sha256 = ?"_s, {sha}) == BlobStore::relativePathOf(sha));
    CHECK(t.b.text(u"SELECT upload_state FROM blobs WHERE sha256 = ?"_s, {sha}) == u"uploaded"_s);
    CHECK(t.b.count(u"SELECT size FROM blobs WHERE sha256 = ?"_s, {sha}) == png.size());
    CHECK(t.b.text(u"SELECT mime FROM blobs WHERE sha256 = ?"_s, {sha}) == u"image/png"_s);
    CHECK(t.b.count(u"SELECT count(*) FROM outbox"_s) == outboxBefore); // pulled data queues nothing
    CHECK_FALSE(QFileInfo::exists(BlobDownloader::partialPath(t.b.store().blobs().root(), sha)));

    // Asked again: already here, nothing requested; the next sync has nothing to send.
    const QList<Fetched> again = download(t.b, {sha});
    REQUIRE(again.size() == 1);
    CHECK(again[0].isAvailable);
    const SyncReport next = t.b.sync();
    CHECK(next.isEverythingApplied());
    CHECK(next.photosUploaded == 0);
    CHECK(next.batchesSent == 0);
}

TEST_CASE("A download cut at about 40 % resumes with a Range request from the bytes on disk",
          "[sync][photos][download]")
{
    SyncOptions options;
    options.chunkBytes = 64 * 1024;
    TwoDevices t(options);
    constexpr qint64 kSize = 1280 * 1024; // 20 ranges of 64 KiB
    const QByteArray photo = randomBytes(kSize, 7);
    const QString sha = attach(t.a, t.hazard, photo, u"image/jpeg"_s);
    t.publish();
    const QString partial = BlobDownloader::partialPath(t.b.store().blobs().root(), sha);

    qint64 cutAt = -1;
    {
        BlobDownloader downloader(t.b.store().database(), t.b.store().blobs(), t.b.engine().connection());
        downloader.setChunkBytes(options.chunkBytes);
        QObject::connect(&downloader, &BlobDownloader::progress, [&](const QString &, qint64 received, qint64 total) {
            if (cutAt < 0 && received * 100 >= total * 40) {
                cutAt = received;
                t.server.kill(); // the next Range request finds no server
            }
        });
        auto cut = downloader.download(sha);
        REQUIRE_FALSE(cut.isOk());
        INFO(cut.error().message.toStdString());
        CHECK(cut.error().code.startsWith(u"network."_s)); // a transport failure: resumable
    }
    CHECK(cutAt >= kSize * 40 / 100);
    CHECK(cutAt < kSize / 2);
    // Nothing half-stored: the bytes wait beside the store, not in it, and the row still says remote-only.
    CHECK(QFileInfo(partial).size() == cutAt);
    CHECK_FALSE(t.b.store().blobs().contains(sha));
    CHECK(t.b.text(u"SELECT upload_state FROM blobs WHERE sha256 = ?"_s, {sha}) == u"remote_only"_s);

    t.server.restart();
    t.b.connect(t.server, options);
    BlobDownloader downloader(t.b.store().database(), t.b.store().blobs(), t.b.engine().connection());
    downloader.setChunkBytes(options.chunkBytes);
    QElapsedTimer timer;
    timer.start();
    auto resumed = downloader.download(sha);
    const qint64 elapsedMs = timer.elapsed();
    INFO((resumed ? std::string() : resumed.error().message.toStdString()));
    REQUIRE(resumed.isOk());
    CHECK(resumed.value().resumedFrom == cutAt);            // the first Range started at the bytes on disk
    CHECK(resumed.value().bytesReceived == kSize - cutAt);  // only the rest came over the wire
    CHECK(resumed.value().requests == int((kSize - cutAt + options.chunkBytes - 1) / options.chunkBytes));
    CHECK(resumed.value().size == kSize);
    auto local = t.b.store().blobs().read(sha);
    REQUIRE(local.isOk());
    CHECK(local.value() == photo);
    CHECK_FALSE(QFileInfo::exists(partial));
    CHECK(t.b.text(u"SELECT upload_state FROM blobs WHERE sha256 = ?"_s, {sha}) == u"uploaded"_s);
    CHECK(t.b.count(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s) == 0);
    WARN("resumed download: " << resumed.value().bytesReceived << " bytes from offset " << cutAt << " in "
                              << resumed.value().requests << " Range requests, " << elapsedMs << " ms");
}

TEST_CASE("A photo the server lacks, a damaged one, or one no record names: a clear error and nothing stored",
          "[sync][photos][download]")
{
    TwoDevices t;
    const QString sha = attach(t.a, t.hazard, randomBytes(200 * 1024, 11), u"image/jpeg"_s);
    t.publish();
    const QString root = t.b.store().blobs().root();

    SECTION("not on the server (or outside the jurisdiction): 404")
    {
        const QString missing = QString::fromLatin1(
            QCryptographicHash::hash("never uploaded", QCryptographicHash::Sha256).toHex());
        QSqlQuery q(t.b.db());
        q.prepare(u"INSERT INTO blobs (sha256, size, mime, upload_state, created_at) VALUES (?, 0, "
                  "'application/octet-stream', 'remote_only', '2025-01-01T00:00:00.000Z')"_s);
        q.addBindValue(missing);
        REQUIRE(q.exec());
        const QList<Fetched> answers = download(t.b, {missing});
        REQUIRE(answers.size() == 1);
        CHECK_FALSE(answers[0].isAvailable);
        CHECK(answers[0].message.contains(u"does not have the photo"_s));
        BlobDownloader downloader(t.b.store().database(), t.b.store().blobs(), t.b.engine().connection());
        auto direct = downloader.download(missing);
        REQUIRE_FALSE(direct.isOk());
        CHECK(direct.error().code == u"download.not_found"_s);
        CHECK_FALSE(t.b.store().blobs().contains(missing));
        CHECK_FALSE(QFileInfo::exists(BlobDownloader::partialPath(root, missing)));
        CHECK(t.b.count(u"SELECT count(*) FROM blobs WHERE sha256 = ? AND local_path IS NULL"_s, {missing}) == 1);
    }
    SECTION("the bytes do not hash to the sha256 (damaged on the server)")
    {
        QFile onServer(t.server.dataDir() + u"/blobs/"_s + sha.left(2) + u'/' + sha);
        REQUIRE(onServer.open(QIODevice::ReadWrite));
        REQUIRE(onServer.seek(1000));
        REQUIRE(onServer.write("damaged") == 7);
        onServer.close();
        BlobDownloader downloader(t.b.store().database(), t.b.store().blobs(), t.b.engine().connection());
        auto damaged = downloader.download(sha);
        REQUIRE_FALSE(damaged.isOk());
        CHECK(damaged.error().code == u"download.hash_mismatch"_s);
        CHECK(damaged.error().message.contains(u"Download it again"_s));
        CHECK_FALSE(t.b.store().blobs().contains(sha));
        CHECK_FALSE(QFileInfo::exists(BlobDownloader::partialPath(root, sha)));
        CHECK(t.b.text(u"SELECT upload_state FROM blobs WHERE sha256 = ?"_s, {sha}) == u"remote_only"_s);
    }
    SECTION("no record on this computer names it: refused before any request")
    {
        const QString foreign = QString(64, u'a');
        int requests = 0;
        QObject::connect(&t.b.engine().connection(), &SyncConnection::requestStarted, [&] { ++requests; });
        const QList<Fetched> answers = download(t.b, {foreign, u"../../etc/passwd"_s});
        REQUIRE(answers.size() == 2);
        CHECK_FALSE(answers[0].isAvailable);
        CHECK_FALSE(answers[1].isAvailable);
        CHECK(requests == 0);
        CHECK_FALSE(QFileInfo::exists(BlobDownloader::partialPath(root, foreign)));
    }
    CHECK(t.b.count(u"SELECT count(*) FROM outbox"_s) == 0);
}

TEST_CASE("Photos asked for together download smallest first, one failure does not stop the others",
          "[sync][photos][download]")
{
    TwoDevices t;
    const QString large = attach(t.a, t.hazard, randomBytes(300 * 1024, 1), u"image/jpeg"_s);
    const QString small = attach(t.a, t.hazard, tinyPng(), u"image/png"_s);
    const QString medium = attach(t.a, t.hazard, randomBytes(40 * 1024, 2), u"image/jpeg"_s);
    t.publish();
    // Pulled rows do not carry the size; the demo data (and a later pull field) does.
    QSqlQuery q(t.b.db());
    for (const auto &[sha, size] : {std::pair{large, 300 * 1024}, std::pair{small, int(tinyPng().size())},
                                    std::pair{medium, 40 * 1024}}) {
        q.prepare(u"UPDATE blobs SET size = ? WHERE sha256 = ?"_s);
        q.addBindValue(size);
        q.addBindValue(sha);
        REQUIRE(q.exec());
    }
    const QString missing = QString(64, u'b');
    const QList<Fetched> answers = download(t.b, {large, missing, medium, small});
    REQUIRE(answers.size() == 4);
    CHECK(answers[0].sha256 == small);
    CHECK(answers[1].sha256 == medium);
    CHECK(answers[2].sha256 == large);
    CHECK(answers[3].sha256 == missing); // unknown here: refused, after the others
    CHECK(answers[0].isAvailable);
    CHECK(answers[1].isAvailable);
    CHECK(answers[2].isAvailable);
    CHECK_FALSE(answers[3].isAvailable);
    CHECK(t.b.count(u"SELECT count(*) FROM blobs WHERE local_path IS NOT NULL AND upload_state = 'uploaded'"_s)
          == 3);
}

TEST_CASE("Downloads asked for during a sync wait for it, a sync asked for during downloads runs after them",
          "[sync][photos][download]")
{
    SyncOptions options;
    options.chunkBytes = 64 * 1024;
    TwoDevices t(options);
    const QString first = attach(t.a, t.hazard, randomBytes(200 * 1024, 3), u"image/jpeg"_s);
    const QString second = attach(t.a, t.hazard, randomBytes(200 * 1024, 4), u"image/jpeg"_s);
    t.publish();
    QStringList events;
    QObject::connect(&t.b.engine(), &SyncEngine::finished, [&](const SyncReport &report) {
        events.append(report.error ? u"sync failed"_s : u"sync"_s);
    });
    QObject::connect(&t.b.engine(), &SyncEngine::photoDownloaded, [&](const QString &sha, bool isAvailable) {
        events.append((sha == first ? u"first"_s : u"second"_s) + (isAvailable ? u""_s : u" failed"_s));
    });

    // While B pushes (the engine waits on the network), the UI asks for a photo: queued behind the run.
    t.b.createHazard(u"临边防护栏杆缺失"_s);
    bool isAsked = false;
    auto asking = QObject::connect(&t.b.engine(), &SyncEngine::pushSending, [&] {
        if (!isAsked) {
            isAsked = true;
            t.b.engine().downloadPhotos({first});
            events.append(u"asked"_s);
        }
    });
    t.b.engine().syncNow();
    QObject::disconnect(asking);
    CHECK(events == QStringList{u"asked"_s, u"sync"_s, u"first"_s});

    // While a photo downloads, a sync is asked for: it runs when the downloads are done.
    events.clear();
    bool isSyncAsked = false;
    auto syncing = QObject::connect(&t.b.engine(), &SyncEngine::photoDownloadProgress, [&] {
        if (!isSyncAsked) {
            isSyncAsked = true;
            t.b.engine().syncNow();
            events.append(u"sync asked"_s);
        }
    });
    t.b.engine().downloadPhotos({second});
    QObject::disconnect(syncing);
    CHECK(events == QStringList{u"sync asked"_s, u"second"_s, u"sync"_s});
    CHECK(t.b.engine().state() == SyncEngine::State::Idle);
    CHECK(t.b.count(u"SELECT count(*) FROM blobs WHERE sha256 IN (?, ?) AND local_path IS NOT NULL"_s,
                    {first, second}) == 2);
}
