#include "widgets/views/inspectionworkspace.h"

#include <QBuffer>
#include <QImage>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

#include "evidence/testphotos.h"
#include "inspectionfixture.h"
#include "models/checklistmodel.h"
#include "models/modeltesthelpers.h"
#include "storage/inspectionsigner.h"
#include "support/tempdir.h"
#include "widgets/dialogs/hazardformdialog.h"
#include "widgets/views/checklistrunner.h"
#include "widgets/views/evidencestrip.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
QString sqlText(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

TEST_CASE("An item's photos belong to its answer: none before it is answered, attached once it is", "[inspection]")
{
    InspectionFixture f;
    InspectionWorkspace workspace(*f.session, f.inspectionId);
    workspace.resize(1366, 768);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    ChecklistRunner *runner = workspace.runner();
    REQUIRE(waitFor([&] { return runner->model()->isLoaded(); }));
    CHECK(workspace.itemPhotos() == nullptr);
    CHECK(workspace.findChild<QWidget *>(u"itemPhotoHint"_s) != nullptr);
    CHECK(workspace.certificateButton()->isVisible());
    CHECK_FALSE(workspace.amendButton()->isVisible());

    const QString item = runner->model()->item(runner->currentItem()).code;
    QTest::keyClick(runner->list(), Qt::Key_F); // fail: the item stays, the hazard form opens for a criterion
    if (runner->hazardForm())
        runner->hazardForm()->reject();
    REQUIRE(waitFor([&] { return workspace.itemPhotos() != nullptr; }));
    const QString answerId = sqlText(f.store->connection(),
                                     u"SELECT id FROM inspection_answers WHERE inspection_id = ? AND item_code = ?"_s,
                                     {f.inspectionId, item});
    REQUIRE_FALSE(answerId.isEmpty());

    TestDir photos;
    const QString file = photos.file(u"IMG_0001.jpg"_s);
    writePhoto(file, jpegBytes(QSize(800, 600), 7), std::nullopt);
    workspace.itemPhotos()->addFiles({file});
    REQUIRE(waitFor([&] { return workspace.itemPhotos()->photoCount() == 1; }));
    CHECK(sqlCount(f.store->connection(),
                   u"SELECT count(*) FROM attachments WHERE owner_entity = 'inspection_answers' AND owner_id = ? "
                   "AND role = 'photo'"_s,
                   {answerId})
          == 1);
    CHECK(sqlCount(f.store->connection(),
                   u"SELECT count(*) FROM outbox WHERE entity = 'attachments' AND op = 'insert'"_s)
          >= 1);

    // Moving to an unanswered item shows the hint again; back on the answered one, its photo is there.
    QTest::keyClick(runner->list(), Qt::Key_Down);
    REQUIRE(waitFor([&] { return workspace.itemPhotos() == nullptr; }));
    QTest::keyClick(runner->list(), Qt::Key_Up);
    REQUIRE(waitFor([&] { return workspace.itemPhotos() != nullptr; }));
    REQUIRE(waitFor([&] { return workspace.itemPhotos()->photoCount() == 1; }));
}

TEST_CASE("A signed inspection opens read-only with an amendment that links to it and leaves it unchanged",
          "[inspection][signature]")
{
    InspectionFixture f;
    QList<Signature> signatures;
    for (const QString &name : {u"王检查"_s, u"李监督"_s}) {
        QImage image(300, 100, QImage::Format_RGB32);
        image.fill(Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.setPixel(10, 10, qRgb(0, 0, 0));
        image.save(&buffer, "PNG");
        signatures.append({name, Signature::Role::Inspector, png});
    }
    REQUIRE(InspectionSigner(*f.store).sign(f.inspectionId, signatures, {}, u"现场负责人拒绝签字"_s, u"王检查"_s));
    const QString before = sqlText(f.store->connection(),
                                   u"SELECT status || updated_at || coalesce(notes, '') FROM inspections WHERE id = ?"_s,
                                   {f.inspectionId});

    InspectionWorkspace workspace(*f.session, f.inspectionId);
    workspace.show();
    REQUIRE(waitFor([&] { return workspace.runner()->model()->isLoaded(); }));
    REQUIRE(waitFor([&] { return workspace.amendButton()->isVisible(); }));
    QString opened;
    QObject::connect(&workspace, &InspectionWorkspace::openInspectionRequested,
                     [&](const QString &id) { opened = id; });
    const QString amendment = workspace.amend();
    REQUIRE_FALSE(amendment.isEmpty());
    CHECK(opened == amendment);
    CHECK(sqlText(f.store->connection(), u"SELECT amends_inspection_id FROM inspections WHERE id = ?"_s, {amendment})
          == f.inspectionId);
    CHECK(sqlText(f.store->connection(),
                  u"SELECT status || updated_at || coalesce(notes, '') FROM inspections WHERE id = ?"_s,
                  {f.inspectionId})
          == before);
}
