#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/fielddata.h"
#include "evidence/photoimporter.h"
#include "evidence/testphotos.h"
#include "storage/answerrepository.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "storage/inspectionrepository.h"
#include "storage/inspectionsigner.h"
#include "support/tempdir.h"
#include "sync/serverprocess.h"
#include "sync/syncclient.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
QByteArray signaturePng(int seed)
{
    QImage image(360, 120, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(QPen(Qt::black, 3));
    for (int i = 0; i < 12; ++i)
        painter.drawLine(20 + i * 25, 60 + ((i + seed) % 3) * 15, 40 + i * 25, 50 - ((i * seed) % 4) * 8);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

TEST_CASE("An inspection made offline last week with hazards, photos and signatures reaches the server and a second "
          "laptop complete and exactly once",
          "[inspection][e2e]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient mine;
    SyncClient colleague;
    mine.connect(server);
    colleague.connect(server);
    REQUIRE(mine.sync().isEverythingApplied());
    REQUIRE(colleague.sync().isEverythingApplied());

    // Offline, nine days before the sync: an inspection of a Haikou project (the inspectors' 市县).
    const QString project = mine.text(u"SELECT id FROM projects WHERE jurisdiction_code = '460100' ORDER BY id LIMIT 1"_s);
    REQUIRE_FALSE(project.isEmpty());
    const QDateTime startedAt = Clock::system().now().addDays(-9);
    Inspection in;
    in.projectId = project;
    in.kind = u"round"_s;
    in.round = 2;
    in.inspectors = {u"张伟"_s, u"李娜"_s};
    in.checklists = {u"V2024"_s, u"B.1"_s};
    in.startedAt = startedAt;
    auto inspectionId = InspectionRepository(mine.db()).create(in, u"张伟"_s);
    REQUIRE(inspectionId.isOk());

    AnswerRepository answers(mine.db());
    const QStringList passed{u"V2024-04-01"_s, u"V2024-04-02"_s, u"V2024-04-03"_s};
    for (const QString &item : passed) {
        InspectionAnswer a;
        a.inspectionId = inspectionId.value();
        a.itemCode = item;
        a.result = u"pass"_s;
        REQUIRE(answers.record(a, u"张伟"_s));
    }
    InspectionAnswer failed;
    failed.inspectionId = inspectionId.value();
    failed.itemCode = u"V2024-09-04"_s;
    failed.result = u"fail"_s;
    failed.note = u"2号楼电梯井无水平防护"_s;
    REQUIRE(answers.record(failed, u"张伟"_s));

    Hazard h;
    h.inspectionId = inspectionId.value();
    h.projectId = project;
    h.criteriaSet = u"V2024"_s;
    h.criteriaItem = u"V2024-09-04"_s;
    h.isMajor = true;
    h.description = u"电梯井道内贯通未采取水平防护措施"_s;
    h.location = u"2号楼电梯井"_s;
    h.measure = u"partial_stop"_s;
    h.deadline = startedAt.date().addDays(7);
    h.foundAt = startedAt.addSecs(1800);
    auto hazardId = HazardRepository(mine.db()).create(h, u"张伟"_s);
    REQUIRE(hazardId.isOk());

    TestDir photos;
    QStringList photoShas;
    PhotoContext context{startedAt, u"演示项目"_s, u"张伟"_s, {}};
    for (int i = 0; i < 2; ++i) {
        const QString path = photos.file(u"IMG_%1.jpg"_s.arg(i));
        const QDateTime taken = startedAt.addSecs(1800 + i * 60).toTimeZone(QTimeZone(8 * 3600));
        test::writePhoto(path, test::jpegBytes(QSize(800, 600), 40 + i),
                         test::TestExif{taken.toString(u"yyyy:MM:dd HH:mm:ss"_s), u"+08:00"_s,
                                        test::kHaikouLatitude, test::kHaikouLongitude});
        auto imported = PhotoImporter(mine.store(), u"hazards"_s, hazardId.value(), context).importFile(path);
        REQUIRE(imported.isOk());
        photoShas.append(sha256Of(test::readAll(path)));
    }

    QList<Signature> signatures{{u"张伟"_s, Signature::Role::Inspector, signaturePng(1)},
                                {u"李娜"_s, Signature::Role::Inspector, signaturePng(2)},
                                {u"陈项目经理"_s, Signature::Role::SiteRepresentative, signaturePng(3)}};
    REQUIRE(InspectionSigner(mine.store()).sign(inspectionId.value(), signatures, u"陈项目经理"_s, {}, u"张伟"_s));

    // Back online: everything is applied once, then the colleague pulls it and downloads the photos.
    const SyncReport up = mine.sync();
    INFO((up.error ? up.error->message.toStdString() : std::string()));
    REQUIRE(up.isEverythingApplied());
    CHECK(mine.count(u"SELECT count(*) FROM outbox WHERE state NOT IN ('applied', 'duplicate')"_s) == 0);
    REQUIRE(colleague.sync().isEverythingApplied());

    for (const QString &entity : {u"inspections"_s, u"inspection_answers"_s, u"hazards"_s, u"attachments"_s}) {
        INFO(entity.toStdString());
        CHECK(mine.rows(entity) == serverRows(server, entity));
        CHECK(colleague.rows(entity) == serverRows(server, entity));
    }
    CHECK(serverCount(server, u"SELECT count(*) FROM inspections WHERE id = ?"_s, {inspectionId.value()}) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM inspections WHERE id = ? AND status = 'signed'"_s,
                      {inspectionId.value()})
          == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM inspection_answers WHERE inspection_id = ?"_s,
                      {inspectionId.value()})
          == 4);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE inspection_id = ?"_s, {inspectionId.value()}) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM attachments WHERE owner_id = ? AND role = 'signature'"_s,
                      {inspectionId.value()})
          == 3);
    CHECK(serverCount(server, u"SELECT count(*) FROM attachments WHERE owner_id = ? AND role = 'photo'"_s,
                      {hazardId.value()})
          == 2);
    CHECK(colleague.count(u"SELECT count(*) FROM attachments WHERE owner_id = ? AND role = 'photo' AND "
                          "captured_at IS NOT NULL AND latitude IS NOT NULL"_s,
                          {hazardId.value()})
          == 2);

    QStringList fetched;
    QObject::connect(&colleague.engine(), &SyncEngine::photoDownloaded,
                     [&](const QString &sha, bool isAvailable, const QString &) {
                         if (isAvailable)
                             fetched.append(sha);
                     });
    colleague.engine().downloadPhotos(photoShas);
    CHECK(fetched.size() == 2);
    for (const QString &sha : photoShas) {
        auto local = colleague.store().blobs().read(sha);
        REQUIRE(local.isOk());
        auto original = mine.store().blobs().read(sha);
        REQUIRE(original.isOk());
        CHECK(local.value() == original.value());
        CHECK(sha256Of(local.value()) == sha);
    }
}
