#include "evidence/photoimporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "evidence/evidenceflags.h"
#include "evidence/photometadata.h"
#include "evidence/photorenditions.h"
#include "storage/datastore.h"
#include "support/tempdir.h"
#include "testphotos.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
/// 10:30 China time on 28 November 2026, when the inspection was made.
const QDateTime kInspectionTime(QDate(2026, 11, 28), QTime(2, 30), QTimeZone::utc());
const QString kHazardId = u"0193a000-0000-7000-8000-00000000beef"_s;

/// A fresh data folder whose clock stands at the inspection time.
struct EvidenceFixture {
    TestDir dir;
    FixedClock clock{kInspectionTime};
    std::unique_ptr<DataStore> store;

    EvidenceFixture()
    {
        auto opened = DataStore::open(dir.file(u"data"_s), {.clock = &clock});
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        store = std::move(opened).value();
    }
    PhotoImporter importer(TimeTrust trust = {}) const
    {
        return PhotoImporter(*store, u"hazards"_s, kHazardId,
                             {kInspectionTime, u"海口市美兰区安居房项目"_s, u"王建国"_s, trust});
    }
    QString photo(const QString &name, int seed, const std::optional<TestExif> &exif,
                  QSize size = QSize(1280, 960)) const
    {
        const QString path = dir.file(name);
        writePhoto(path, jpegBytes(size, seed), exif);
        return path;
    }
    qint64 count(const QString &table) const
    {
        QSqlQuery q(store->connection());
        q.exec(u"SELECT count(*) FROM "_s + table);
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QSqlQuery row(const QString &sql, const QString &bound) const
    {
        QSqlQuery q(store->connection());
        q.prepare(sql);
        q.addBindValue(bound);
        q.exec();
        q.next();
        return q;
    }
};

TestExif haikouExif(const QString &dateTime, const QString &offset = {})
{
    return TestExif{dateTime, offset, kHaikouLatitude, kHaikouLongitude};
}

/// Mean absolute difference of the grey levels of two images over `rect`.
double meanDifference(const QImage &a, const QImage &b, const QRect &rect)
{
    double total = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            total += qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y)));
    }
    return total / (double(rect.width()) * rect.height());
}
} // namespace

