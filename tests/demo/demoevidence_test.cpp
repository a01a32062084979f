// The demo's evidence files (DemoEvidence): the demo store (tests/models/demofixture, made as `sitesafe-cli demo`
// makes it) holds real signature PNGs and JPEG photos in its blob folder, their EXIF says when they were taken,
// and the same records made for another day keep their pictures.
#include "demo/demoevidence.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <exiv2/exiv2.hpp>

#include "demo/demogenerator.h"
#include "demofixture.h"
#include "storage/datastore.h"

using namespace sitesafe;
using namespace sitesafe::demo;
using namespace Qt::StringLiterals;

namespace {

/// The local (Beijing) date of a stored UTC timestamp.
QDate localDate(const QString &stamp)
{
    return QDateTime::fromString(stamp, Qt::ISODateWithMs).toUTC().addSecs(8 * 3600).date();
}

/// A read-only look at the demo fixture's store.
class DemoStore
{
public:
    DemoStore()
    {
        auto opened = DataStore::open(test::DemoFixture::directory(),
                                      {.create = false, .migrate = false, .quickCheck = false});
        REQUIRE(opened.isOk());
        m_store = std::move(opened).value();
    }
    QSqlDatabase db() { return m_store->connection(); }
    QByteArray file(const QString &localPath)
    {
        QFile f(QDir(m_store->blobs().root()).filePath(localPath));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private:
    std::unique_ptr<DataStore> m_store;
};

QString exifText(const QByteArray &jpeg, const char *key)
{
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()),
                                           static_cast<long>(jpeg.size()));
    image->readMetadata();
    const Exiv2::ExifData &exif = image->exifData();
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    return it == exif.end() ? QString() : QString::fromStdString(it->toString());
}

/// Degrees from an EXIF GPS latitude or longitude (three rationals).
double exifDegrees(const QByteArray &jpeg, const char *key)
{
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()),
                                           static_cast<long>(jpeg.size()));
    image->readMetadata();
    const Exiv2::ExifData &exif = image->exifData();
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end() || it->count() != 3)
        return -1;
    return it->toFloat(0) + it->toFloat(1) / 60.0 + it->toFloat(2) / 3600.0;
}

Dataset fieldFor(QDate today)
{
    return DemoGenerator({1, DemoScale::Small, today, u"laptop-a"_s}).generateAll();
}

} // namespace

TEST_CASE("Recent signed demo inspections carry one signature per inspector, stored as PNG files with their "
          "sha256",
          "[demo][evidence]")
{
    DemoStore store;
    const QDate today = test::DemoFixture::today();
    QSqlQuery q(store.db());
    REQUIRE(q.exec(u"SELECT id, inspectors, finished_at FROM inspections WHERE status = 'signed'"_s));
    QHash<QString, QStringList> recent;
    while (q.next()) {
        if (localDate(q.value(2).toString()) >= today.addDays(-DemoEvidence::kRecentDays)) {
            QStringList names;
            for (const QJsonValue &v : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
                names << v.toString();
            recent.insert(q.value(0).toString(), names);
        }
    }
    REQUIRE(recent.size() >= 5);

    int checked = 0;
    for (auto it = recent.cbegin(); it != recent.cend(); ++it) {
        INFO(it.key().toStdString());
        QSqlQuery a(store.db());
        a.prepare(u"SELECT a.signer, a.blob_sha256, b.local_path, b.mime, b.size FROM attachments a "
                  "JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.owner_entity = 'inspections' AND a.owner_id = ? "
                  "AND a.role = 'signature' ORDER BY a.id"_s);
        a.addBindValue(it.key());
        REQUIRE(a.exec());
        QStringList signers;
        while (a.next()) {
            signers << a.value(0).toString();
            const QString sha = a.value(1).toString();
            const QByteArray bytes = store.file(a.value(2).toString());
            REQUIRE(!a.value(2).toString().isEmpty());
            REQUIRE(!bytes.isEmpty());
            CHECK(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) == sha);
            CHECK(a.value(3).toString() == u"image/png"_s);
            CHECK(a.value(4).toLongLong() == bytes.size());
            const QImage image = QImage::fromData(bytes, "PNG");
            CHECK(!image.isNull());
            CHECK(image.size() == QSize(600, 240));
            ++checked;
        }
        QStringList expected;
        for (const QString &name : it.value())
            expected << name + u" (inspector)"_s;
        std::sort(signers.begin(), signers.end());
        std::sort(expected.begin(), expected.end());
        CHECK(signers == expected);
    }
    CHECK(checked >= 10);

    // Older signed inspections stay rows only.
    QSqlQuery old(store.db());
    REQUIRE(old.exec(u"SELECT count(*), min(i.finished_at) FROM attachments a JOIN inspections i "
                     "ON i.id = a.owner_id WHERE a.role = 'signature'"_s));
    REQUIRE(old.next());
    CHECK(localDate(old.value(1).toString()) >= today.addDays(-DemoEvidence::kRecentDays));
}

