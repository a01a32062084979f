#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "evidence/photoimporter.h"
#include "storage/datastore.h"
#include "support/tempdir.h"
#include "testphotos.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
const QDateTime kInspectionTime(QDate(2026, 12, 9), QTime(1, 45), QTimeZone::utc());
const QString kHazardId = u"0193a000-0000-7000-8000-0000000dd21f"_s;

qint64 count(DataStore &store, const QString &sql)
{
    QSqlQuery q(store.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// Fills the disk of `path` to the last byte, then gives `leave` bytes back: the disk now has about `leave` free.
void fillDiskLeaving(const QString &path, qint64 leave)
{
    QFile filler(path);
    REQUIRE(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    qint64 written = 0;
    for (int i = 0; i < 100000; ++i) { // bounded: the small disk is a few MiB
        const qint64 n = filler.write(block);
        if (n <= 0 || !filler.flush())
            break;
        written += n;
    }
    filler.close();
    REQUIRE(written > leave);
    REQUIRE(filler.resize(QFileInfo(path).size() - leave));
}
} // namespace

TEST_CASE("Case 21: the disk fills while a photo is copied into the store: a clear sentence, nothing half-stored, "
          "the photos before it intact, and the same photo goes in once space is freed",
    "[.][smalldisk][evidence][diskfull]")
{
    const QString disk = qEnvironmentVariable("SITESAFE_TEST_SMALL_DISK");
    INFO("run through tests/support/with-small-disk.sh (ctest: \"tests_evidence: photos on a full disk\")");
    REQUIRE_FALSE(disk.isEmpty());

    // The laptop's data folder is on the small disk; the camera's card is elsewhere.
    TestDir card;
    FixedClock clock(kInspectionTime);
    auto opened = DataStore::open(QDir(disk).filePath(u"data"_s), {.clock = &clock});
    REQUIRE(opened.isOk());
    DataStore &store = *opened.value();
    const PhotoImporter importer(
        store, u"hazards"_s, kHazardId, {kInspectionTime, u"三亚市吉阳区保障房项目"_s, u"李明"_s, {}});
    const QString first = card.file(u"IMG_0001.jpg"_s);
    writePhoto(first, jpegBytes(QSize(1600, 1200), 211), std::nullopt);
    const QString second = card.file(u"IMG_0002.jpg"_s);
    writePhoto(second, jpegBytes(QSize(2400, 1800), 212), std::nullopt);
    const qint64 secondSize = QFileInfo(second).size();

    auto stored = importer.importFile(first);
    REQUIRE(stored.isOk());
    const QByteArray firstSha = QCryptographicHash::hash(readAll(first), QCryptographicHash::Sha256).toHex();
    const QStringList filesBefore = filesUnder(store.blobs().root());
    const qint64 outboxBefore = count(store, u"SELECT count(*) FROM outbox"_s);

    // Less room than the second photo needs.
    fillDiskLeaving(QDir(disk).filePath(u"filler"_s), secondSize / 3);
    auto full = importer.importFile(second);
    REQUIRE_FALSE(full.isOk());
    CHECK(full.error().code == u"blob.write"_s);
    CHECK(full.error().message.contains(u"free some disk space"_s));
    // Nothing half-stored, nothing recorded, the first photo as it was, the database sound.
    CHECK(filesUnder(store.blobs().root()) == filesBefore);
    CHECK(count(store, u"SELECT count(*) FROM attachments"_s) == 1);
    CHECK(count(store, u"SELECT count(*) FROM outbox"_s) == outboxBefore);
    CHECK(
        QCryptographicHash::hash(readAll(stored.value().originalPath), QCryptographicHash::Sha256).toHex() == firstSha);
    {
        QSqlQuery check(store.connection());
        REQUIRE(check.exec(u"PRAGMA quick_check"_s));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == u"ok"_s);
    }

    // Space freed (the inspector deletes old files): the same photo goes in, whole, once.
    REQUIRE(QFile::remove(QDir(disk).filePath(u"filler"_s)));
    auto retried = importer.importFile(second);
    INFO((retried.isOk() ? std::string() : retried.error().message.toStdString()));
    REQUIRE(retried.isOk());
    CHECK_FALSE(retried.value().wasAlreadyAttached);
    CHECK(readAll(retried.value().originalPath) == readAll(second));
    CHECK(count(store, u"SELECT count(*) FROM attachments"_s) == 2);
    CHECK(count(store, u"SELECT count(*) FROM blobs"_s) == 2);
    CHECK(count(store, u"SELECT count(*) FROM outbox"_s) > outboxBefore);
}