TEST_CASE("A photo with EXIF keeps its bytes, capture time, GPS and hash, and gets its renditions", "[evidence]")
{
    EvidenceFixture f;
    const QString path = f.photo(u"IMG_0001.jpg"_s, 1, haikouExif(u"2026:11:28 10:15:30"_s));
    const QByteArray original = readAll(path);
    const QString expectedSha =
        QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());

    auto imported = f.importer().importFile(path);
    REQUIRE(imported.isOk());
    const EvidencePhoto &photo = imported.value();
    const PhotoRecord &r = photo.record;

    CHECK(r.sha256 == expectedSha);
    // No OffsetTimeOriginal: the camera's time is China time.
    CHECK(r.capturedAt == QDateTime(QDate(2026, 11, 28), QTime(2, 15, 30), QTimeZone::utc()));
    REQUIRE(r.latitude.has_value());
    REQUIRE(r.longitude.has_value());
    CHECK(qAbs(*r.latitude - kHaikouLatitude) < 1e-5);
    CHECK(qAbs(*r.longitude - kHaikouLongitude) < 1e-5);
    CHECK(r.evidenceFlags.isEmpty());
    CHECK(r.mime == u"image/jpeg"_s);

    // The original: untouched in the source folder and stored byte for byte under its hash.
    CHECK(readAll(path) == original);
    auto stored = f.store->blobs().read(expectedSha);
    REQUIRE(stored.isOk());
    CHECK(stored.value() == original);
    CHECK(readAll(photo.originalPath) == original);

    // The rows: one blob (local, with EXIF), one attachment with the evidence, one outbox insert of it.
    QSqlQuery blob = f.row(u"SELECT upload_state, size, captured_at, latitude, local_path FROM blobs WHERE sha256 = ?"_s,
                           expectedSha);
    REQUIRE(blob.isValid());
    CHECK(blob.value(0).toString() == u"local"_s);
    CHECK(blob.value(1).toLongLong() == original.size());
    CHECK(Timestamp::fromText(blob.value(2).toString()) == r.capturedAt);
    CHECK(qAbs(blob.value(3).toDouble() - kHaikouLatitude) < 1e-5);
    CHECK(blob.value(4).toString() == BlobStore::relativePathOf(expectedSha));
    QSqlQuery attachment = f.row(u"SELECT owner_entity, owner_id, blob_sha256, role, captured_at, latitude, longitude, "
                                 "evidence_flags, is_time_doubtful, caption FROM attachments WHERE id = ?"_s,
                                 r.id);
    REQUIRE(attachment.isValid());
    CHECK(attachment.value(0).toString() == u"hazards"_s);
    CHECK(attachment.value(1).toString() == kHazardId);
    CHECK(attachment.value(2).toString() == expectedSha);
    CHECK(attachment.value(3).toString() == u"photo"_s);
    CHECK(Timestamp::fromText(attachment.value(4).toString()) == r.capturedAt);
    CHECK(qAbs(attachment.value(5).toDouble() - kHaikouLatitude) < 1e-5);
    CHECK(qAbs(attachment.value(6).toDouble() - kHaikouLongitude) < 1e-5);
    CHECK(attachment.value(7).toString() == u"[]"_s);
    CHECK(attachment.value(8).toInt() == 0);
    CHECK(attachment.value(9).toString() == u"IMG_0001.jpg"_s);
    CHECK(f.count(u"attachments"_s) == 1);
    CHECK(f.count(u"blobs"_s) == 1);
    QSqlQuery outbox = f.row(u"SELECT op, fields, (SELECT count(*) FROM outbox) FROM outbox "
                             "WHERE entity = 'attachments' AND entity_id = ?"_s,
                             r.id);
    REQUIRE(outbox.isValid());
    CHECK(outbox.value(0).toString() == u"insert"_s);
    CHECK(outbox.value(2).toInt() == 1);
    const QJsonObject fields = QJsonDocument::fromJson(outbox.value(1).toString().toUtf8()).object();
    CHECK(fields.value(u"blob_sha256"_s).toObject().value(u"value"_s).toString() == expectedSha);
    CHECK(qAbs(fields.value(u"latitude"_s).toObject().value(u"value"_s).toDouble() - kHaikouLatitude) < 1e-5);

    // The watermark: same picture, with the band drawn over the bottom and the rest left as it was.
    const QImage decoded(path);
    const QImage watermark(photo.watermarkPath);
    REQUIRE_FALSE(watermark.isNull());
    REQUIRE(watermark.size() == decoded.size());
    const int band = PhotoRenditions::bandHeight(decoded.size());
    CHECK(band >= 40);
    const QRect bandRect(0, decoded.height() - band + 2, decoded.width(), band - 4);
    const QRect topRect(0, 0, decoded.width(), decoded.height() - band - 8);
    CHECK(meanDifference(decoded, watermark, bandRect) > 30);
    CHECK(meanDifference(decoded, watermark, topRect) < 4);
    CHECK(PhotoRenditions::coordinates(kHaikouLatitude, kHaikouLongitude) == u"20.04439°N 110.19989°E"_s);
    CHECK(PhotoRenditions::coordinates(-33.5, -70.25) == u"33.50000°S 70.25000°W"_s);
    CHECK(PhotoRenditions::lines({r.capturedAt, {}, u"P"_s, u"I"_s, r.latitude, r.longitude, expectedSha})
              .join(u'\n')
              .contains(expectedSha.left(8)));

    const QImage thumbnail(photo.thumbnailPath);
    CHECK(thumbnail.size() == QSize(320, 240));
    CHECK(photo.watermarkPath.startsWith(f.store->blobs().root() + u"/renditions/"_s));
}