TEST_CASE("Recent demo photos are JPEG files whose EXIF DateTimeOriginal is the attachment's capture time, older "
          "ones have no file",
          "[demo][evidence]")
{
    DemoStore store;
    const QDate today = test::DemoFixture::today();
    QSqlQuery q(store.db());
    REQUIRE(q.exec(u"SELECT a.captured_at, a.latitude, a.longitude, a.blob_sha256, b.local_path FROM attachments a "
                   "JOIN blobs b ON b.sha256 = a.blob_sha256 WHERE a.role = 'photo'"_s));
    int recent = 0;
    int older = 0;
    while (q.next()) {
        const QString capturedAt = q.value(0).toString();
        INFO(capturedAt.toStdString());
        if (localDate(capturedAt) < today.addDays(-DemoEvidence::kRecentDays)) {
            CHECK(q.value(4).isNull());
            ++older;
            continue;
        }
        ++recent;
        REQUIRE(!q.value(4).isNull());
        const QByteArray jpeg = store.file(q.value(4).toString());
        REQUIRE(jpeg.startsWith("\xFF\xD8\xFF"));
        CHECK(QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex())
              == q.value(3).toString());
        const QDateTime local = QDateTime::fromString(capturedAt, Qt::ISODateWithMs).toUTC().addSecs(8 * 3600);
        CHECK(exifText(jpeg, "Exif.Photo.DateTimeOriginal") == local.toString(u"yyyy:MM:dd HH:mm:ss"_s));
        CHECK(exifText(jpeg, "Exif.Photo.OffsetTimeOriginal") == u"+08:00"_s);
        CHECK(exifDegrees(jpeg, "Exif.GPSInfo.GPSLatitude") == Approx(q.value(1).toDouble()).margin(1e-3));
        CHECK(exifDegrees(jpeg, "Exif.GPSInfo.GPSLongitude") == Approx(q.value(2).toDouble()).margin(1e-3));
        CHECK(!QImage::fromData(jpeg, "JPEG").isNull());
    }
    CHECK(recent >= 10);
    CHECK(older > 100);
}

TEST_CASE("The same seed on two days gives the same evidence for the same records: signatures byte-equal, photos "
          "equal but for their DateTimeOriginal",
          "[demo][evidence]")
{
    const QDate dayA(2026, 11, 28);
    const QDate dayB = dayA.addDays(9);
    const Dataset a = fieldFor(dayA);
    const Dataset b = fieldFor(dayB);
    // The same record on both days: the random part of its UUIDv7 (the timestamp moves with the day).
    QHash<QString, const PhotoRecord *> byKey;
    for (const PhotoRecord &p : b.photos)
        byKey.insert(p.id.mid(14), &p);
    int photos = 0;
    int signatures = 0;
    for (const PhotoRecord &p : a.photos) {
        const QByteArray bytesA = DemoEvidence::contentOf(p);
        if (bytesA.isEmpty())
            continue;
        const PhotoRecord *other = byKey.value(p.id.mid(14));
        REQUIRE(other != nullptr);
        INFO(p.id.toStdString() << " " << other->id.toStdString());
        REQUIRE(p.capturedAt.daysTo(other->capturedAt) == 9);
        const QByteArray bytesB = DemoEvidence::contentOf(*other);
        REQUIRE(bytesB.size() == bytesA.size());
        if (p.role == u"signature") {
            CHECK(bytesB == bytesA);
            CHECK(other->sha256 == p.sha256);
            ++signatures;
            continue;
        }
        // Only the date of DateTimeOriginal differs: at most 10 bytes, all inside that one field.
        const qsizetype field = bytesA.indexOf(p.capturedAt.addSecs(8 * 3600).toString(u"yyyy:MM:dd"_s).toLatin1());
        REQUIRE(field > 0);
        int differing = 0;
        for (qsizetype i = 0; i < bytesA.size(); ++i) {
            if (bytesA.at(i) != bytesB.at(i)) {
                ++differing;
                CHECK((i >= field && i < field + 10));
            }
        }
        CHECK(differing > 0);
        CHECK(differing <= 10);
        ++photos;
    }
    CHECK(photos >= 10);
    CHECK(signatures >= 10);
}
