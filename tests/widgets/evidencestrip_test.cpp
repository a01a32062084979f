#include "widgets/views/evidencestrip.h"

#include <QDir>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "evidence/evidenceflags.h"
#include "evidence/testphotos.h"
#include "models/democopy.h"
#include "models/modeltesthelpers.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "support/tempdir.h"
#include "widgets/dialogs/photoviewerdialog.h"
#include "widgets/localization.h"
#include "widgets/views/photostrip.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
/// A writable demo folder, a session on it with a clock standing on the demo's day, and one of its hazards.
struct StripFixture {
    DemoCopy copy;
    TestDir photos;
    FixedClock clock{QDateTime(DemoFixture::today(), QTime(2, 30), QTimeZone::utc())};
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;
    QString hazardId;

    StripFixture()
    {
        auto opened = DataStore::open(copy.directory(), {.clock = &clock});
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        store = std::move(opened).value();
        session = std::make_unique<DataFolderSession>(*store, clock, DemoFixture::today());
        QSqlQuery q(store->connection());
        q.exec(u"SELECT id FROM hazards ORDER BY id LIMIT 1"_s);
        if (!q.next())
            throw std::runtime_error("the demo has no hazard");
        hazardId = q.value(0).toString();
    }
    ~StripFixture()
    {
        session.reset();
        store.reset();
    }
    PhotoContext context() const
    {
        return {clock.now(), u"海口江东新区安置房一期"_s, u"王建国"_s, {}};
    }
    qint64 attachmentsOf(const QString &ownerId) const
    {
        QSqlQuery q(store->connection());
        q.prepare(u"SELECT count(*) FROM attachments WHERE owner_entity = 'hazards' AND owner_id = ?"_s);
        q.addBindValue(ownerId);
        q.exec();
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QString dayTime(const QString &time) const
    {
        return DemoFixture::today().toString(u"yyyy:MM:dd "_s) + time;
    }
};

void drop(QWidget *target, const QStringList &paths)
{
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    QMimeData mime;
    mime.setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    CHECK(dropEvent.isAccepted());
}
} // namespace

TEST_CASE("Two photo files dropped on the evidence strip become two thumbnails of the record", "[evidence][widgets]")
{
    StripFixture f;
    const qint64 before = f.attachmentsOf(f.hazardId);
    EvidenceStrip strip(*f.session, u"hazards"_s, f.hazardId, f.context());
    strip.resize(700, 220);
    strip.show();
    REQUIRE(waitFor([&] { return strip.photoCount() == before; }));
    const int shownBefore = strip.thumbnails()->count();

    const QString a = f.photos.file(u"scaffold.jpg"_s);
    const QString b = f.photos.file(u"edge.jpg"_s);
    writePhoto(a, jpegBytes(QSize(1024, 768), 21),
               TestExif{f.dayTime(u"10:05:00"_s), {}, kHaikouLatitude, kHaikouLongitude});
    writePhoto(b, jpegBytes(QSize(768, 1024), 22), std::nullopt);
    drop(&strip, {a, b});
    CHECK(strip.isImporting());
    REQUIRE(waitFor([&] { return !strip.isImporting(); }));

    CHECK(strip.message().isEmpty());
    CHECK(strip.photoCount() == before + 2);
    REQUIRE(strip.thumbnails()->count() == shownBefore + 2);
    CHECK(f.attachmentsOf(f.hazardId) == before + 2);
    for (int row = shownBefore; row < shownBefore + 2; ++row) {
        const QString sha = strip.thumbnails()->item(row)->data(Qt::UserRole).toString();
        CHECK(strip.thumbnails()->hasThumbnail(sha));
    }
    // The photo without EXIF is marked in its caption; the one with EXIF shows its capture time.
    CHECK(strip.thumbnails()->item(shownBefore)->text() == u"%1 10:05"_s.arg(DemoFixture::today().toString(u"MM-dd"_s)));
    CHECK(strip.thumbnails()->item(shownBefore + 1)->text().startsWith(u"⚠"_s));

    // A strip made afresh for the record lists the same photos.
    EvidenceStrip again(*f.session, u"hazards"_s, f.hazardId, f.context());
    REQUIRE(waitFor([&] { return again.photoCount() == before + 2; }));
}

