#include "evidence/evidenceworker.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "storage/datastore.h"
#include "support/tempdir.h"
#include "testphotos.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
const QDateTime kInspectionTime(QDate(2026, 11, 28), QTime(2, 30), QTimeZone::utc());

struct Seen {
    QList<int> progress;
    QStringList imported;
    QStringList failures;
    int finishedImported = -1;
    int finishedFailed = -1;
    bool wasCancelled = false;
    int finishedCount = 0;
};

void watch(EvidenceWorker &worker, Seen &seen)
{
    QObject::connect(&worker, &EvidenceWorker::importProgress, &worker,
                     [&seen](int done, int, const QString &) { seen.progress.append(done); });
    QObject::connect(&worker, &EvidenceWorker::photoImported, &worker,
                     [&seen](const EvidencePhoto &p) { seen.imported.append(p.record.caption); });
    QObject::connect(&worker, &EvidenceWorker::importFailed, &worker,
                     [&seen](const QString &file, const QString &message) { seen.failures.append(file + u": "_s + message); });
    QObject::connect(&worker, &EvidenceWorker::importFinished, &worker, [&seen](int imported, int failed, bool cancelled) {
        seen.finishedImported = imported;
        seen.finishedFailed = failed;
        seen.wasCancelled = cancelled;
        ++seen.finishedCount;
    });
}

/// Runs the worker's jobs to the end and delivers their queued signals.
void settle(EvidenceWorker &worker)
{
    worker.waitForIdle();
    QCoreApplication::processEvents();
}
} // namespace

TEST_CASE("The evidence worker imports off the calling thread, reports each file and lists the photos", "[evidence]")
{
    TestDir dir;
    FixedClock clock(kInspectionTime);
    auto store = DataStore::open(dir.file(u"data"_s), {.clock = &clock});
    REQUIRE(store.isOk());
    EvidenceWorker worker(*store.value(), u"inspections"_s, u"0193a000-0000-7000-8000-0000000000a1"_s,
                          {kInspectionTime, u"三亚湾安置区"_s, u"李明"_s, {}});
    Seen seen;
    watch(worker, seen);

    const QString a = dir.file(u"a.jpg"_s);
    const QString b = dir.file(u"b.txt.jpg"_s);
    const QString c = dir.file(u"c.jpg"_s);
    writePhoto(a, jpegBytes(QSize(640, 480), 1), TestExif{u"2026:11:28 10:01:00"_s, {}, kHaikouLatitude, kHaikouLongitude});
    writePhoto(b, "not a picture"_ba, std::nullopt);
    writePhoto(c, jpegBytes(QSize(480, 640), 2), std::nullopt);

    worker.importFiles({a, b, c});
    settle(worker);
    CHECK(seen.progress == QList<int>{1, 2, 3});
    CHECK(seen.imported == QStringList{u"a.jpg"_s, u"c.jpg"_s});
    REQUIRE(seen.failures.size() == 1);
    CHECK(seen.failures.first().startsWith(u"b.txt.jpg: "_s));
    CHECK(seen.finishedCount == 1);
    CHECK(seen.finishedImported == 2);
    CHECK(seen.finishedFailed == 1);
    CHECK_FALSE(seen.wasCancelled);
    CHECK_FALSE(worker.isBusy());

    QList<EvidencePhoto> listed;
    QObject::connect(&worker, &EvidenceWorker::photosLoaded, &worker,
                     [&listed](const QList<EvidencePhoto> &photos) { listed = photos; });
    worker.load();
    settle(worker);
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).record.caption == u"a.jpg"_s);
    CHECK(listed.at(1).record.caption == u"c.jpg"_s);
    CHECK(listed.at(1).record.evidenceFlags.contains(u"no_exif"_s));
}

TEST_CASE("An import cancelled after the first file stops there and says so", "[evidence]")
{
    TestDir dir;
    FixedClock clock(kInspectionTime);
    auto store = DataStore::open(dir.file(u"data"_s), {.clock = &clock});
    REQUIRE(store.isOk());
    EvidenceWorker worker(*store.value(), u"hazards"_s, u"0193a000-0000-7000-8000-0000000000b2"_s,
                          {kInspectionTime, u"P"_s, u"I"_s, {}});
    Seen seen;
    watch(worker, seen);
    // Cancel from the worker's own thread right after the first file, so where it stops is certain.
    QObject::connect(&worker, &EvidenceWorker::importProgress, &worker, [&worker](int done, int, const QString &) {
        if (done == 1)
            worker.cancel();
    }, Qt::DirectConnection);
    QStringList paths;
    for (int i = 0; i < 3; ++i) {
        paths.append(dir.file(u"p%1.jpg"_s.arg(i)));
        writePhoto(paths.last(), jpegBytes(QSize(320, 200), 10 + i), std::nullopt);
    }
    worker.importFiles(paths);
    settle(worker);
    CHECK(seen.progress == QList<int>{1});
    CHECK(seen.imported == QStringList{u"p0.jpg"_s});
    CHECK(seen.finishedImported == 1);
    CHECK(seen.wasCancelled);
}
