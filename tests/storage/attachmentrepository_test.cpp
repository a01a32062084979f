#include "storage/attachmentrepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "storage/blobrepository.h"
#include "storage/transaction.h"
#include "storagefixture.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
PhotoRecord photoOf(const QString &sha256, const QString &ownerId)
{
    PhotoRecord p;
    p.ownerEntity = u"hazards"_s;
    p.ownerId = ownerId;
    p.sha256 = sha256;
    p.size = 1234;
    p.mime = u"image/jpeg"_s;
    p.role = u"photo"_s;
    p.caption = u"IMG_7.jpg"_s;
    p.capturedAt = QDateTime(QDate(2026, 11, 28), QTime(2, 15), Qt::UTC);
    p.latitude = 20.04439;
    p.longitude = 110.19989;
    p.evidenceFlags = {u"time_doubtful"_s};
    p.timeTrust = {4'500, true};
    return p;
}
} // namespace

TEST_CASE("An attachment and its blob row are written together and the upload queue sees the blob", "[evidence]")
{
    StorageFixture f;
    const QString sha = QString(64, u'a');
    AttachmentRepository repository(f.db());
    auto id = repository.add(photoOf(sha, u"h-1"_s), BlobStore::relativePathOf(sha), u"王建国"_s);
    REQUIRE(id.isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM attachments"_s) == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'attachments'"_s) == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM blobs WHERE upload_state = 'local' AND latitude IS NOT NULL "
                   "AND captured_at IS NOT NULL"_s) == 1);
    CHECK(f.scalar(u"SELECT clock_offset_ms FROM attachments"_s) == 4'500);

    auto pending = BlobRepository(f.db()).pendingUploads();
    REQUIRE(pending.isOk());
    REQUIRE(pending.value().size() == 1);
    CHECK(pending.value().first().sha256 == sha);

    auto listed = repository.list(u"hazards"_s, u"h-1"_s);
    REQUIRE(listed.isOk());
    REQUIRE(listed.value().size() == 1);
    const AttachmentRow &row = listed.value().first();
    CHECK(row.photo.id == id.value());
    CHECK(row.photo.evidenceFlags == QStringList{u"time_doubtful"_s});
    CHECK(row.photo.timeTrust.isDoubtful);
    CHECK(row.photo.timeTrust.clockOffsetMs == 4'500);
    CHECK(row.photo.capturedAt == QDateTime(QDate(2026, 11, 28), QTime(2, 15), Qt::UTC));
    CHECK(row.localPath == BlobStore::relativePathOf(sha));
    CHECK(repository.list(u"hazards"_s, u"h-2"_s).value().isEmpty());

    // The same content on a second record: a second attachment, still one blob.
    REQUIRE(repository.add(photoOf(sha, u"h-2"_s), BlobStore::relativePathOf(sha), u"王建国"_s).isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM attachments"_s) == 2);
    CHECK(f.scalar(u"SELECT count(*) FROM blobs"_s) == 1);
}

TEST_CASE("Content only the server held becomes local and uploaded when the same bytes are added", "[evidence]")
{
    StorageFixture f;
    const QString sha = QString(64, u'b');
    {
        Transaction tx(f.db(), Transaction::Origin::Remote);
        QSqlQuery q(f.db());
        q.prepare(u"INSERT INTO blobs (sha256, size, mime, upload_state, created_at) "
                  "VALUES (?, 0, 'image/jpeg', 'remote_only', '2026-11-01T00:00:00.000Z')"_s);
        q.addBindValue(sha);
        REQUIRE(q.exec());
        REQUIRE(tx.commit().isOk());
    }
    REQUIRE(AttachmentRepository(f.db()).add(photoOf(sha, u"h-3"_s), BlobStore::relativePathOf(sha), u"李明"_s).isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM blobs WHERE upload_state = 'uploaded' AND size = 1234 "
                   "AND local_path IS NOT NULL"_s) == 1);
    auto pending = BlobRepository(f.db()).pendingUploads();
    REQUIRE(pending.isOk());
    CHECK(pending.value().isEmpty());
}
