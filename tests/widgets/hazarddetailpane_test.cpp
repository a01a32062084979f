#include "widgets/views/hazarddetailpane.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>

#include <catch2/catch.hpp>

#include "core/uuidv7.h"
#include "models/sqlworker.h"
#include "widgets/views/photostrip.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
/// Receives the file URLs QDesktopServices would hand to the system's viewer.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

QByteArray photoBytes(QColor color)
{
    QImage image(1600, 1200, QImage::Format_RGB32); // a camera-sized photo, so the thumbnail is really scaled
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG", 80));
    return bytes;
}

void exec(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

/// Attaches `bytes` to `hazardId`; with `isLocal` false only the blob row exists (bytes only on the server).
QString attach(DataStore &store, const QString &hazardId, const QByteArray &bytes, bool isLocal)
{
    auto stored = store.blobs().put(bytes);
    REQUIRE(stored.isOk());
    const QString sha = stored.value().sha256;
    const QString now = u"2030-01-01T00:00:00.000Z"_s; // after the demo's photos
    exec(store.connection(),
        u"INSERT INTO blobs (sha256, size, mime, local_path, upload_state, created_at) VALUES (?, ?, 'image/jpeg', ?, "
        "?, ?)"_s,
        {sha, qint64(bytes.size()),
            isLocal ? QVariant(stored.value().relativePath) : QVariant(QMetaType(QMetaType::QString)),
            isLocal ? u"local"_s : u"remote_only"_s, now});
    exec(store.connection(),
        u"INSERT INTO attachments (id, owner_entity, owner_id, blob_sha256, role, caption, created_at, updated_at) "
        "VALUES (?, 'hazards', ?, ?, 'photo', ?, ?, ?)"_s,
        {UuidV7::generate(), hazardId, sha, isLocal ? u"整改前"_s : u"整改后"_s, now, now});
    return sha;
}
} // namespace

TEST_CASE("The hazard detail pane shows local photos as thumbnails and asks for remote ones, then swaps them in",
    "[widgets][photos]")
{
    // A private copy of the demo data folder: the shared one is read-only for tests.
    QTemporaryDir dir;
    {
        QSqlQuery q(directConnection(DemoFixture::databasePath()));
        REQUIRE(q.exec(u"VACUUM INTO '%1'"_s.arg(DataStore::databasePath(dir.path()))));
    }
    auto opened = DataStore::open(dir.path());
    REQUIRE(opened.isOk());
    std::unique_ptr<DataStore> store = std::move(opened).value();
    QSqlQuery pick(store->connection());
    REQUIRE(pick.exec(u"SELECT a.owner_id, count(*) FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 "
                      "WHERE a.owner_entity = 'hazards' AND a.role = 'photo' AND b.local_path IS NULL "
                      "GROUP BY a.owner_id ORDER BY count(*) DESC LIMIT 1"_s));
    REQUIRE(pick.next());
    const QString hazardId = pick.value(0).toString();
    const int demoPhotos = pick.value(1).toInt();
    pick.finish();
    const QString localSha = attach(*store, hazardId, photoBytes(Qt::darkGreen), true);
    const QString laterSha = attach(*store, hazardId, photoBytes(Qt::darkRed), false);

    SqlWorker worker(DataStore::databasePath(dir.path()));
    HazardDetailPane pane;
    QSignalSpy wanted(&pane, &HazardDetailPane::photosWanted);
    pane.setSource(&worker, store->blobs().root(), DemoFixture::today());
    pane.resize(420, 640);
    pane.show();
    QSignalSpy loaded(&pane, &HazardDetailPane::loaded);
    pane.showHazard(hazardId);
    REQUIRE(waitFor([&] { return loaded.count() == 1; }));
    PhotoStrip *strip = pane.photoStrip();
    auto *message = pane.findChild<QLabel *>(u"photoMessage"_s);
    auto *downloadButton = pane.findChild<QPushButton *>(u"downloadButton"_s);
    REQUIRE(message);
    REQUIRE(downloadButton);

    CHECK(pane.photoCount() == demoPhotos + 2);
    // On this computer: a thumbnail, decoded at thumbnail size.
    CHECK(strip->state(localSha) == PhotoStrip::State::Local);
    CHECK(strip->hasThumbnail(localSha));
    // Only on the server: a placeholder, asked for at once (one request for everything shown).
    REQUIRE(wanted.count() == 1);
    const QStringList asked = wanted.at(0).at(0).toStringList();
    CHECK(asked.size() == demoPhotos + 1);
    CHECK(asked.contains(laterSha));
    CHECK_FALSE(asked.contains(localSha));
    CHECK(strip->state(laterSha) == PhotoStrip::State::Downloading);
    CHECK_FALSE(strip->hasThumbnail(laterSha));
    CHECK(downloadButton->isHidden()); // nothing left to ask for

    // The download arrives: the placeholder becomes the thumbnail.
    exec(store->connection(), u"UPDATE blobs SET local_path = ?, upload_state = 'uploaded' WHERE sha256 = ?"_s,
        {BlobStore::relativePathOf(laterSha), laterSha});
    pane.onPhotoFetched(laterSha, true, QString());
    REQUIRE(waitFor([&] { return strip->state(laterSha) == PhotoStrip::State::Local; }));
    CHECK(strip->hasThumbnail(laterSha));

    // A failed one shows the sentence and offers the download again.
    const QString failedSha = asked.at(asked.indexOf(laterSha) == 0 ? 1 : 0);
    const QString sentence = u"The server does not have the photo. Nothing was stored."_s;
    pane.onPhotoFetched(failedSha, false, sentence);
    CHECK(strip->state(failedSha) == PhotoStrip::State::Failed);
    CHECK(strip->message(failedSha) == sentence);
    CHECK(message->isVisible());
    CHECK(message->text() == sentence);
    CHECK(downloadButton->isVisible());
    QTest::mouseClick(downloadButton, Qt::LeftButton);
    REQUIRE(wanted.count() == 2);
    CHECK(wanted.at(1).at(0).toStringList() == QStringList {failedSha});
    CHECK(strip->state(failedSha) == PhotoStrip::State::Downloading);
    CHECK(message->isHidden());

    // An answer for a photo of another hazard changes nothing here.
    pane.onPhotoFetched(QString(64, u'c'), false, sentence);
    CHECK(pane.photoCount() == demoPhotos + 2);

    // Enter on a thumbnail opens the photo file in the system's viewer.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
    int localRow = -1;
    for (int row = 0; row < strip->count(); ++row) {
        if (strip->item(row)->text() == u"整改前"_s)
            localRow = row;
    }
    REQUIRE(localRow >= 0);
    strip->setFocus();
    strip->setCurrentRow(localRow);
    QTest::keyClick(strip, Qt::Key_Return);
    const QPoint centre = strip->visualItemRect(strip->item(localRow)).center();
    QTest::mouseClick(strip->viewport(), Qt::LeftButton, {}, centre); // a double-click starts with a click
    QTest::mouseDClick(strip->viewport(), Qt::LeftButton, {}, centre);
    QDesktopServices::unsetUrlHandler(u"file"_s);
    REQUIRE(catcher.urls.size() == 2);
    CHECK(catcher.urls.at(0).toLocalFile() == store->blobs().pathOf(localSha));
    CHECK(catcher.urls.at(1) == catcher.urls.at(0));

    // Shown again: thumbnails come from the cache; nothing on this computer is asked for again.
    pane.clear();
    loaded.clear();
    pane.showHazard(hazardId);
    REQUIRE(waitFor([&] { return loaded.count() == 1; }));
    CHECK(strip->state(localSha) == PhotoStrip::State::Local);
    CHECK(strip->state(laterSha) == PhotoStrip::State::Local);
    CHECK(strip->hasThumbnail(laterSha));
    REQUIRE(wanted.count() == 3);
    CHECK_FALSE(wanted.at(2).at(0).toStringList().contains(laterSha));
}