TEST_CASE("A file that is no photo, dropped on the strip, is refused with a sentence and adds nothing",
          "[evidence][widgets]")
{
    StripFixture f;
    EvidenceStrip strip(*f.session, u"hazards"_s, f.hazardId, f.context());
    strip.show();
    const qint64 before = f.attachmentsOf(f.hazardId);
    REQUIRE(waitFor([&] { return strip.photoCount() == before; }));
    const QString notes = f.photos.file(u"notes.jpg"_s);
    writePhoto(notes, "scaffold ties missing\n"_ba, std::nullopt);
    drop(&strip, {notes});
    REQUIRE(waitFor([&] { return !strip.isImporting(); }));
    CHECK(strip.message().contains(u"notes.jpg is not a picture"_s));
    CHECK(f.attachmentsOf(f.hazardId) == before);
    CHECK(strip.photoCount() == before);
}

TEST_CASE("The photo viewer zooms, steps through the photos with the arrow keys and says what is doubtful",
          "[evidence][widgets][render]")
{
    REQUIRE(Localization::install(u"zh_CN"_s));
    Localization::applyFonts();
    {
        StripFixture f;
        const QString ownerId = u"0193a000-0000-7000-8000-00000000f00d"_s;
        EvidenceStrip strip(*f.session, u"inspections"_s, ownerId, f.context());
        const QString a = f.photos.file(u"IMG_2041.jpg"_s);
        const QString b = f.photos.file(u"screenshot.jpg"_s);
        writePhoto(a, jpegBytes(QSize(1600, 1200), 31),
                   TestExif{f.dayTime(u"10:12:40"_s), u"+08:00"_s, kHaikouLatitude, kHaikouLongitude});
        writePhoto(b, jpegBytes(QSize(900, 1200), 32), std::nullopt);
        strip.addFiles({a, b});
        REQUIRE(waitFor([&] { return !strip.isImporting() && strip.photoCount() == 2; }));
        strip.resize(640, 200);
        strip.show();
        REQUIRE(QTest::qWaitForWindowExposed(&strip));
        QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
        CHECK(strip.grab().save(QStringLiteral(SITESAFE_RENDER_DIR) + u"/evidence-strip.png"_s));
        strip.hide();

        PhotoViewerDialog viewer(strip.photos(), 0);
        viewer.resize(1366, 768);
        viewer.show();
        REQUIRE(QTest::qWaitForWindowExposed(&viewer));
        CHECK(viewer.currentIndex() == 0);
        CHECK(viewer.isFitToWindow());
        CHECK(viewer.zoom() < 1.0); // 1600 px wide in a smaller area
        CHECK(viewer.description().contains(u"20.04439°N 110.19989°E"_s));
        CHECK(viewer.description().contains(strip.photos().at(0).record.sha256));
        CHECK(viewer.description().contains(u"10:12:40"_s));

        CHECK(viewer.grab().save(QStringLiteral(SITESAFE_RENDER_DIR) + u"/evidence-viewer.png"_s));

        const double fitted = viewer.zoom();
        QTest::keyClick(&viewer, Qt::Key_Plus);
        CHECK(viewer.zoom() == Approx(fitted * 1.25));
        CHECK_FALSE(viewer.isFitToWindow());
        QTest::keyClick(&viewer, Qt::Key_Minus);
        QTest::keyClick(&viewer, Qt::Key_Minus);
        CHECK(viewer.zoom() == Approx(fitted / 1.25));
        QTest::keyClick(&viewer, Qt::Key_1);
        CHECK(viewer.zoom() == Approx(1.0));
        QTest::keyClick(&viewer, Qt::Key_0);
        CHECK(viewer.isFitToWindow());
        CHECK(viewer.zoom() == Approx(fitted));

        QTest::keyClick(&viewer, Qt::Key_Right);
        CHECK(viewer.currentIndex() == 1);
        CHECK(viewer.description().contains(EvidenceFlags::words(EvidenceFlags::NoExif)));
        CHECK(viewer.description().contains(EvidenceFlags::words(EvidenceFlags::NoGps)));
        QTest::keyClick(&viewer, Qt::Key_Right); // the last one: stays
        CHECK(viewer.currentIndex() == 1);
        QTest::keyClick(&viewer, Qt::Key_Left);
        CHECK(viewer.currentIndex() == 0);
    }
    Localization::install(u"en"_s);
}