TEST_CASE("An EXIF time with its own offset is read in that offset", "[evidence]")
{
    CHECK(PhotoMetadata::parseExifTime(u"2026:11:27 23:15:30"_s, u"-03:00"_s)
          == QDateTime(QDate(2026, 11, 28), QTime(2, 15, 30), QTimeZone::utc()));
    CHECK(PhotoMetadata::parseExifTime(u"2026:11:28 10:15:30"_s, {})
          == QDateTime(QDate(2026, 11, 28), QTime(2, 15, 30), QTimeZone::utc()));
    CHECK_FALSE(PhotoMetadata::parseExifTime(u"0000:00:00 00:00:00"_s, {}).isValid());

    EvidenceFixture f;
    auto imported = f.importer().importFile(
        f.photo(u"abroad.jpg"_s, 2, haikouExif(u"2026:11:27 23:15:30"_s, u"-03:00"_s)));
    REQUIRE(imported.isOk());
    CHECK(imported.value().record.capturedAt == QDateTime(QDate(2026, 11, 28), QTime(2, 15, 30), QTimeZone::utc()));
}

TEST_CASE("Doubtful photos are flagged and kept, never refused", "[evidence]")
{
    EvidenceFixture f;
    SECTION("no EXIF at all")
    {
        auto imported = f.importer().importFile(f.photo(u"screenshot.jpg"_s, 3, std::nullopt));
        REQUIRE(imported.isOk());
        const PhotoRecord &r = imported.value().record;
        CHECK(r.evidenceFlags == QStringList{EvidenceFlags::NoExif, EvidenceFlags::NoGps});
        CHECK_FALSE(r.capturedAt.isValid());
        CHECK_FALSE(r.latitude.has_value());
        QSqlQuery row = f.row(u"SELECT evidence_flags, captured_at FROM attachments WHERE id = ?"_s, r.id);
        CHECK(row.value(0).toString() == u"[\"no_exif\",\"no_gps\"]"_s);
        CHECK(row.value(1).isNull());
        CHECK(QFileInfo::exists(imported.value().watermarkPath));
        CHECK(EvidenceFlags::words(EvidenceFlags::NoExif) == u"No EXIF time: taken time unknown."_s);
    }
    SECTION("an EXIF time far from the inspection, and one just inside the limit")
    {
        // Two days before: flagged. 11 h 59 min before: not.
        auto far = f.importer().importFile(f.photo(u"old.jpg"_s, 4, haikouExif(u"2026:11:26 10:30:00"_s)));
        REQUIRE(far.isOk());
        CHECK(far.value().record.evidenceFlags == QStringList{EvidenceFlags::ExifTimeFar});
        auto near = f.importer().importFile(f.photo(u"early.jpg"_s, 5, haikouExif(u"2026:11:27 22:31:00"_s)));
        REQUIRE(near.isOk());
        CHECK(near.value().record.evidenceFlags.isEmpty());
        CHECK(EvidenceFlags::kFarFromInspectionSeconds == 12 * 3600);
    }
    SECTION("EXIF time without GPS, taken on a computer whose clock is in doubt")
    {
        TestExif noGps{u"2026:11:28 10:00:00"_s, {}, std::nullopt, std::nullopt};
        auto imported = f.importer(TimeTrust{-93'000, true}).importFile(f.photo(u"nogps.jpg"_s, 6, noGps));
        REQUIRE(imported.isOk());
        const PhotoRecord &r = imported.value().record;
        CHECK(r.evidenceFlags == QStringList{EvidenceFlags::NoGps, EvidenceFlags::TimeDoubtful});
        QSqlQuery row = f.row(u"SELECT is_time_doubtful, clock_offset_ms FROM attachments WHERE id = ?"_s, r.id);
        CHECK(row.value(0).toInt() == 1);
        CHECK(row.value(1).toLongLong() == -93'000);
    }
}

TEST_CASE("A cut JPEG or a text file named .jpg is refused with a sentence and writes nothing", "[evidence]")
{
    EvidenceFixture f;
    // One good photo first, so "nothing written" is measured against a store that holds something.
    REQUIRE(f.importer().importFile(f.photo(u"good.jpg"_s, 7, haikouExif(u"2026:11:28 10:00:00"_s))).isOk());
    const QString blobRoot = f.store->blobs().root();
    const QStringList filesBefore = filesUnder(blobRoot);
    const qint64 blobsBefore = f.count(u"blobs"_s);
    const qint64 attachmentsBefore = f.count(u"attachments"_s);
    const qint64 outboxBefore = f.count(u"outbox"_s);
    const qint64 auditBefore = f.count(u"audit_log"_s);

    const QString cutPath = f.dir.file(u"cut.jpg"_s);
    {
        const QString whole = f.photo(u"whole.jpg"_s, 8, haikouExif(u"2026:11:28 10:00:00"_s));
        const QByteArray bytes = readAll(whole);
        QFile cut(cutPath);
        REQUIRE(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
    }
    auto cut = f.importer().importFile(cutPath);
    REQUIRE_FALSE(cut.isOk());
    CHECK(cut.error().code == u"evidence.corrupt_image"_s);
    CHECK(cut.error().message.contains(u"cut.jpg"_s));
    CHECK(cut.error().message.contains(u"Nothing was added"_s));

    const QString textPath = f.dir.file(u"notes.jpg"_s);
    {
        QFile text(textPath);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("Site visit notes: scaffold ties missing on the east side.\n");
    }
    auto text = f.importer().importFile(textPath);
    REQUIRE_FALSE(text.isOk());
    CHECK(text.error().code == u"evidence.not_an_image"_s);
    CHECK(text.error().message.contains(u"notes.jpg"_s));
    CHECK(text.error().message.contains(u"Nothing was added"_s));

    CHECK(f.count(u"blobs"_s) == blobsBefore);
    CHECK(f.count(u"attachments"_s) == attachmentsBefore);
    CHECK(f.count(u"outbox"_s) == outboxBefore);
    CHECK(f.count(u"audit_log"_s) == auditBefore);
    CHECK(filesUnder(blobRoot) == filesBefore);
    CHECK(filesBefore.size() == 3); // the good photo's original, watermark and thumbnail
}

TEST_CASE("The same photo added twice to one record is one attachment, listed once", "[evidence]")
{
    EvidenceFixture f;
    const QString path = f.photo(u"twice.jpg"_s, 9, haikouExif(u"2026:11:28 10:00:00"_s));
    auto first = f.importer().importFile(path);
    auto second = f.importer().importFile(path);
    REQUIRE(first.isOk());
    REQUIRE(second.isOk());
    CHECK_FALSE(first.value().wasAlreadyAttached);
    CHECK(second.value().wasAlreadyAttached);
    CHECK(second.value().record.id == first.value().record.id);
    CHECK(f.count(u"attachments"_s) == 1);
    CHECK(f.count(u"outbox"_s) == 1);

    auto listed = f.importer().photos();
    REQUIRE(listed.isOk());
    REQUIRE(listed.value().size() == 1);
    CHECK(listed.value().first().record.id == first.value().record.id);
    CHECK(qAbs(*listed.value().first().record.latitude - kHaikouLatitude) < 1e-5);

    // Renditions are derived: removed, they are made again from the original when the record is listed.
    QFile::remove(first.value().thumbnailPath);
    QFile::remove(first.value().watermarkPath);
    auto relisted = f.importer().photos();
    REQUIRE(relisted.isOk());
    CHECK(QImage(relisted.value().first().thumbnailPath).size() == QSize(320, 240));
    CHECK(QFileInfo::exists(relisted.value().first().watermarkPath));
}