TEST_CASE("A legal basis whose wording is not verified carries a visible mark with a tooltip", "[widgets][criteria]")
{
    QTemporaryDir dir;
    {
        QSqlQuery q(directConnection(DemoFixture::databasePath()));
        REQUIRE(q.exec(u"VACUUM INTO '%1'"_s.arg(DataStore::databasePath(dir.path()))));
    }
    auto opened = DataStore::open(dir.path());
    REQUIRE(opened.isOk());
    std::unique_ptr<DataStore> store = std::move(opened).value();
    QSqlQuery pick(store->connection());
    REQUIRE(
        pick.exec(u"SELECT id, criteria_item FROM hazards WHERE criteria_item LIKE 'V2024-%' ORDER BY seq LIMIT 2"_s));
    REQUIRE(pick.next());
    const QString uncertainHazard = pick.value(0).toString();
    const QString item = pick.value(1).toString();
    REQUIRE(pick.next());
    const QString certainHazard = pick.value(0).toString();
    const bool sameItem = pick.value(1).toString() == item;
    pick.finish();
    // The catalog is reference data: as if the server had sent the item marked uncertain.
    exec(store->connection(), u"UPDATE sync_control SET applying_remote = 1 WHERE id = 1"_s, {});
    exec(store->connection(), u"UPDATE criteria_items SET is_uncertain = 1 WHERE code = ?"_s, {item});
    exec(store->connection(), u"UPDATE sync_control SET applying_remote = 0 WHERE id = 1"_s, {});

    SqlWorker worker(DataStore::databasePath(dir.path()));
    HazardDetailPane pane;
    pane.setSource(&worker, store->blobs().root(), DemoFixture::today());
    pane.resize(420, 640);
    pane.show();
    QSignalSpy loaded(&pane, &HazardDetailPane::loaded);
    pane.showHazard(uncertainHazard);
    REQUIRE(waitFor([&] { return loaded.count() == 1; }));
    CHECK(pane.detail().isUncertain);
    CHECK(pane.summaryText().contains(u"⚠ unverified wording"_s));
    CHECK(pane.uncertainToolTip().contains(u"not yet been checked against the official text of 建质规〔2024〕5号"_s));

    // Hovering the mark shows that sentence.
    auto *browser = pane.findChild<QTextBrowser *>(u"summaryBrowser"_s);
    REQUIRE(browser);
    const QTextCursor found = browser->document()->find(u"unverified wording"_s);
    REQUIRE_FALSE(found.isNull());
    QTextCursor inside(found);
    inside.setPosition(found.selectionStart() + 2);
    const QPoint at = browser->cursorRect(inside).center();
    QHelpEvent hover(QEvent::ToolTip, at, browser->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(browser->viewport(), &hover);
    CHECK(QToolTip::text() == pane.uncertainToolTip());

    if (!sameItem) {
        loaded.clear();
        pane.showHazard(certainHazard);
        REQUIRE(waitFor([&] { return loaded.count() == 1; }));
        CHECK_FALSE(pane.summaryText().contains(u"unverified wording"_s));
    }
}

#include "hazarddetailpane_test.moc"
